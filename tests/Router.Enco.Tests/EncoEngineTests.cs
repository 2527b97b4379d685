using nanoFramework.TestFramework;

namespace Router.Enco.Tests
{
    /// <summary>The loaded engine is the one this assembly was built for.</summary>
    [TestClass]
    public class EncoEngineTests
    {
        [TestMethod]
        public void EngineImplementsTheExpectedInterface()
        {
            Assert.AreEqual(EncoEngine.ExpectedAbiVersion, EncoEngine.AbiVersion);
            EncoEngine.EnsureCompatible();
        }
    }
}
