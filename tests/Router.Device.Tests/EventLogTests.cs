using nanoFramework.TestFramework;
using Router.Core;
using Router.Device.Tests.Fakes;

namespace Router.Device.Tests
{
    [TestClass]
    public class EventLogTests
    {
        [TestMethod]
        public void KeepsEntriesOldestFirst()
        {
            FakeClock clock = new FakeClock();
            EventLog log = new EventLog(4, clock);
            log.Add(LogSeverity.Info, "SYSTEM", "one");
            clock.Uptime = 1500;
            log.Add(LogSeverity.Warning, "USER", "two");

            LogEntry entry = new LogEntry();
            Assert.AreEqual(2, log.Count);
            Assert.IsTrue(log.CopyEntry(0, entry));
            Assert.AreEqual("one", entry.Message);
            Assert.AreEqual(1L, entry.Sequence);
            Assert.IsTrue(log.CopyEntry(1, entry));
            Assert.AreEqual("two", entry.Message);
            Assert.AreEqual("USER", entry.Module);
            Assert.AreEqual(1500L, entry.UptimeMilliseconds);
            Assert.AreEqual((int)LogSeverity.Warning, (int)entry.Severity);
            Assert.IsFalse(log.CopyEntry(2, entry));
            Assert.IsFalse(log.CopyEntry(-1, entry));
        }

        [TestMethod]
        public void WhenFullOverwritesTheOldestAndCountsIt()
        {
            EventLog log = new EventLog(3, new FakeClock());
            for (int i = 1; i <= 7; i++)
            {
                log.Add(LogSeverity.Info, "T", i.ToString());
            }

            LogEntry entry = new LogEntry();
            Assert.AreEqual(3, log.Count);
            Assert.AreEqual(3, log.Capacity);
            Assert.AreEqual(4L, log.Overwritten);
            log.CopyEntry(0, entry);
            Assert.AreEqual("5", entry.Message);
            Assert.AreEqual(5L, entry.Sequence);
            log.CopyEntry(2, entry);
            Assert.AreEqual("7", entry.Message);
        }

        [TestMethod]
        public void RefusesAnEmptyCapacity()
        {
            Assert.Throws(typeof(System.ArgumentOutOfRangeException), () => new EventLog(0, new FakeClock()));
        }
    }
}
