namespace Router.Tls.Diagnostics
{
    /// <summary>
    /// The Servers table of show ssl: one row per listening TLS server (the HTTP server, each load balancer
    /// virtual server) with its open connections. At most <see cref="MaxServers"/> rows, fixed at construction;
    /// a server registered while the table is full gets ID -1 and is not shown (its connections still work).
    /// </summary>
    public sealed class SslServerTable
    {
        public const int MaxServers = 16;

        private readonly bool[] _used = new bool[MaxServers];
        private readonly string[] _application = new string[MaxServers];
        private readonly string[] _address = new string[MaxServers];
        private readonly int[] _port = new int[MaxServers];
        private readonly int[] _connections = new int[MaxServers];

        /// <summary>Registers a server in the lowest free row; returns its ID, or -1 when the table is full.</summary>
        public int Add(string application, string address, int port)
        {
            for (int id = 0; id < MaxServers; id++)
            {
                if (!_used[id])
                {
                    _used[id] = true;
                    _application[id] = application == null ? string.Empty : application;
                    _address[id] = address == null ? "0.0.0.0" : address;
                    _port[id] = port;
                    _connections[id] = 0;
                    return id;
                }
            }

            return -1;
        }

        public void Remove(int id)
        {
            if (IsUsed(id))
            {
                _used[id] = false;
                _application[id] = null;
                _address[id] = null;
            }
        }

        public bool IsUsed(int id)
        {
            return id >= 0 && id < MaxServers && _used[id];
        }

        public string Application(int id)
        {
            return IsUsed(id) ? _application[id] : string.Empty;
        }

        public string Address(int id)
        {
            return IsUsed(id) ? _address[id] : string.Empty;
        }

        public int Port(int id)
        {
            return IsUsed(id) ? _port[id] : 0;
        }

        public int Connections(int id)
        {
            return IsUsed(id) ? _connections[id] : 0;
        }

        public void Opened(int id)
        {
            if (IsUsed(id))
            {
                _connections[id]++;
            }
        }

        public void Closed(int id)
        {
            if (IsUsed(id) && _connections[id] > 0)
            {
                _connections[id]--;
            }
        }
    }
}
