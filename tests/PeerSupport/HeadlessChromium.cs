using System.Collections.Generic;

namespace PeerSupport
{
    /// <summary>
    /// Debian's Chromium, headless, with PEERS.md's flags: no sandbox (root), no GPU, no QUIC, and none of the
    /// background traffic (first run, component updates, sync). Run it only inside a loopback-only namespace:
    /// even so flagged, it sends DNS queries for Google hosts from the root namespace.
    /// </summary>
    public static class HeadlessChromium
    {
        public const string Program = "/usr/bin/chromium";

        /// <summary>The flags, with a fresh profile in <paramref name="userDataDir"/>; the caller adds the action and URL.</summary>
        public static List<string> Arguments(string userDataDir)
        {
            return new List<string>
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + userDataDir, "--ignore-certificate-errors",
            };
        }
    }
}
