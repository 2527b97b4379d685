using System;
using System.Collections.Generic;
using System.Text;
using Router.Core;
using Router.HostBoard;

namespace Host.Integration.Tests
{
    /// <summary>
    /// A board in this process for measurements: flash in RAM, the machine's clock, and a console
    /// that types a script and can run a measurement between two of its keys (the firmware calls
    /// Read on its own thread, so the measurement sees exactly what the firmware allocated).
    /// Output is counted and its tail kept in a fixed buffer, so the console itself does not grow.
    /// </summary>
    internal sealed class MemoryBoard : IBoard
    {
        public readonly ScriptedConsole ScriptedConsole = new ScriptedConsole();
        private readonly RamFlash _flash = new RamFlash(256 * 1024, 4096);
        private readonly HostClock _clock = new HostClock();

        public string Name => "Measurement board";

        public IConsolePort Console => ScriptedConsole;

        public IFlash Flash => _flash;

        public IClock Clock => _clock;

        public Router.Core.Network.INetwork Network => null;

        public bool StopRequested => false;

        public void ReadManagedMemory(out long usedBytes, out long freeBytes)
        {
            usedBytes = GC.GetTotalMemory(false);
            freeBytes = -1;
        }
    }

    internal sealed class ScriptedConsole : IConsolePort
    {
        private readonly Queue<object> _script = new Queue<object>();
        private readonly char[] _tail = new char[8192];
        private byte[] _current;
        private int _position;
        private int _tailStart;
        private int _tailLength;

        public long BytesWritten { get; private set; }

        public void Type(string keys)
        {
            _script.Enqueue(Encoding.ASCII.GetBytes(keys));
        }

        /// <summary>Runs <paramref name="action"/> once every key typed before it has been read.</summary>
        public void Then(Action action)
        {
            _script.Enqueue(action);
        }

        /// <summary>The last output, up to 8 KB.</summary>
        public string Tail
        {
            get
            {
                var text = new StringBuilder(_tailLength);
                for (int i = 0; i < _tailLength; i++)
                {
                    text.Append(_tail[(_tailStart + i) % _tail.Length]);
                }

                return text.ToString();
            }
        }

        public int Read(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            while (_current == null || _position == _current.Length)
            {
                if (_script.Count == 0)
                {
                    return -1;
                }

                object next = _script.Dequeue();
                if (next is Action action)
                {
                    action();
                    _current = null;
                    continue;
                }

                _current = (byte[])next;
                _position = 0;
            }

            int n = Math.Min(count, _current.Length - _position);
            Array.Copy(_current, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            BytesWritten += count;
            for (int i = 0; i < count; i++)
            {
                char c = (char)buffer[offset + i];
                if (_tailLength < _tail.Length)
                {
                    _tail[(_tailStart + _tailLength++) % _tail.Length] = c;
                }
                else
                {
                    _tail[_tailStart] = c;
                    _tailStart = (_tailStart + 1) % _tail.Length;
                }
            }
        }
    }

    /// <summary>NOR flash in RAM: erased to 0xFF, a write only clears bits.</summary>
    internal sealed class RamFlash : IFlash
    {
        private readonly byte[] _bytes;

        public RamFlash(int size, int eraseBlockSize)
        {
            _bytes = new byte[size];
            EraseBlockSize = eraseBlockSize;
            Array.Fill(_bytes, (byte)0xFF);
        }

        public int Size => _bytes.Length;

        public int EraseBlockSize { get; }

        public void Read(int offset, byte[] buffer, int bufferOffset, int count)
        {
            Check(offset, count);
            Array.Copy(_bytes, offset, buffer, bufferOffset, count);
        }

        public void Erase(int blockIndex)
        {
            Check(blockIndex * EraseBlockSize, EraseBlockSize);
            Array.Fill(_bytes, (byte)0xFF, blockIndex * EraseBlockSize, EraseBlockSize);
        }

        public void Write(int offset, byte[] buffer, int bufferOffset, int count)
        {
            Check(offset, count);
            for (int i = 0; i < count; i++)
            {
                if ((_bytes[offset + i] & buffer[bufferOffset + i]) != buffer[bufferOffset + i])
                {
                    throw new FlashException("write would set bits");
                }

                _bytes[offset + i] = buffer[bufferOffset + i];
            }
        }

        private void Check(int offset, int count)
        {
            if (offset < 0 || count < 0 || offset > _bytes.Length - count)
            {
                throw new FlashException("outside the flash");
            }
        }
    }
}
