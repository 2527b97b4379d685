using System;
using System.IO;
using System.Text;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using System.Threading;
using Xunit;

namespace Host.Integration.Tests
{
    /// <summary>
    /// The console on a pseudo-terminal, opened by path as picocom or tio would open it, with
    /// plain file descriptor I/O and no terminal program installed. Keys end with CR, as picocom sends them.
    /// </summary>
    public sealed class PseudoTerminalConsoleTests : IDisposable
    {
        private const string Password = "pty-password";
        private static readonly TimeSpan Patience = VirtualDevice.Patience;

        private readonly TemporaryDirectory _dir = new TemporaryDirectory();

        public void Dispose()
        {
            _dir.Dispose();
        }

        [Fact]
        public void ShowSystemOverThePseudoTerminal()
        {
            using VirtualDevice device = VirtualDevice.Start(_dir.Path, "--console", "pty", "--flash", _dir.File("flash.bin"),
                "--flash-size", "128K", "--manager-password", Password);
            string announcement = device.Stdout.WaitFor("\n", Patience);
            Match path = Regex.Match(announcement, @"^Console pty: (/dev/pts/\d+)\r?\n$");
            Assert.True(path.Success, "unexpected first line: " + announcement);

            using TerminalSession terminal = new TerminalSession(path.Groups[1].Value);
            terminal.Output.WaitFor("login: ", Patience);
            terminal.Type("manager\r");
            terminal.Output.WaitFor("Password: ", Patience);
            terminal.Type(Password + "\r");
            terminal.Output.WaitFor("Manager > ", Patience);

            terminal.Type("shw\u0003");
            Assert.EndsWith("shw^C\r\nManager > ", terminal.Output.WaitFor("Manager > ", Patience));

            terminal.Type("show system\r");
            string report = terminal.Output.WaitFor("Manager > ", Patience);
            Assert.StartsWith("show system\r\n", report);
            Assert.Contains("Board .................................. Host virtual device\r\n", report);
            Assert.Contains("Flash Size ............................. 128 KB\r\n", report);

            // Leaving and coming back is a cable unplugged and plugged in again, not the end of the console.
            terminal.Dispose();
            using TerminalSession again = new TerminalSession(path.Groups[1].Value);
            again.Type("show time\r");
            Assert.Contains("Local time ....", again.Output.WaitFor("Manager > ", Patience));
        }

        /// <summary>Six help commands typed at once: their answers, about 13 KB, come in one burst.</summary>
        private static readonly string[] LongCommands = { "help create", "help set", "help show", "help enable", "help disable", "help destroy" };

        /// <summary>
        /// "Flows without loss": the syntax of most of the command table, well over the kernel's pty
        /// buffer, read through the pty by a terminal that drains fast or, like a slow terminal
        /// emulator, in small pieces with pauses. The text must equal what the same firmware prints
        /// on a pipe, byte for byte.
        /// </summary>
        [Theory]
        [InlineData(4096, 0)]
        [InlineData(256, 40)]
        public void LongOutputReachesTheTerminalWhole(int readSize, int pauseMilliseconds)
        {
            string expected = HelpOverStdio();
            Assert.True(expected.Length > 8 * 1024, "the output is longer than the pty buffer: " + expected.Length);

            using VirtualDevice device = VirtualDevice.Start(_dir.Path, "--console", "pty", "--flash", _dir.File("pty.bin"),
                "--flash-size", "128K", "--manager-password", Password);
            string path = Regex.Match(device.Stdout.WaitFor("\n", Patience), @"(/dev/pts/\d+)").Groups[1].Value;
            using TerminalSession terminal = new TerminalSession(path, readSize, pauseMilliseconds);
            terminal.Output.WaitFor("login: ", Patience);
            terminal.Type("manager\r" + Password + "\r");
            terminal.Output.WaitFor("Manager > ", Patience);
            terminal.Type(string.Join("\r", LongCommands) + "\r");
            string shown = string.Empty;
            foreach (string unused in LongCommands)
            {
                shown += terminal.Output.WaitFor("Manager > ", TimeSpan.FromSeconds(60));
            }

            Assert.Equal(expected, shown);
        }

        /// <summary>The help text as the firmware prints it on a pipe, from the command echo to the next prompt.</summary>
        private string HelpOverStdio()
        {
            using VirtualDevice device = VirtualDevice.Start(_dir.Path, "--flash", _dir.File("stdio.bin"), "--flash-size", "128K",
                "--manager-password", Password);
            device.Stdout.WaitFor("login: ", Patience);
            device.Type("manager\r" + Password + "\r");
            device.Stdout.WaitFor("Manager > ", Patience);
            device.Type(string.Join("\r", LongCommands) + "\r");
            string shown = string.Empty;
            foreach (string unused in LongCommands)
            {
                shown += device.Stdout.WaitFor("Manager > ", Patience);
            }

            return shown;
        }

        /// <summary>
        /// The test's end of the pty, opened by path like a serial port. A reader thread fills the
        /// transcript; it polls so that Dispose really closes the terminal (a read blocked in
        /// another thread would keep it open and steal the next session's output).
        /// </summary>
        private sealed class TerminalSession : IDisposable
        {
            private const int O_RDWR = 0x2;
            private const int O_NOCTTY = 0x100;
            private const short POLLIN = 0x1;

            private readonly int _fd;
            private readonly Thread _thread;
            private readonly int _readSize;
            private readonly int _pauseMilliseconds;
            private volatile bool _closing;

            public TerminalSession(string path)
                : this(path, 4096, 0)
            {
            }

            /// <param name="readSize">Bytes taken per read.</param>
            /// <param name="pauseMilliseconds">A wait after each read, as a slow terminal would take to draw.</param>
            public TerminalSession(string path, int readSize, int pauseMilliseconds)
            {
                _readSize = readSize;
                _pauseMilliseconds = pauseMilliseconds;
                _fd = open(path, O_RDWR | O_NOCTTY);
                if (_fd < 0)
                {
                    throw new IOException("cannot open " + path + ": errno " + Marshal.GetLastPInvokeError());
                }

                _thread = new Thread(Read) { IsBackground = true, Name = "pty reader" };
                _thread.Start();
            }

            public ConsoleTranscript Output { get; } = new ConsoleTranscript();

            public void Type(string keys)
            {
                byte[] bytes = Encoding.ASCII.GetBytes(keys);
                Assert.Equal(bytes.Length, (int)write(_fd, bytes, bytes.Length));
            }

            public void Dispose()
            {
                if (!_closing)
                {
                    _closing = true;
                    _thread.Join();
                    close(_fd);
                }
            }

            private void Read()
            {
                byte[] buffer = new byte[4096];
                try
                {
                    while (!_closing)
                    {
                        PollFd poll = new PollFd { Fd = _fd, Events = POLLIN };
                        if (Poll(ref poll, 1, 50) <= 0)
                        {
                            continue;
                        }

                        nint count = read(_fd, buffer, _readSize);
                        if (count <= 0)
                        {
                            return;
                        }

                        Output.Append(buffer, (int)count);
                        if (_pauseMilliseconds > 0)
                        {
                            Thread.Sleep(_pauseMilliseconds);
                        }
                    }
                }
                finally
                {
                    Output.End();
                }
            }

            [StructLayout(LayoutKind.Sequential)]
            private struct PollFd
            {
                public int Fd;
                public short Events;
                public short Revents;
            }

            [DllImport("libc", SetLastError = true)]
            private static extern int open(string path, int flags);

            [DllImport("libc", SetLastError = true)]
            private static extern int close(int fd);

            [DllImport("libc", SetLastError = true)]
            private static extern nint read(int fd, [Out] byte[] buffer, nint count);

            [DllImport("libc", SetLastError = true)]
            private static extern nint write(int fd, byte[] buffer, nint count);

            [DllImport("libc", EntryPoint = "poll", SetLastError = true)]
            private static extern int Poll(ref PollFd fds, nuint count, int timeoutMilliseconds);
        }
    }
}
