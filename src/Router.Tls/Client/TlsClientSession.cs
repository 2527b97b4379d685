using System;

namespace Router.Tls.Client
{
    /// <summary>
    /// One resumable TLS 1.3 session with one server (RFC 8446 4.6.1, 2.2): the newest ticket the server sent,
    /// the PSK derived for it, its suite, lifetime and age_add. Give the same instance to the connections to one
    /// server (<see cref="TlsClientConfig.Session"/>): a connection offers the ticket once (tickets are single-use,
    /// C.4) and stores the ticket its server sends. Holds key material: <see cref="Clear"/> wipes it.
    /// Not for concurrent use by connections on different threads.
    /// </summary>
    public sealed class TlsClientSession
    {
        /// <summary>Longest ticket kept; a longer one is not stored.</summary>
        public const int MaxTicket = 2048;

        private readonly byte[] _psk = new byte[48];
        private byte[] _ticket;
        private int _ticketLength;
        private int _pskLength;
        private int _suite;
        private uint _ageAdd;
        private long _receivedAt;
        private long _expiresAt;
        private string _serverName;

        /// <summary>True when a ticket is held for <paramref name="serverName"/> and has not expired at <paramref name="now"/>.</summary>
        public bool CanResume(string serverName, long now)
        {
            return _ticketLength > 0 && now < _expiresAt && now >= _receivedAt && _serverName == serverName;
        }

        /// <summary>The suite the ticket was issued under (its hash must be the resumed suite's, 4.2.11).</summary>
        public int Suite
        {
            get { return _suite; }
        }

        /// <summary>Wipes the ticket and the PSK.</summary>
        public void Clear()
        {
            Array.Clear(_psk, 0, _psk.Length);
            if (_ticket != null)
            {
                Array.Clear(_ticket, 0, _ticket.Length);
            }

            _ticketLength = 0;
            _pskLength = 0;
        }

        internal void Store(string serverName, int suite, byte[] psk, int pskLength, byte[] ticket, int ticketOffset, int ticketLength,
            long lifetimeSeconds, uint ageAdd, long now)
        {
            Clear();
            if (ticketLength > MaxTicket || ticketLength <= 0 || lifetimeSeconds <= 0)
            {
                return;
            }

            if (_ticket == null || _ticket.Length < ticketLength)
            {
                _ticket = new byte[ticketLength];
            }

            Array.Copy(ticket, ticketOffset, _ticket, 0, ticketLength);
            Array.Copy(psk, 0, _psk, 0, pskLength);
            _ticketLength = ticketLength;
            _pskLength = pskLength;
            _suite = suite;
            _ageAdd = ageAdd;
            _receivedAt = now;
            _expiresAt = now + lifetimeSeconds * 1000;
            _serverName = serverName;
        }

        /// <summary>
        /// Hands the ticket to one connection: copies the PSK, returns the ticket bytes (the caller writes them now)
        /// and forgets both, so the ticket is offered once.
        /// </summary>
        internal byte[] Take(byte[] psk, out int pskLength, out int ticketLength, out uint obfuscatedAge, long now)
        {
            Array.Copy(_psk, 0, psk, 0, _pskLength);
            pskLength = _pskLength;
            ticketLength = _ticketLength;
            // obfuscated_ticket_age = age in milliseconds + ticket_age_add, modulo 2^32 (4.2.11.1).
            obfuscatedAge = unchecked((uint)(now - _receivedAt) + _ageAdd);
            byte[] ticket = new byte[_ticketLength];
            Array.Copy(_ticket, 0, ticket, 0, _ticketLength);
            Clear();
            return ticket;
        }
    }
}
