using System;
using System.Runtime.InteropServices;

namespace Router.HostBoard.Posix
{
    /// <summary>The few libc calls the host board needs for terminals and file descriptors (Linux, glibc).</summary>
    internal static class Libc
    {
        public const int O_RDWR = 0x2;
        public const int O_NOCTTY = 0x100;
        public const int O_NONBLOCK = 0x800;

        public const short POLLIN = 0x1;
        public const short POLLOUT = 0x4;
        public const short POLLERR = 0x8;
        public const short POLLHUP = 0x10;
        public const short POLLNVAL = 0x20;

        public const int EINTR = 4;
        public const int EIO = 5;
        public const int EAGAIN = 11;
        public const int EPIPE = 32;

        public const int TCSANOW = 0;

        /// <summary>Bytes reserved for a struct termios; glibc's is 60 on every Linux architecture.</summary>
        public const int TermiosSize = 128;

        /// <summary>Offset of c_lflag in glibc's struct termios (after c_iflag, c_oflag, c_cflag).</summary>
        public const int TermiosLocalFlagsOffset = 12;

        public const uint ISIG = 0x1;

        [StructLayout(LayoutKind.Sequential)]
        public struct PollFd
        {
            public int Fd;
            public short Events;
            public short Revents;
        }

        [DllImport("libc", SetLastError = true)]
        public static extern int posix_openpt(int flags);

        [DllImport("libc", SetLastError = true)]
        public static extern int grantpt(int fd);

        [DllImport("libc", SetLastError = true)]
        public static extern int unlockpt(int fd);

        [DllImport("libc", SetLastError = true)]
        public static extern int ptsname_r(int fd, byte[] buffer, nint length);

        [DllImport("libc", SetLastError = true)]
        public static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        [DllImport("libc", SetLastError = true)]
        public static extern int close(int fd);

        [DllImport("libc", SetLastError = true)]
        public static extern nint read(int fd, ref byte buffer, nint count);

        [DllImport("libc", SetLastError = true)]
        public static extern nint write(int fd, ref byte buffer, nint count);

        [DllImport("libc", SetLastError = true)]
        public static extern int poll(ref PollFd fds, nuint count, int timeoutMilliseconds);

        [DllImport("libc", SetLastError = true)]
        public static extern int isatty(int fd);

        [DllImport("libc", SetLastError = true)]
        public static extern int tcgetattr(int fd, [Out] byte[] termios);

        [DllImport("libc", SetLastError = true)]
        public static extern int tcsetattr(int fd, int optionalActions, [In] byte[] termios);

        [DllImport("libc")]
        public static extern void cfmakeraw([In, Out] byte[] termios);

        public static int LastError
        {
            get { return Marshal.GetLastPInvokeError(); }
        }

        public static Exception Failure(string call)
        {
            int errno = LastError;
            return new InvalidOperationException(call + " failed: " + Marshal.GetPInvokeErrorMessage(errno) + " (errno " + errno + ")");
        }
    }
}
