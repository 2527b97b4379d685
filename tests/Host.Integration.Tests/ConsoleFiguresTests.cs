using System;
using Router.Cli;
using Router.Device;
using Xunit;
using Xunit.Abstractions;

namespace Host.Integration.Tests
{
    /// <summary>
    /// The console's memory figures, printed: bytes allocated to parse and execute each show
    /// command (dispatcher alone, and typed at the console with its line editor), and the retained
    /// managed memory before and after a scripted console session of several hundred commands
    /// (GC.GetTotalMemory after full collections). The firmware runs in this process on a board
    /// made of RAM (<see cref="MemoryBoard"/>).
    /// Process-wide memory figures: the class runs alone, after the parallel tests of this assembly.
    /// </summary>
    [Collection(MeasuredAlone.Name)]
    public sealed class ConsoleFiguresTests
    {
        private const string Password = "figures-password";
        private const int Rounds = 200;

        private static readonly string[] ShowCommands =
        {
            "show system", "show log", "show user", "show time", "show file", "show config", "show enco key",
            "show enco key=1", "sh sys", "show config dynamic",
        };

        private readonly ITestOutputHelper _output;

        public ConsoleFiguresTests(ITestOutputHelper output)
        {
            _output = output;
        }

        private static (MemoryBoard Board, RouterDevice Device) Boot()
        {
            MemoryBoard board = new MemoryBoard();
            DeviceSettings settings = new DeviceSettings { ManagerPassword = Password, PasswordIterations = 1000 };
            RouterDevice device = new RouterDevice(board, settings);
            board.ScriptedConsole.Type("manager\r" + Password + "\r" + "create enco key=1 type=general random\r");
            return (board, device);
        }

        [Fact]
        public void ShowCommandsAllocateABoundedNumberOfBytes()
        {
            var (board, device) = Boot();
            var perCommand = new long[ShowCommands.Length];
            var typed = new long[ShowCommands.Length];
            for (int c = 0; c < ShowCommands.Length; c++)
            {
                int command = c;
                string line = ShowCommands[c] + "\r";

                // Typed at the console: line editor, the line's string, dispatcher, handler, terminal writer.
                for (int i = 0; i < 20; i++)
                {
                    board.ScriptedConsole.Type(line);
                }

                long before = 0;
                board.ScriptedConsole.Then(() => before = GC.GetAllocatedBytesForCurrentThread());
                for (int i = 0; i < Rounds; i++)
                {
                    board.ScriptedConsole.Type(line);
                }

                board.ScriptedConsole.Then(() => typed[command] = (GC.GetAllocatedBytesForCurrentThread() - before) / Rounds);
            }

            device.Run();
            Assert.Contains("Manager > ", board.ScriptedConsole.Tail);

            // The dispatcher alone, over the device's own command table and handlers.
            var dispatcher = new CommandDispatcher(device.Commands);
            var sink = new CountingOutput();
            for (int c = 0; c < ShowCommands.Length; c++)
            {
                for (int i = 0; i < 20; i++)
                {
                    dispatcher.Execute(ShowCommands[c], Privilege.Manager, false, sink);
                }

                int shown = 0;
                long before = GC.GetAllocatedBytesForCurrentThread();
                for (int i = 0; i < Rounds; i++)
                {
                    shown += dispatcher.Execute(ShowCommands[c], Privilege.Manager, false, sink) == CommandResult.Shown ? 1 : 0;
                }

                perCommand[c] = (GC.GetAllocatedBytesForCurrentThread() - before) / Rounds;
                Assert.Equal(Rounds, shown);
            }

            _output.WriteLine("bytes allocated per command (dispatcher + handler | typed at the console):");
            for (int c = 0; c < ShowCommands.Length; c++)
            {
                _output.WriteLine("  " + ShowCommands[c].PadRight(22) + perCommand[c].ToString().PadLeft(7) + " | " + typed[c].ToString().PadLeft(7));
            }

            // The reports build their lines in reused buffers: parsing and the report allocate nothing.
            for (int c = 0; c < 6; c++)
            {
                Assert.True(perCommand[c] == 0, ShowCommands[c] + " allocated " + perCommand[c] + " bytes");
            }

            // The ENCO formatter builds strings; create config's buffer is one flash file (8 KB).
            Assert.True(perCommand[6] < 2048 && perCommand[7] < 2048, "show enco key");
            Assert.True(perCommand[9] < 16 * 1024, "show config dynamic");

            // Typed at the console, a line costs its string and the command's own figure.
            for (int c = 0; c < ShowCommands.Length; c++)
            {
                Assert.True(typed[c] <= perCommand[c] + 256, ShowCommands[c] + " typed: " + typed[c]);
            }
        }

        [Fact]
        public void ASessionOfSeveralHundredCommandsRetainsNoMemory()
        {
            var (board, device) = Boot();
            ScriptedConsole console = board.ScriptedConsole;
            long start = 0;
            long middle = 0;
            long end = 0;
            int commands = 0;

            // Warm-up: every kind of command once, so lazy buffers and the full event log exist.
            commands += TypeSession(console, 0, 2);
            console.Then(() => start = RetainedBytes());
            for (int round = 1; round <= 20; round++)
            {
                commands += TypeSession(console, round, 3);
                if (round == 10)
                {
                    console.Then(() => middle = RetainedBytes());
                }
            }

            console.Then(() => end = RetainedBytes());
            device.Run();

            string tail = console.Tail;
            Assert.Contains("Manager > ", tail);
            Assert.DoesNotContain("Error (3035098)", tail);
            _output.WriteLine("console session: " + commands + " commands, " + console.BytesWritten + " bytes of output");
            _output.WriteLine("retained managed memory after full collections: " + start + " bytes after warm-up, " + middle
                + " halfway, " + end + " at the end (growth " + (middle - start) + " + " + (end - middle) + " bytes)");
            Assert.True(commands >= 500, "several hundred commands");

            // The heap is the process's: another test's thread may leave a one-off spike in one half.
            // A leak grows with the commands, so it shows in both halves (2 KB ~ 4 bytes a command).
            long growth = System.Math.Min(middle - start, end - middle);
            Assert.True(growth < 2048, "retained memory grew by " + (middle - start) + " and " + (end - middle) + " bytes");
        }

        /// <summary>Types one round of a varied session; returns the number of commands.</summary>
        private static int TypeSession(ScriptedConsole console, int round, int repeats)
        {
            int count = 0;
            for (int r = 0; r < repeats; r++)
            {
                foreach (string show in ShowCommands)
                {
                    console.Type(show + "\r");
                    count++;
                }

                string[] changes =
                {
                    "set system name=router-" + (round % 7),
                    "set user securedelay=" + (60 + round % 30),
                    "set log utcoffset=" + (round % 5),
                    "help show",
                    "show foo",
                    "set user securedelay=5",
                    "\u001b[A",
                };
                foreach (string change in changes)
                {
                    console.Type(change + "\r");
                    count++;
                }
            }

            // Flash writes, PBKDF2, keys and a logoff/login cycle once per round.
            string[] heavy =
            {
                "add user=u" + (round % 3) + " password=password-" + round,
                "delete user=u" + (round % 3),
                "create enco key=" + (2 + round % 3) + " type=aes random",
                "destroy enco key=" + (2 + round % 3),
                "create config=s" + (round % 2) + ".cfg",
                "logoff",
            };
            foreach (string line in heavy)
            {
                console.Type(line + "\r");
                count++;
            }

            console.Type("manager\r" + Password + "\r");
            return count;
        }

        private static long RetainedBytes()
        {
            for (int i = 0; i < 3; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }

            return GC.GetTotalMemory(true);
        }

        private sealed class CountingOutput : ICommandOutput
        {
            public long Lines;

            public void Write(string text)
            {
            }

            public void Write(char[] chars, int offset, int count)
            {
            }

            public void WriteLine(string line)
            {
                Lines++;
            }
        }
    }
}
