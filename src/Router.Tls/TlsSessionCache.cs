using System;
using System.Threading;

namespace Router.Tls
{
    /// <summary>
    /// The server's TLS 1.3 resumption cache (`set ssl maxsessions/cachetimeout`, seed 000): at most
    /// <see cref="MaxSessions"/> entries of <see cref="EntrySize"/> bytes in one array allocated at construction.
    /// A ticket (RFC 8446 4.6.1) names its slot and carries a random tag, so lookup is O(1); insertion takes the
    /// ring's next slot, which holds the oldest entry (evicted and counted as cacheFull when still live). Tickets are
    /// single-use: a hit removes the entry. Resumption PSKs are wiped when removed or overwritten.
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
                int slot = _next;
                _next = (_next + 1) % _maxSessions;
                int at = slot * EntrySize;
                if (_entries[at + InUse] != 0)
                {
                    if (now < ReadLong(at + Expires))
                    {
                        _counters.Increment(TlsCounter.CacheFull);
                    }

                    Remove(at);
                }

                Array.Clear(_entries, at, EntrySize);
                _entries[at + InUse] = 1;
                _entries[at + Suite] = (byte)(suite >> 8);
                _entries[at + Suite + 1] = (byte)suite;
                _entries[at + PskLength] = (byte)pskLength;
                Array.Copy(psk, pskOffset, _entries, at + Psk, pskLength);
                entropy.Fill(_entries, at + Tag, TagSize);
                WriteLong(at + Created, now);
                WriteLong(at + Expires, now + _timeoutMs);
                ticket[ticketOffset] = (byte)(slot >> 8);
                ticket[ticketOffset + 1] = (byte)slot;
                Array.Copy(_entries, at + Tag, ticket, ticketOffset + 2, TagSize);
                _count++;
                if (_count > _peak)
                {
                    _peak = _count;
                }

                _counters.Increment(TlsCounter.SessionCreated);
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
                int slot = count == TicketSize ? (ticket[offset] << 8) | ticket[offset + 1] : -1;
                if (slot < 0 || slot >= _maxSessions)
                {
                    _counters.Increment(TlsCounter.CacheMiss);
                    return 0;
                }

                int at = slot * EntrySize;
                int difference = _entries[at + InUse] ^ 1;
                for (int i = 0; i < TagSize; i++)
                {
                    difference |= _entries[at + Tag + i] ^ ticket[offset + 2 + i];
                }

                if (difference != 0)
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

        private void Remove(int at)
        {
            Array.Clear(_entries, at, EntrySize);
            _count--;
            _counters.Increment(TlsCounter.SessionDestroy);
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
    }
}
