using System;
using System.IO;
using System.Runtime.InteropServices;
using Router.Core;
using Router.Device;
using Router.HostBoard.Posix;

namespace Router.HostBoard
{
    /// <summary>
    /// router-vdev: the virtual device. Builds the host board from the command line and runs
    /// the firmware's composition root on it. The console command restart runs a new
    /// composition root in the same process (uptime starts again, the flash file stays open),
    /// so scripts and tests never need to restart the process themselves.
    /// </summary>
    public static class Program
    {
        public const int ExitStopped = 0;
        public const int ExitBadSetup = 2;
        public const int ExitPowerCut = 3;

        private const int StandardInput = 0;
        private const int StandardOutput = 1;

        public static int Main(string[] args)
        {
            HostOptions options = HostOptions.Parse(args, out string error);
            if (options == null)
            {
                Console.Error.WriteLine("router-vdev: " + error);
                Console.Error.Write(HostOptions.Usage);
                return ExitBadSetup;
            }

            if (options.ShowHelp)
            {
                Console.Out.Write(HostOptions.Usage);
                return ExitStopped;
            }

            FileFlash flash;
            try
            {
                flash = OpenFlash(options);
            }
            catch (Exception ex) when (ex is FlashException || ex is IOException || ex is UnauthorizedAccessException)
            {
                Console.Error.WriteLine("router-vdev: " + ex.Message);
                return ExitBadSetup;
            }

            DeviceExit exit;
            using (flash)
            {
                exit = Run(options, flash);
            }

            // Printed after the terminal left raw mode, so the line ends where it should.
            Console.Error.WriteLine("router-vdev: " + (exit == DeviceExit.Stopped ? "stopped" : "console closed"));
            return ExitStopped;
        }

        /// <summary>Runs the firmware until it stops for another reason than a restart.</summary>
        private static DeviceExit Run(HostOptions options, FileFlash flash)
        {
            PseudoTerminal pty = null;
            RawTerminalMode rawStdin = null;
            IConsolePort console;
            if (options.PseudoTerminalConsole)
            {
                pty = PseudoTerminal.Open();
                console = new FdConsolePort(pty.MasterFd, pty.MasterFd, true);
                Console.Out.WriteLine("Console pty: " + pty.SlavePath);
                Console.Out.Flush();
            }
            else
            {
                rawStdin = RawTerminalMode.EnterIfTerminal(StandardInput);
                console = new FdConsolePort(StandardInput, StandardOutput, false);
            }

            HostBoard board = new HostBoard(console, flash, options.ListenAddress);
            Console.Error.WriteLine("router-vdev: flash " + Path.GetFullPath(options.FlashPath) + " (" + flash.Size / 1024
                + " KB, " + flash.EraseBlockSize / 1024 + " KB blocks), sockets will bind to " + board.ListenAddress);

            PosixSignalRegistration[] signals =
            {
                PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(context, board)),
                PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(context, board)),
                PosixSignalRegistration.Create(PosixSignal.SIGHUP, context => Stop(context, board)),
            };

            try
            {
                DeviceSettings settings = new DeviceSettings();
                settings.ManagerPassword = options.ManagerPassword;

                // Unprivileged defaults for set http server without port= (the ESP32 keeps 80 and 443).
                settings.HttpPort = options.HttpPort;
                settings.HttpsPort = options.HttpsPort;
                settings.HttpMaxConnections = 8;
                settings.HttpsOutputBuffer = Router.Tls.TlsServerConfig.DefaultOutputBufferSize;
                settings.SslCacheEntries = 2000;
                while (true)
                {
                    DeviceExit exit = new RouterDevice(board, settings).Run();
                    if (exit != DeviceExit.Restart)
                    {
                        return exit;
                    }

                    board.Reboot();
                }
            }
            finally
            {
                foreach (PosixSignalRegistration signal in signals)
                {
                    signal.Dispose();
                }

                rawStdin?.Dispose();
                pty?.Dispose();
            }
        }

        private static FileFlash OpenFlash(HostOptions options)
        {
            // An existing image keeps its size unless --flash-size says otherwise (then they must agree).
            int size = options.FlashSize;
            if (options.FlashSizeText == null && File.Exists(options.FlashPath))
            {
                long length = new FileInfo(options.FlashPath).Length;
                size = length > int.MaxValue ? int.MaxValue : (int)length;
            }

            FileFlash flash = FileFlash.Open(options.FlashPath, size, options.FlashBlockSize);
            if (options.PowerCutAfterBytes >= 0)
            {
                flash.CutPowerAfter(options.PowerCutAfterBytes);

                // The firmware may catch exceptions to keep its console alive; a power cut must
                // not be one it survives, so the process ends right here.
                flash.PowerLost += () =>
                {
                    Console.Error.WriteLine("router-vdev: simulated power cut after " + flash.BytesWritten + " bytes written to flash");
                    Environment.Exit(ExitPowerCut);
                };
            }

            return flash;
        }

        private static void Stop(PosixSignalContext context, HostBoard board)
        {
            // Let the firmware finish its loop and print its shutdown line instead of dying here.
            context.Cancel = true;
            board.RequestStop();
        }
    }
}
