using System;

namespace Router.HostBoard.Posix
{
    /// <summary>
    /// Puts the terminal the virtual device was started from into raw mode, so the firmware's
    /// line editor sees every key (no double echo, no line buffering), and restores it on
    /// dispose or process exit. Ctrl-C still raises SIGINT and stops the device: a developer's
    /// terminal needs a way out, and the pty console shows the firmware's own Ctrl-C handling.
    /// </summary>
    public sealed class RawTerminalMode : IDisposable
    {
        private readonly int _fd;
        private readonly byte[] _saved;
        private bool _restored;

        private RawTerminalMode(int fd, byte[] saved)
        {
            _fd = fd;
            _saved = saved;
            AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
        }

        /// <summary>Raw mode on <paramref name="fd"/> when it is a terminal; null when it is a pipe or file.</summary>
        public static RawTerminalMode EnterIfTerminal(int fd)
        {
            if (Libc.isatty(fd) != 1)
            {
                return null;
            }

            byte[] saved = new byte[Libc.TermiosSize];
            if (Libc.tcgetattr(fd, saved) != 0)
            {
                return null;
            }

            byte[] raw = (byte[])saved.Clone();
            Libc.cfmakeraw(raw);
            uint localFlags = BitConverter.ToUInt32(raw, Libc.TermiosLocalFlagsOffset) | Libc.ISIG;
            BitConverter.TryWriteBytes(new Span<byte>(raw, Libc.TermiosLocalFlagsOffset, 4), localFlags);
            if (Libc.tcsetattr(fd, Libc.TCSANOW, raw) != 0)
            {
                throw Libc.Failure("tcsetattr");
            }

            return new RawTerminalMode(fd, saved);
        }

        public void Dispose()
        {
            Restore();
            AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        }

        private void OnProcessExit(object sender, EventArgs e)
        {
            Restore();
        }

        private void Restore()
        {
            if (!_restored)
            {
                _restored = true;
                Libc.tcsetattr(_fd, Libc.TCSANOW, _saved);
            }
        }
    }
}
