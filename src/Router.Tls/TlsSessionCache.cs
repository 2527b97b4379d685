using System;
using System.Threading;

namespace Router.Tls
{
    /// <summary>
    /// The server's resumption cache (`set ssl maxsessions/cachetimeout`, seed 000) for TLS 1.3 tickets and TLS 1.2
    /// session IDs: at most <see cref="MaxSessions"/> entries of <see cref="EntrySize"/> bytes in one array allocated
    /// at construction. A ticket (RFC 8446 4.6.1) or session ID (RFC 5246 7.4.1.3) is <see cref="TicketSize"/>
    /// bytes: the slot (2) and a random tag (14), so lookup is O(1); insertion takes the ring's next slot, which
    /// holds the oldest entry (evicted and counted as cacheFull when still live). Tickets are single-use: a hit
    /// removes the entry; a TLS 1.2 session may be resumed until it expires. Secrets are wiped when removed or
    /// overwritten.
    /// <para>
    /// Entry layout (bytes): 0 state (0 free, 1 live, 2 TLS 1.2 ID handed out, handshake not finished), 1-2 suite,
    /// 3 secret length, 4-51 secret (TLS 1.3 resumption PSK or TLS 1.2 master secret), 52-65 tag, 66-73 created
    /// (ms, caller's clock), 74-81 expires (ms), 82-83 version (0x0304 / 0x0303), 84 flags (1: extended master
    /// secret, RFC 7627). The ticket / session ID of slot s is s (big-endian, 2 bytes) followed by the tag.
    /// </para>
    /// </summary>
    public sealed class TlsSessionCache
    {
        /// <summary>Bytes of one entry.</summary>
        public const int EntrySize = 128;

        /// <summary>Bytes of a ticket: slot (2) and tag (14).</summary>
        public const int TicketSize = 16;

        private const int TagSize = TicketSize - 2;
        private const int MaxPsk = 48;

        // Entry layout.
        private const int InUse = 0;
        private const int Suite = 1;
        private const int PskLength = 3;
        private const int Psk = 4;
        private const int Tag = Psk + MaxPsk;
        private const int Created = Tag + TagSize;
        private const int Expires = Created + 8;
        private const int Version = Expires + 8;
        private const int Flags = Version + 2;

        private const int Free = 0;
        private const int Live = 1;
        private const int Pending = 2;
        private const int FlagExtendedMasterSecret = 1;
        private const int Tls13 = 0x0304;
        private const int Tls12 = 0x0303;

        private readonly byte[] _entries;
        private readonly int _maxSessions;
        private readonly int _timeoutMs;
        private readonly TlsCounters _counters;
        private readonly object _gate = new object();
        private int _next;
        private int _count;
        private int _peak;

        public TlsSessionCache(int maxSessions, int cacheTimeoutSeconds, TlsCounters counters)
        {
            _maxSessions = maxSessions < 1 ? 1 : (maxSessions > 65535 ? 65535 : maxSessions);
            _timeoutMs = cacheTimeoutSeconds * 1000;
            _counters = counters;
            _entries = new byte[_maxSessions * EntrySize];
        }

        public int MaxSessions
        {
            get { return _maxSessions; }
        }

        /// <summary>Ticket lifetime in seconds (RFC 8446 4.6.1: at most 7 days).</summary>
        public int LifetimeSeconds
        {
            get { return _timeoutMs / 1000; }
        }

        /// <summary>Entries stored now ("Current Number of Sessions").</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>The most entries stored at once ("Max. Number of Sessions").</summary>
        public int Peak
        {
            get { return _peak; }
        }

        /// <summary>Stores a resumption PSK for <paramref name="suite"/>; writes the ticket naming it.</summary>
        public void Store(int suite, byte[] psk, int pskOffset, int pskLength, long now, byte[] ticket, int ticketOffset, ITlsEntropy entropy)
        {
            Monitor.Enter(_gate);
            try
            {
                int at = Claim(now, ticket, ticketOffset, entropy);
                Fill(at, Tls13, suite, psk, pskOffset, pskLength, 0, now);
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>
        /// Looks the ticket up and, when it names a live entry, removes it and copies its PSK out; returns the PSK
        /// length and the suite in <paramref name="suite"/>, or 0 for a miss (unknown, forged or expired ticket).
        /// </summary>
        public int Take(byte[] ticket, int offset, int count, long now, byte[] psk, int pskOffset, out int suite)
        {
            suite = 0;
            Monitor.Enter(_gate);
            try
            {
                int at = Find(ticket, offset, count, Live, Tls13);
                if (at < 0)
                {
                    _counters.Increment(TlsCounter.CacheMiss);
                    return 0;
                }

                if (now >= ReadLong(at + Expires))
                {
                    Remove(at);
                    _counters.Increment(TlsCounter.CacheMiss);
                    return 0;
                }

                suite = (_entries[at + Suite] << 8) | _entries[at + Suite + 1];
                int length = _entries[at + PskLength];
                Array.Copy(_entries, at + Psk, psk, pskOffset, length);
                Remove(at);
                _counters.Increment(TlsCounter.CacheHit);
                return length;
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>
        /// TLS 1.2: hands out a session ID for a full handshake (RFC 5246 7.4.1.3), writing <see cref="TicketSize"/>
        /// bytes; the slot stays unusable until <see cref="CompleteSession"/> gives it the master secret.
        /// </summary>
        public void ReserveSessionId(long now, byte[] sessionId, int offset, ITlsEntropy entropy)
        {
            Monitor.Enter(_gate);
            try
            {
                int at = Claim(now, sessionId, offset, entropy);
                _entries[at + InUse] = Pending;
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>
        /// TLS 1.2: stores the master secret of a finished full handshake under the session ID
        /// <see cref="ReserveSessionId"/> gave, with whether it was an extended master secret (RFC 7627 5.3).
        /// Does nothing when the slot was taken by a newer session meanwhile.
        /// </summary>
        public void CompleteSession(byte[] sessionId, int offset, int suite, byte[] masterSecret, int secretOffset, int secretLength,
            bool extendedMasterSecret, long now)
        {
            Monitor.Enter(_gate);
            try
            {
                int at = Find(sessionId, offset, TicketSize, Pending, 0);
                if (at >= 0)
                {
                    Fill(at, Tls12, suite, masterSecret, secretOffset, secretLength, extendedMasterSecret ? FlagExtendedMasterSecret : 0, now);
                }
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>
        /// TLS 1.2: looks a ClientHello's session ID up (O(1)); for a live, unexpired session copies the master
        /// secret out and returns its length, with the suite and the extended-master-secret flag; else 0 (a miss).
        /// The session stays for further resumptions until it expires or <see cref="Invalidate"/>.
        /// </summary>
        public int Find(byte[] sessionId, int offset, int count, long now, byte[] masterSecret, int secretOffset,
            out int suite, out bool extendedMasterSecret)
        {
            suite = 0;
            extendedMasterSecret = false;
            Monitor.Enter(_gate);
            try
            {
                int at = Find(sessionId, offset, count, Live, Tls12);
                if (at >= 0 && now >= ReadLong(at + Expires))
                {
                    Remove(at);
                    at = -1;
                }

                if (at < 0)
                {
                    _counters.Increment(TlsCounter.CacheMiss);
                    return 0;
                }

                suite = (_entries[at + Suite] << 8) | _entries[at + Suite + 1];
                extendedMasterSecret = (_entries[at + Flags] & FlagExtendedMasterSecret) != 0;
                int length = _entries[at + PskLength];
                Array.Copy(_entries, at + Psk, masterSecret, secretOffset, length);
                _counters.Increment(TlsCounter.CacheHit);
                return length;
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>Removes a TLS 1.2 session (or a handed-out ID): its connection ended with a fatal alert (RFC 5246 7.2.2).</summary>
        public void Invalidate(byte[] sessionId, int offset, int count)
        {
            Monitor.Enter(_gate);
            try
            {
                int at = Find(sessionId, offset, count, Live, Tls12);
                if (at < 0)
                {
                    at = Find(sessionId, offset, count, Pending, 0);
                }

                if (at >= 0)
                {
                    Remove(at);
                }
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>
        /// One live entry for `show ssl sessions`: false when <paramref name="slot"/> holds none. Writes the
        /// ticket / session ID (<see cref="TicketSize"/> bytes) and gives the version (0x0304 / 0x0303), the suite,
        /// and the creation and expiry times (milliseconds of the engine's clock). Never gives the secret.
        /// </summary>
        public bool ReadEntry(int slot, byte[] sessionId, int offset, out int version, out int suite, out long createdMs, out long expiresMs)
        {
            version = 0;
            suite = 0;
            createdMs = 0;
            expiresMs = 0;
            if (slot < 0 || slot >= _maxSessions)
            {
                return false;
            }

            Monitor.Enter(_gate);
            try
            {
                int at = slot * EntrySize;
                if (_entries[at + InUse] != Live)
                {
                    return false;
                }

                sessionId[offset] = (byte)(slot >> 8);
                sessionId[offset + 1] = (byte)slot;
                Array.Copy(_entries, at + Tag, sessionId, offset + 2, TagSize);
                version = (_entries[at + Version] << 8) | _entries[at + Version + 1];
                suite = (_entries[at + Suite] << 8) | _entries[at + Suite + 1];
                createdMs = ReadLong(at + Created);
                expiresMs = ReadLong(at + Expires);
                return true;
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>Takes the ring's next slot (evicting what it holds), gives it a fresh tag and writes its name.</summary>
        private int Claim(long now, byte[] name, int nameOffset, ITlsEntropy entropy)
        {
            int slot = _next;
            _next = (_next + 1) % _maxSessions;
            int at = slot * EntrySize;
            if (_entries[at + InUse] == Live && now < ReadLong(at + Expires))
            {
                _counters.Increment(TlsCounter.CacheFull);
            }

            Remove(at);
            entropy.Fill(_entries, at + Tag, TagSize);
            name[nameOffset] = (byte)(slot >> 8);
            name[nameOffset + 1] = (byte)slot;
            Array.Copy(_entries, at + Tag, name, nameOffset + 2, TagSize);
            return at;
        }

        private void Fill(int at, int version, int suite, byte[] secret, int secretOffset, int secretLength, int flags, long now)
        {
            _entries[at + InUse] = Live;
            _entries[at + Suite] = (byte)(suite >> 8);
            _entries[at + Suite + 1] = (byte)suite;
            _entries[at + PskLength] = (byte)secretLength;
            Array.Copy(secret, secretOffset, _entries, at + Psk, secretLength);
            WriteLong(at + Created, now);
            WriteLong(at + Expires, now + _timeoutMs);
            _entries[at + Version] = (byte)(version >> 8);
            _entries[at + Version + 1] = (byte)version;
            _entries[at + Flags] = (byte)flags;
            _count++;
            if (_count > _peak)
            {
                _peak = _count;
            }

            _counters.Increment(TlsCounter.SessionCreated);
        }

        /// <summary>
        /// The entry a name points at when it is in <paramref name="state"/> (and of <paramref name="version"/>
        /// unless 0) and its tag matches, compared in fixed time; else -1.
        /// </summary>
        private int Find(byte[] name, int offset, int count, int state, int version)
        {
            int slot = count == TicketSize ? (name[offset] << 8) | name[offset + 1] : -1;
            if (slot < 0 || slot >= _maxSessions)
            {
                return -1;
            }

            int at = slot * EntrySize;
            int difference = _entries[at + InUse] ^ state;
            if (version != 0)
            {
                difference |= ((_entries[at + Version] << 8) | _entries[at + Version + 1]) ^ version;
            }

            for (int i = 0; i < TagSize; i++)
            {
                difference |= _entries[at + Tag + i] ^ name[offset + 2 + i];
            }

            return difference == 0 ? at : -1;
        }

        /// <summary>Wipes an entry; a live one is counted as destroyed.</summary>
        private void Remove(int at)
        {
            if (_entries[at + InUse] == Live)
            {
                _count--;
                _counters.Increment(TlsCounter.SessionDestroy);
            }

            Array.Clear(_entries, at, EntrySize);
        }

        private long ReadLong(int at)
        {
            long value = 0;
            for (int i = 0; i < 8; i++)
            {
                value = (value << 8) | _entries[at + i];
            }

            return value;
        }

        private void WriteLong(int at, long value)
        {
            for (int i = 7; i >= 0; i--)
            {
                _entries[at + i] = (byte)value;
                value >>= 8;
            }
        }

        /// <summary>
        /// Wipes every entry (set ssl replaced this cache, DESIGN rule 6): the secrets go, nothing can be resumed,
        /// and the live entries are counted as destroyed.
        /// </summary>
        public void Clear()
        {
            Monitor.Enter(_gate);
            try
            {
                for (int slot = 0; slot < _maxSessions; slot++)
                {
                    Remove(slot * EntrySize);
                }

                _count = 0;
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }
    }
}
