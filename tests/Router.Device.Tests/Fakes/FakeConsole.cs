using System;
using System.Text;
using Router.Core;

namespace Router.Device.Tests.Fakes
{
    /// <summary>
    /// A console that types a script and records what the router answers. Once the script is
    /// used up it reports the console closed, so RouterDevice.Run returns.
    /// </summary>
    public sealed class FakeConsole : IConsolePort
    {
        private readonly byte[] _output = new byte[256 * 1024];
        private byte[] _input = new byte[0];
        private int _inputPosition;
        private int _outputLength;

        /// <summary>Largest number of bytes one Read hands over; 1 delivers the script key by key.</summary>
        public int ChunkSize = 1024;

        public int ReadCalls;

        public void Type(string keys)
        {
            byte[] more = Encoding.UTF8.GetBytes(keys);
            byte[] joined = new byte[_input.Length - _inputPosition + more.Length];
            Array.Copy(_input, _inputPosition, joined, 0, _input.Length - _inputPosition);
            Array.Copy(more, 0, joined, _input.Length - _inputPosition, more.Length);
            _input = joined;
            _inputPosition = 0;
        }

        public void TypeBytes(byte[] keys)
        {
            byte[] joined = new byte[_input.Length - _inputPosition + keys.Length];
            Array.Copy(_input, _inputPosition, joined, 0, _input.Length - _inputPosition);
            Array.Copy(keys, 0, joined, _input.Length - _inputPosition, keys.Length);
            _input = joined;
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

            Array.Copy(_input, _inputPosition, buffer, offset, n);
            _inputPosition += n;
            return n;
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            Array.Copy(buffer, offset, _output, _outputLength, count);
            _outputLength += count;
        }
    }
}
