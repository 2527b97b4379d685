using System;
using Router.Cli;
using Xunit;

namespace Router.Pki.HostTests
{
    /// <summary>Rule 3: once every entry has been shown, the certificate views allocate nothing per command.</summary>
    public class ShowAllocationTests
    {
        [Theory]
        [InlineData("show ipsec certificates")]
        [InlineData("show ipsec certificates detail")]
        [InlineData("show ipsec certificates crl detail")]
        [InlineData("show pki certificate")]
        [InlineData("show pki crl")]
        public void AShowCommandAllocatesNothingInTheSteadyState(string line)
        {
            var rig = new ConsoleRig();
            rig.Clock.Now = new DateTime(2030, 6, 1, 12, 0, 0, DateTimeKind.Utc);
            rig.PutFile("root.pem", Fixtures.Bytes("root.pem"));
            rig.PutFile("int.pem", Fixtures.Bytes("int.pem"));
            rig.PutFile("leaf.pem", Fixtures.Bytes("leaf.pem"));
            rig.PutFile("crl.pem", Fixtures.Bytes("crl-int.pem"));
            rig.Run("add pki certificate=root location=root.pem trust=yes");
            rig.Run("add pki certificate=int location=int.pem");
            rig.Run("add pki certificate=leaf location=leaf.pem");
            rig.Run("add pki crl=crl location=crl.pem");

            var output = new CountingOutput();
            for (int i = 0; i < 20; i++)
            {
                rig.Dispatcher.Execute(line, Privilege.Manager, true, output);
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 200; i++)
            {
                rig.Dispatcher.Execute(line, Privilege.Manager, true, output);
            }

            long perCommand = (GC.GetAllocatedBytesForCurrentThread() - before) / 200;
            Assert.Equal(0, perCommand);
            Assert.True(output.Lines > 200, "the command wrote its report");
        }

        private sealed class CountingOutput : ICommandOutput
        {
            public int Lines;

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
