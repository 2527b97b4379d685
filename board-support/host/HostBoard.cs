using System;
using Router.Core;

namespace Router.HostBoard
{
    /// <summary>
    /// The virtual device's board: the console it was given, the flash file, the system clock,
    /// and the address its sockets will bind to. Stop requests come from signal handlers on
    /// other threads; the firmware polls them between console reads.
    /// </summary>
    public sealed class HostBoard : IBoard
    {
        public const string BoardName = "Host virtual device";

        private readonly IConsolePort _console;
        private readonly FileFlash _flash;
        private readonly HostClock _clock = new HostClock();
        private readonly string _listenAddress;
        private readonly HostNetwork _network;
        private volatile bool _stopRequested;

        public HostBoard(IConsolePort console, FileFlash flash, string listenAddress)
        {
            _console = console;
            _flash = flash;
            _listenAddress = listenAddress;
            _network = new HostNetwork(listenAddress);
        }

        public string Name
        {
            get { return BoardName; }
        }

        public IConsolePort Console
        {
            get { return _console; }
        }

        public IFlash Flash
        {
            get { return _flash; }
        }

        /// <summary>This machine's sockets, bound to <see cref="ListenAddress"/> by default.</summary>
        public Router.Core.Network.INetwork Network
        {
            get { return _network; }
        }

        public IClock Clock
        {
            get { return _clock; }
        }

        /// <summary>Where the router's TCP and UDP sockets bind (--listen).</summary>
        public string ListenAddress
        {
            get { return _listenAddress; }
        }

        public bool StopRequested
        {
            get { return _stopRequested; }
        }

        public void RequestStop()
        {
            _stopRequested = true;
        }

        /// <summary>Called between two runs of the firmware: the board comes up again as after a power cycle.</summary>
        public void Reboot()
        {
            _clock.Reboot();
        }

        public void ReadManagedMemory(out long usedBytes, out long freeBytes)
        {
            // The host heap has no fixed size, so there is no honest "free" figure to give.
            usedBytes = GC.GetTotalMemory(false);
            freeBytes = -1;
        }
    }
}
