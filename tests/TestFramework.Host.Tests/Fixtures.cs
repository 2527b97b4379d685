using System;
using System.Collections.Generic;
using nanoFramework.TestFramework;

namespace Fixtures
{
    /// <summary>What the fixture classes did, in order.</summary>
    public static class Journal
    {
        public static readonly List<string> Events = new List<string>();
    }

    [TestClass]
    public class Lifecycle
    {
        private int _instanceCounter;

        [Setup]
        public void Prepare()
        {
            Journal.Events.Add("setup");
        }

        [TestMethod]
        public void First()
        {
            _instanceCounter++;
            Journal.Events.Add("first:" + _instanceCounter);
        }

        [TestMethod]
        [DataRow(1, "one")]
        [DataRow(2, "two")]
        public void Rows(int number, string name)
        {
            _instanceCounter++;
            Journal.Events.Add("row:" + number + ":" + name + ":" + _instanceCounter);
        }

        [Cleanup]
        public void Finish()
        {
            Journal.Events.Add("cleanup");
        }
    }

    [TestClass]
    public class Failures
    {
        [Setup]
        public void BrokenSetup()
        {
            throw new InvalidOperationException("setup broke");
        }

        [TestMethod]
        public void NeverRuns()
        {
            Journal.Events.Add("failures:ran");
        }
    }

    [TestClass]
    public class Outcomes
    {
        [TestMethod]
        public void Fails()
        {
            Assert.AreEqual(1, 2, "planted");
        }

        [TestMethod]
        public void Skips()
        {
            Assert.SkipTest("no radio here");
        }

        [TestMethod]
        public void ThrowsTheRightType()
        {
            Assert.Throws(typeof(ArgumentException), () => { throw new ArgumentException("x"); });
        }

        [TestMethod]
        public void ThrowsADerivedType()
        {
            Assert.Throws(typeof(ArgumentException), () => { throw new ArgumentNullException("x"); });
        }
    }
}
