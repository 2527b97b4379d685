using System;
using System.Text;
using Router.Core;

namespace Router.Device.Tests.Fakes
{
    /// <summary>
    /// A console that types a script and records what the router answers. Once the script is
    /// used up it reports the console closed, so RouterDevice.Run returns. <see cref="Pause"/>
    /// puts an idle stretch into the script: reads then time out, each moving the clock on by
    /// its timeout, until the pause has passed.
    /// </summary>
    public sealed class FakeConsole : IConsolePort
    {
        private const int MaxPauses = 16;

        private readonly byte[] _output = new byte[512 * 1024];
        private readonly int[] _pauseAt = new int[MaxPauses];
        private readonly long[] _pauseLeft = new long[MaxPauses];
        private byte[] _input = new byte[0];
        private int _inputPosition;
        private int _outputLength;
        private int _pauses;
        private FakeClock _clock;

        /// <summary>Largest number of bytes one Read hands over; 1 delivers the script key by key.</summary>
        public int ChunkSize = 1024;

        public int ReadCalls;

        /// <summary>The clock a <see cref="Pause"/> moves on.</summary>
        public void UseClock(FakeClock clock)
        {
            _clock = clock;
        }

        /// <summary>After the keys typed so far, nothing arrives for <paramref name="milliseconds"/>.</summary>
        public void Pause(long milliseconds)
        {
            _pauseAt[_pauses] = _input.Length;
            _pauseLeft[_pauses] = milliseconds;
            _pauses++;
        }

        public void Type(string keys)
        {
            byte[] more = Encoding.UTF8.GetBytes(keys);
            byte[] joined = new byte[_input.Length - _inputPosition + more.Length];
            Array.Copy(_input, _inputPosition, joined, 0, _input.Length - _inputPosition);
            Array.Copy(more, 0, joined, _input.Length - _inputPosition, more.Length);
            Rebase();
            _input = joined;
        }

        public void TypeBytes(byte[] keys)
        {
            byte[] joined = new byte[_input.Length - _inputPosition + keys.Length];
            Array.Copy(_input, _inputPosition, joined, 0, _input.Length - _inputPosition);
            Array.Copy(keys, 0, joined, _input.Length - _inputPosition, keys.Length);
            Rebase();
            _input = joined;
        }

        /// <summary>The consumed input is dropped when more is typed: pauses keep their place in what is left.</summary>
        private void Rebase()
        {
            for (int i = 0; i < _pauses; i++)
            {
                _pauseAt[i] -= _inputPosition;
            }

            _inputPosition = 0;
        }

        /// <summary>Everything written so far, as text.</summary>
        public string Output
        {
            get { return Encoding.UTF8.GetString(_output, 0, _outputLength); }
        }

        public void ClearOutput()
        {
            _outputLength = 0;
        }

        public int Read(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            ReadCalls++;
            int pause = NextPause();
            if (pause >= 0 && _pauseAt[pause] == _inputPosition)
            {
                long step = _pauseLeft[pause] < timeoutMilliseconds ? _pauseLeft[pause] : timeoutMilliseconds;
                _pauseLeft[pause] -= step;
                _clock.Uptime += step;
                return 0;
            }

            int available = _input.Length - _inputPosition;
            if (available == 0)
            {
                return -1;
            }

            int n = count;
            if (n > available)
            {
                n = available;
            }

            if (n > ChunkSize)
            {
                n = ChunkSize;
            }

            if (pause >= 0 && _inputPosition + n > _pauseAt[pause])
            {
                n = _pauseAt[pause] - _inputPosition;
            }

            Array.Copy(_input, _inputPosition, buffer, offset, n);
            _inputPosition += n;
            return n;
        }

        /// <summary>The first pause not yet over, or -1.</summary>
        private int NextPause()
        {
            for (int i = 0; i < _pauses; i++)
            {
                if (_pauseLeft[i] > 0)
                {
                    return i;
                }
            }

            return -1;
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            Array.Copy(buffer, offset, _output, _outputLength, count);
            _outputLength += count;
        }
    }
}
