using Router.Core;

namespace Router.Device.Tests.Fakes
{
    /// <summary>A board made of the fakes, with memory figures the test chooses.</summary>
    public sealed class FakeBoard : IBoard
    {
        public readonly FakeConsole FakeConsole = new FakeConsole();
        public readonly FakeFlash FakeFlash = new FakeFlash(64 * 1024, 4096);
        public readonly FakeClock FakeClock = new FakeClock();
        public long MemoryUsed = 300 * 1024;

        public FakeBoard()
        {
            FakeConsole.UseClock(FakeClock);
        }

        public long MemoryFree = -1;
        public bool Stop;

        public string Name
        {
            get { return "Test board"; }
        }

        public IConsolePort Console
        {
            get { return FakeConsole; }
        }

        public IFlash Flash
        {
            get { return FakeFlash; }
        }

        /// <summary>No network yet on this board.</summary>
        public Router.Core.Network.INetwork Network
        {
            get { return null; }
        }

        public IClock Clock
        {
            get { return FakeClock; }
        }

        public bool StopRequested
        {
            get { return Stop; }
        }

        public void ReadManagedMemory(out long usedBytes, out long freeBytes)
        {
            usedBytes = MemoryUsed;
            freeBytes = MemoryFree;
        }
    }
}
