using Router.Core;

namespace Router.Esp32
{
    /// <summary>The ESP32 as the firmware sees it: console on UART1, the "router" flash partition, the RTC.</summary>
    public sealed class Esp32Board : IBoard
    {
        private readonly UartConsolePort _console;
        private readonly PartitionFlash _flash;
        private readonly Esp32Clock _clock;
        private readonly Esp32Network _network = new Esp32Network();

        public Esp32Board()
        {
            _console = new UartConsolePort();
            _flash = new PartitionFlash();
            _clock = new Esp32Clock();
        }

        public string Name
        {
            get { return "ESP32"; }
        }

        public IConsolePort Console
        {
            get { return _console; }
        }

        public IFlash Flash
        {
            get { return _flash; }
        }

        /// <summary>The Wi-Fi or Ethernet netif through nanoFramework's sockets.</summary>
        public Router.Core.Network.INetwork Network
        {
            get { return _network; }
        }

        public IClock Clock
        {
            get { return _clock; }
        }

        /// <summary>A board has no Ctrl-C: it runs until it is restarted or loses power.</summary>
        public bool StopRequested
        {
            get { return false; }
        }

        public void ReadManagedMemory(out long usedBytes, out long freeBytes)
        {
            // Run(false) collects without compacting and answers the free managed heap.
            freeBytes = nanoFramework.Runtime.Native.GC.Run(false);
            usedBytes = -1;
        }
    }
}
