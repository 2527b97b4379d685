using System;
using System.Threading;

namespace Router.Enco.Channels
{
    /// <summary>
    /// The fixed pool of ENCO channels, sized at boot. A TLS connection or an IPsec SA pair
    /// attaches to take a channel for its cipher contexts and detaches when it ends. When every
    /// channel is taken the attach is refused (null) and counted as attachFail: the caller
    /// answers with a TLS alert or an ISAKMP notify (DESIGN rule 4). Attach and detach allocate
    /// nothing and are safe from several threads.
    /// </summary>
    public sealed class EncoChannelPool
    {
        private readonly object _gate = new object();
        private readonly EncoChannel[] _channels;
        private readonly int[] _free;
        private readonly EncoCounters _counters;
        private int _freeCount;
        private int _maxInUse;

        public EncoChannelPool(int channelCount, EncoCounters counters)
        {
            if (channelCount < 1)
            {
                throw new ArgumentOutOfRangeException("channelCount");
            }

            if (counters == null)
            {
                throw new ArgumentNullException("counters");
            }

            _counters = counters;
            _channels = new EncoChannel[channelCount];
            _free = new int[channelCount];
            for (int i = 0; i < channelCount; i++)
            {
                _channels[i] = new EncoChannel(i);

                // Lowest number on top of the stack: channel 0 is handed out first.
                _free[i] = channelCount - 1 - i;
            }

            _freeCount = channelCount;
        }

        public int Capacity
        {
            get { return _channels.Length; }
        }

        public int InUse
        {
            get
            {
                Monitor.Enter(_gate);
                try
                {
                    return _channels.Length - _freeCount;
                }
                finally
                {
                    Monitor.Exit(_gate);
                }
            }
        }

        /// <summary>The most channels in use at once since boot.</summary>
        public int MaxInUse
        {
            get
            {
                Monitor.Enter(_gate);
                try
                {
                    return _maxInUse;
                }
                finally
                {
                    Monitor.Exit(_gate);
                }
            }
        }

        public EncoCounters Counters
        {
            get { return _counters; }
        }

        /// <summary>Channel <paramref name="index"/>, attached or not, for show enco.</summary>
        public EncoChannel GetChannel(int index)
        {
            return _channels[index];
        }

        /// <summary>Takes a free channel for <paramref name="owner"/> (<see cref="EncoChannelOwner"/>), or returns null when none is free.</summary>
        public EncoChannel Attach(int owner, int ownerId)
        {
            if (owner == EncoChannelOwner.None)
            {
                throw new ArgumentOutOfRangeException("owner");
            }

            _counters.Increment(EncoCounter.Attach);
            EncoChannel channel = null;
            Monitor.Enter(_gate);
            try
            {
                if (_freeCount > 0)
                {
                    channel = _channels[_free[--_freeCount]];
                    channel.Attach(owner, ownerId);
                    int inUse = _channels.Length - _freeCount;
                    if (inUse > _maxInUse)
                    {
                        _maxInUse = inUse;
                    }
                }
            }
            finally
            {
                Monitor.Exit(_gate);
            }

            _counters.Increment(channel != null ? EncoCounter.Attached : EncoCounter.AttachFail);
            return channel;
        }

        /// <summary>
        /// Gives the channel back: its contexts are zeroed (free them through their facades first,
        /// so an accelerator a stream holds is released). Detaching a channel that is not
        /// attached, or not from this pool, counts a detach but no detached and changes nothing.
        /// </summary>
        public void Detach(EncoChannel channel)
        {
            _counters.Increment(EncoCounter.Detach);
            bool released = false;
            Monitor.Enter(_gate);
            try
            {
                if (channel != null && channel.IsAttached && channel.Index < _channels.Length && _channels[channel.Index] == channel)
                {
                    channel.Release();
                    _free[_freeCount++] = channel.Index;
                    released = true;
                }
            }
            finally
            {
                Monitor.Exit(_gate);
            }

            if (released)
            {
                _counters.Increment(EncoCounter.Detached);
            }
        }
    }
}
