using System;
using System.Text;

namespace Router.HostBoard.Posix
{
    /// <summary>
    /// A pseudo-terminal whose slave side (/dev/pts/N) stands for the router's serial port:
    /// picocom, tio or a test opens it as it would open /dev/ttyUSB0. The slave is put in raw
    /// mode before anything is written, otherwise its line discipline would echo the router's
    /// own output back to it as input.
    /// </summary>
    public sealed class PseudoTerminal : IDisposable
    {
        private int _masterFd;

        private PseudoTerminal(int masterFd, string slavePath)
        {
            _masterFd = masterFd;
            SlavePath = slavePath;
        }

        public int MasterFd
        {
            get { return _masterFd; }
        }

        public string SlavePath { get; }

        public static PseudoTerminal Open()
        {
            int master = Libc.posix_openpt(Libc.O_RDWR | Libc.O_NOCTTY | Libc.O_NONBLOCK);
            if (master < 0)
            {
                throw Libc.Failure("posix_openpt");
            }

            try
            {
                if (Libc.grantpt(master) != 0)
                {
                    throw Libc.Failure("grantpt");
                }

                if (Libc.unlockpt(master) != 0)
                {
                    throw Libc.Failure("unlockpt");
                }

                byte[] name = new byte[256];
                if (Libc.ptsname_r(master, name, name.Length) != 0)
                {
                    throw Libc.Failure("ptsname_r");
                }

                string slavePath = Encoding.ASCII.GetString(name, 0, Array.IndexOf(name, (byte)0));
                MakeSlaveRaw(slavePath);
                return new PseudoTerminal(master, slavePath);
            }
            catch
            {
                Libc.close(master);
                throw;
            }
        }

        public void Dispose()
        {
            if (_masterFd >= 0)
            {
                Libc.close(_masterFd);
                _masterFd = -1;
            }
        }

        /// <summary>Raw mode on the slave: no echo, no line editing, no CR/LF translation, no signals. It persists while the master is open.</summary>
        private static void MakeSlaveRaw(string slavePath)
        {
            int slave = Libc.open(slavePath, Libc.O_RDWR | Libc.O_NOCTTY);
            if (slave < 0)
            {
                throw Libc.Failure("open " + slavePath);
            }

            try
            {
                byte[] termios = new byte[Libc.TermiosSize];
                if (Libc.tcgetattr(slave, termios) != 0)
                {
                    throw Libc.Failure("tcgetattr");
                }

                Libc.cfmakeraw(termios);
                if (Libc.tcsetattr(slave, Libc.TCSANOW, termios) != 0)
                {
                    throw Libc.Failure("tcsetattr");
                }
            }
            finally
            {
                Libc.close(slave);
            }
        }
    }
}
