using nanoFramework.TestFramework;
using Router.Config.Tests.Fakes;

namespace Router.Config.Tests
{
    [TestClass]
    public class SystemStateTests
    {
        [TestMethod]
        public void SecurityModeAndBootScriptSurviveARestart()
        {
            Fixture fixture = new Fixture();
            fixture.Configuration.State.SetBootScript("ipsec.cfg");
            fixture.Configuration.State.SetSecurityEnabled(true);

            SystemState again = fixture.Build(fixture.Store).State;
            again.Load();
            Assert.IsTrue(again.SecurityEnabled);
            Assert.AreEqual("ipsec.cfg", again.BootScript);

            again.SetBootScript(null);
            again.Load();
            Assert.IsNull(again.BootScript);
            Assert.IsTrue(again.SecurityEnabled);
        }

        [TestMethod]
        [DataRow("")]
        [DataRow("RSYS")]
        [DataRow("RSYS\u0002\u0000\u0000")]
        [DataRow("RSYS\u0001\u0004\u0000")]
        [DataRow("RSYS\u0001\u0001\u0005a.cfg!")]
        [DataRow("RSYS\u0001\u0001\u0005A.CFG")]
        [DataRow("RSYS\u0001\u0001\u0005a/cfg")]
        public void ADamagedFileReadsAsTheDefaultsAndIsLogged(string content)
        {
            Fixture fixture = new Fixture();
            byte[] bytes = new byte[content.Length];
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = (byte)content[i];
            }

            fixture.Store.Write(SystemState.FileName, bytes, 0, bytes.Length);
            int before = fixture.Log.Count;
            SystemState state = fixture.Configuration.State;
            state.Load();
            Assert.IsFalse(state.SecurityEnabled);
            Assert.IsNull(state.BootScript);
            Assert.AreEqual(before + 1, fixture.Log.Count);
        }
    }
}
