namespace Router.Core.Storage
{
    /// <summary>
    /// What the store knows about each segment: free (erased by us this session, or merely
    /// unknown and to be erased before use) or in the log with a sequence number and a fill level.
    /// </summary>
    internal sealed class SegmentTable
    {
        /// <summary>Free, erased by this store since mount: writable as it is.</summary>
        public const int Erased = 0;

        /// <summary>Free, but its content is not known to be 0xFF: erase before use.</summary>
        public const int Unknown = 1;

        /// <summary>In the log: a valid header, records up to <see cref="Used"/>.</summary>
        public const int InUse = 2;

        private readonly int[] _states;
        private readonly uint[] _sequences;
        private readonly int[] _used;

        public SegmentTable(int count)
        {
            _states = new int[count];
            _sequences = new uint[count];
            _used = new int[count];
        }

        public int Count
        {
            get { return _states.Length; }
        }

        public int State(int segment)
        {
            return _states[segment];
        }

        public uint Sequence(int segment)
        {
            return _sequences[segment];
        }

        /// <summary>Bytes from the segment's start that are written (or not to be written again).</summary>
        public int Used(int segment)
        {
            return _used[segment];
        }

        public void SetFree(int segment, bool erased)
        {
            _states[segment] = erased ? Erased : Unknown;
            _sequences[segment] = 0;
            _used[segment] = 0;
        }

        public void SetInUse(int segment, uint sequence, int used)
        {
            _states[segment] = InUse;
            _sequences[segment] = sequence;
            _used[segment] = used;
        }

        public void SetUsed(int segment, int used)
        {
            _used[segment] = used;
        }

        public int FreeCount
        {
            get
            {
                int free = 0;
                for (int i = 0; i < _states.Length; i++)
                {
                    if (_states[i] != InUse)
                    {
                        free++;
                    }
                }

                return free;
            }
        }

        /// <summary>A free segment, preferring one already erased; -1 when none.</summary>
        public int PickFree()
        {
            int unknown = -1;
            for (int i = 0; i < _states.Length; i++)
            {
                if (_states[i] == Erased)
                {
                    return i;
                }

                if (_states[i] == Unknown && unknown < 0)
                {
                    unknown = i;
                }
            }

            return unknown;
        }

        /// <summary>The in-use segment with the lowest sequence other than <paramref name="except"/>; -1 when none.</summary>
        public int Oldest(int except)
        {
            int oldest = -1;
            for (int i = 0; i < _states.Length; i++)
            {
                if (_states[i] == InUse && i != except && (oldest < 0 || _sequences[i] < _sequences[oldest]))
                {
                    oldest = i;
                }
            }

            return oldest;
        }

        /// <summary>The in-use segment with the highest sequence; -1 when none.</summary>
        public int Newest()
        {
            int newest = -1;
            for (int i = 0; i < _states.Length; i++)
            {
                if (_states[i] == InUse && (newest < 0 || _sequences[i] >= _sequences[newest]))
                {
                    newest = i;
                }
            }

            return newest;
        }

        /// <summary>Fills <paramref name="order"/> with the in-use segments, oldest first; returns how many.</summary>
        public int InUseOldestFirst(int[] order)
        {
            int n = 0;
            for (int i = 0; i < _states.Length; i++)
            {
                if (_states[i] != InUse)
                {
                    continue;
                }

                // Insertion sort: a store has a handful of segments.
                int j = n++;
                while (j > 0 && _sequences[order[j - 1]] > _sequences[i])
                {
                    order[j] = order[j - 1];
                    j--;
                }

                order[j] = i;
            }

            return n;
        }
    }
}
