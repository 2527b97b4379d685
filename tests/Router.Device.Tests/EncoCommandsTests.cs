using nanoFramework.TestFramework;
using Router.Device.Tests.Fakes;

namespace Router.Device.Tests
{
    /// <summary>show enco, show enco counters and set enco key on the composed device.</summary>
    [TestClass]
    public class EncoCommandsTests
    {
        [TestMethod]
        public void ShowEncoSummarisesTheChannelPoolSizedBySettings()
        {
            FakeBoard board = new FakeBoard();
            RouterDeviceTests.RunScript(board, RouterDeviceTests.Login() + "create enco key=1 type=aes random\rshow enco\r");
            string shown = RouterDeviceTests.After(board.FakeConsole.Output, "show enco");

            Assert.Contains("SHOW ENCO", shown);
            Assert.Contains("Maximum Number of Channels ............. 8", shown);
            Assert.Contains("Keys ................................... 1 of 16", shown);
            Assert.Contains("Ciphers ................................ AES-GCM", shown);
        }

        [TestMethod]
        public void ShowEncoCountersListsTheEncoGroup()
        {
            FakeBoard board = new FakeBoard();
            RouterDeviceTests.RunScript(board, RouterDeviceTests.Login() + "show enco counters\r");
            string shown = RouterDeviceTests.After(board.FakeConsole.Output, "show enco counters");

            Assert.Contains("Show ENCO Counters", shown);
            Assert.Contains("Enco:", shown);
            Assert.Contains("attachFail", shown);
        }

        [TestMethod]
        public void SetEncoKeyChangesTheDescription()
        {
            FakeBoard board = new FakeBoard();
            RouterDeviceTests.RunScript(board, RouterDeviceTests.Login() + "create enco key=1 type=aes random\r"
                + "set enco key=1 description=\"esp keys\"\rset enco key=2 description=x\rshow enco key\r");
            string output = board.FakeConsole.Output;

            Assert.Contains("Error (3085003): ENCO key 2: key does not exist.", output);
            Assert.Contains("1       AES       256    esp keys", RouterDeviceTests.After(output, "show enco key"));
        }
    }
}
