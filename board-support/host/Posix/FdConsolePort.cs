using System;
using System.Threading;
using Router.Core;

namespace Router.HostBoard.Posix
{
    /// <summary>
    /// The console over file descriptors: standard input and output, or the master side of a
    /// pseudo-terminal. Reads wait with poll(2) so the firmware's loop can check for a stop
    /// request; writes give up after a short stall, as a UART with nobody listening loses its
    /// bytes, so the firmware never hangs on its console.
    /// </summary>
    public sealed class FdConsolePort : IConsolePort
    {
        private const int WriteStallMilliseconds = 500;

        private readonly int _readFd;
        private readonly int _writeFd;
        private readonly bool _isPseudoTerminal;
        private bool _closed;

        /// <param name="isPseudoTerminal">
        /// A terminal program attaching to and leaving the pty is a cable being plugged and
        /// unplugged, not the end of the console: a hang-up is waited out instead of ending it.
        /// </param>
        public FdConsolePort(int readFd, int writeFd, bool isPseudoTerminal)
        {
            _readFd = readFd;
            _writeFd = writeFd;
            _isPseudoTerminal = isPseudoTerminal;
        }

        public int Read(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            CheckRange(buffer, offset, count);
            if (_closed)
            {
                return -1;
            }

            if (count == 0)
            {
                return 0;
            }

            Libc.PollFd poll = new Libc.PollFd { Fd = _readFd, Events = Libc.POLLIN };
            int ready = Libc.poll(ref poll, 1, timeoutMilliseconds);
            if (ready < 0)
            {
                if (Libc.LastError == Libc.EINTR)
                {
                    return 0;
                }

                throw Libc.Failure("poll");
            }

            if (ready == 0)
            {
                return 0;
            }

            if ((poll.Revents & Libc.POLLNVAL) != 0)
            {
                _closed = true;
                return -1;
            }

            nint read = Libc.read(_readFd, ref buffer[offset], count);
            if (read > 0)
            {
                return (int)read;
            }

            int error = read < 0 ? Libc.LastError : 0;
            if (error == Libc.EINTR || error == Libc.EAGAIN)
            {
                return 0;
            }

            if (_isPseudoTerminal && (read == 0 || error == Libc.EIO))
            {
                // Nobody has the pty open: wait as if the line were idle.
                Thread.Sleep(timeoutMilliseconds);
                return 0;
            }

            if (read == 0)
            {
                _closed = true;
                return -1;
            }

            throw Libc.Failure("read");
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            CheckRange(buffer, offset, count);
            while (count > 0)
            {
                nint written = Libc.write(_writeFd, ref buffer[offset], count);
                if (written > 0)
                {
                    offset += (int)written;
                    count -= (int)written;
                    continue;
                }

                int error = Libc.LastError;
                if (error == Libc.EINTR)
                {
                    continue;
                }

                if (error != Libc.EAGAIN || !WaitWritable())
                {
                    // EIO: no terminal attached; EPIPE: the reader went away; or a long stall.
                    return;
                }
            }
        }

        private bool WaitWritable()
        {
            Libc.PollFd poll = new Libc.PollFd { Fd = _writeFd, Events = Libc.POLLOUT };
            return Libc.poll(ref poll, 1, WriteStallMilliseconds) > 0 && (poll.Revents & Libc.POLLOUT) != 0;
        }

        private static void CheckRange(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }
        }
    }
}
