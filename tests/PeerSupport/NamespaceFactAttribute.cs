using System;
using Xunit;

namespace PeerSupport
{
    /// <summary>
    /// A fact that needs network namespaces (root, iproute2): when a probe namespace cannot be made, xunit reports
    /// the test as skipped with the reason, never as passed. Named programs that must be installed (chromium,
    /// testssl, node) skip the same way when missing; scripts/install-peers.sh installs them all.
    /// </summary>
    public sealed class NamespaceFactAttribute : FactAttribute
    {
        private static readonly Lazy<string> WhyNoNamespaces = new Lazy<string>(Probe);

        public NamespaceFactAttribute(params string[] programs)
        {
            string reason = WhyNoNamespaces.Value;
            foreach (string program in programs)
            {
                if (reason == null && PeerPrograms.Find(program) == null)
                {
                    reason = program + " is not installed (scripts/install-peers.sh installs it)";
                }
            }

            if (reason != null)
            {
                Skip = reason;
            }
        }

        private static string Probe()
        {
            if (PeerPrograms.Find("ip") == null)
            {
                return "`ip` (iproute2) is not installed";
            }

            try
            {
                NetworkNamespace.Create("probe").Dispose();
                return null;
            }
            catch (InvalidOperationException e)
            {
                return "network namespaces are not permitted here: " + e.Message;
            }
        }
    }
}
