using System.Collections;
using Router.Tls.Diagnostics;

namespace Router.Http.Tests
{
    /// <summary>An ITlsMonitor that writes down what it was told, one line per call.</summary>
    public sealed class RecordingMonitor : ITlsMonitor
    {
        public readonly ArrayList Calls = new ArrayList();
        public int WireIn;
        public int WireOut;

        public bool Saw(string prefix)
        {
            for (int i = 0; i < Calls.Count; i++)
            {
                if (((string)Calls[i]).IndexOf(prefix) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        public int RegisterServer(string application, string address, int port)
        {
            Calls.Add("register " + application + " " + address + " " + port.ToString());
            return 5;
        }

        public void UnregisterServer(int serverId)
        {
            Calls.Add("unregister " + serverId.ToString());
        }

        public void ConnectionOpened(int serverId, string peerAddress)
        {
            Calls.Add("opened " + serverId.ToString() + " " + peerAddress);
        }

        public void ConnectionClosed(int serverId, string peerAddress)
        {
            Calls.Add("closed " + serverId.ToString() + " " + peerAddress);
        }

        public void ConnectionRefused(int serverId, string peerAddress, string reason)
        {
            Calls.Add("refused " + serverId.ToString() + " " + peerAddress + " " + reason);
        }

        public void WireBytes(string peerAddress, bool sent, byte[] data, int offset, int count)
        {
            if (sent)
            {
                WireOut += count;
            }
            else
            {
                WireIn += count;
            }
        }

        public void StateChanged(string peerAddress, int fromState, int toState)
        {
            Calls.Add("state " + fromState.ToString() + " " + toState.ToString());
        }

        public void HandshakeCompleted(string peerAddress, long milliseconds, int cipherSuite, int group, bool resumed)
        {
            Calls.Add("handshake " + cipherSuite.ToString());
        }

        public void ApplicationDataProcessed(long microseconds)
        {
        }

        public void ConnectionFailed(string peerAddress, int alertSent, int alertReceived)
        {
            Calls.Add("failed " + alertSent.ToString() + " " + alertReceived.ToString());
        }
    }
}
