using System;
using System.Collections.Generic;
using System.Linq;
using Router.Core.Storage;
using Router.HostBoard;
using Xunit;

namespace Router.Storage.HostTests
{
    /// <summary>
    /// Random writes, overwrites and deletes with power cuts, in one of two modes.
    /// <para>
    /// Boot before each operation: a dry run on a copy of the chip (same image, same fresh
    /// mount, so the same writes) tells how many bytes the operation programs and what each
    /// write is (record, commit word, wipe, segment header, compaction), so every cut lands
    /// inside the operation and is classified.
    /// </para>
    /// <para>
    /// Session: one store runs many operations without a reboot (in-session states: a head
    /// segment opened this session, compaction mid-session), cut after a random number of bytes.
    /// </para>
    /// After each cut the board boots again (sometimes with a second cut during the mount's
    /// repairs) and the store must hold, for the file operated on, its old or its new content,
    /// and for every other file exactly what it held; and no old content may be left readable
    /// anywhere in the image.
    /// </summary>
    public sealed class PowerCutCampaign
    {
        private readonly StoreGeometry _geometry;
        private readonly Random _random;
        private readonly ITestFlash _flash;
        private readonly bool _session;
        private readonly List<byte[]> _history = new List<byte[]>();
        private Dictionary<string, byte[]> _model = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        private int _nextName;

        private readonly RecordingFlash _recorder;
        private FlashStore _store;

        /// <param name="session">False: boot before each operation and cut it at a chosen byte. True: long sessions.</param>
        public PowerCutCampaign(StoreGeometry geometry, ITestFlash flash, int seed, bool session)
        {
            _geometry = geometry;
            _random = new Random(seed);
            _flash = flash;
            _session = session;
            _recorder = new RecordingFlash(flash);
            _store = geometry.Open(_recorder);
            _store.Format();
        }

        public SortedDictionary<string, int> CutsByPhase { get; } = new SortedDictionary<string, int>(StringComparer.Ordinal);

        public int Cuts => CutsByPhase.Values.Sum();

        public int MountCuts { get; private set; }

        public int OldAfterCut { get; private set; }

        public int NewAfterCut { get; private set; }

        public int Completed { get; private set; }

        public int Refused { get; private set; }

        public void Run(int operations)
        {
            for (int i = 0; i < operations; i++)
            {
                Step();
            }
        }

        private void Step()
        {
            Operation op = ChooseOperation();
            Dictionary<string, byte[]> before = _model;
            Dictionary<string, byte[]> after = StoreContents.Copy(before);
            if (op.Data == null)
            {
                after.Remove(op.Name);
            }
            else
            {
                after[op.Name] = op.Data;
                _history.Add(op.Data);
            }

            if (_session)
            {
                SessionStep(op, before, after);
            }
            else
            {
                BootedStep(op, before, after);
            }
        }

        private void BootedStep(Operation op, Dictionary<string, byte[]> before, Dictionary<string, byte[]> after)
        {
            long total;
            List<FlashWrite> writes;
            using (ITestFlash dry = _flash.Clone())
            {
                var recording = new RecordingFlash(dry);
                FlashStore dryStore = _geometry.Open(recording);
                dryStore.Mount();
                recording.Writes.Clear();
                try
                {
                    op.Apply(dryStore);
                }
                catch (StorageException e) when (e.Error == StorageError.DiskFull || e.Error == StorageError.TooManyFiles)
                {
                    Refused++;
                    Assert.Throws<StorageException>(() => op.Apply(Boot()));
                    Verify(Boot(), before, before, op.Name, "refused " + op);
                    return;
                }

                writes = recording.Writes;
                total = writes.Sum(w => (long)w.Data.Length);
            }

            if (total == 0 || _random.Next(8) == 0)
            {
                op.Apply(Boot());
                Completed++;
                Verify(Boot(), before, after, op.Name, "completed " + op);
                return;
            }

            long cut = ChooseCut(writes, total);
            string phase = Classify(writes, cut);
            FlashStore store = Boot();
            _flash.CutPowerAfter(cut);
            Assert.Throws<PowerCutException>(() => op.Apply(store));
            _flash.RestorePower();
            CutsByPhase[phase] = CutsByPhase.GetValueOrDefault(phase) + 1;

            MaybeCutTheRepairMount();
            Verify(Boot(), before, after, op.Name, "cut at byte " + cut + " of " + total + " (" + phase + ") in " + op, true);
        }

        private void SessionStep(Operation op, Dictionary<string, byte[]> before, Dictionary<string, byte[]> after)
        {
            // Mostly within one record's writes; now and then far enough to reach a compaction.
            _recorder.Writes.Clear();
            if (_random.Next(2) == 0)
            {
                int reach = _random.Next(4) == 0 ? 2 * _geometry.BlockSize * _geometry.BlocksPerSegment : _geometry.MaxData + 64;
                _flash.CutPowerAfter(_random.Next(0, reach));
            }

            try
            {
                op.Apply(_store);
            }
            catch (PowerCutException)
            {
                _flash.RestorePower();
                long written = _recorder.Writes.Sum(w => (long)w.Data.Length);
                string phase = Classify(_recorder.Writes, written);
                CutsByPhase[phase] = CutsByPhase.GetValueOrDefault(phase) + 1;
                MaybeCutTheRepairMount();
                _store = Boot();
                Verify(_store, before, after, op.Name, "session cut after " + written + " bytes (" + phase + ") in " + op, true);
                return;
            }
            catch (StorageException e) when (e.Error == StorageError.DiskFull || e.Error == StorageError.TooManyFiles)
            {
                Refused++;
                after = before;
            }

            _flash.RestorePower();
            Completed++;
            StoreContents.AssertEqual(after, StoreContents.ReadAll(_store, _random), "session after " + op);
            _model = after;
            if (_random.Next(10) == 0)
            {
                _store = Boot();
                Verify(_store, after, after, op.Name, "session remount after " + op);
            }
        }

        /// <summary>Half the time, when the mount after a cut has repairs to write, cut it too.</summary>
        private void MaybeCutTheRepairMount()
        {
            long repair;
            using (ITestFlash dry = _flash.Clone())
            {
                long start = dry.BytesWritten;
                _geometry.Open(dry).Mount();
                repair = dry.BytesWritten - start;
            }

            if (repair == 0 || _random.Next(2) == 0)
            {
                return;
            }

            _flash.CutPowerAfter(_random.NextInt64(0, repair));
            Assert.Throws<PowerCutException>(() => _geometry.Open(_flash).Mount());
            _flash.RestorePower();
            MountCuts++;
        }

        private FlashStore Boot()
        {
            FlashStore store = _geometry.Open(_recorder);
            store.Mount();
            return store;
        }

        private void Verify(FlashStore store, Dictionary<string, byte[]> before, Dictionary<string, byte[]> after, string target,
            string context, bool afterCut = false)
        {
            Dictionary<string, byte[]> actual = StoreContents.ReadAll(store, _random);
            foreach (string name in actual.Keys)
            {
                Assert.True(before.ContainsKey(name) || after.ContainsKey(name), context + ": unexpected file " + name);
            }

            foreach (string name in before.Keys.Union(after.Keys))
            {
                before.TryGetValue(name, out byte[] old);
                after.TryGetValue(name, out byte[] updated);
                actual.TryGetValue(name, out byte[] got);
                bool isOld = StoreContents.Same(old, got);
                bool isNew = StoreContents.Same(updated, got);
                if (name != target)
                {
                    Assert.True(isOld, context + ": untouched file " + name + " is " + StoreContents.Describe(got)
                        + ", was " + StoreContents.Describe(old));
                    continue;
                }

                Assert.True(isOld || isNew, context + ": file " + name + " is " + StoreContents.Describe(got)
                    + ", neither the old " + StoreContents.Describe(old) + " nor the new " + StoreContents.Describe(updated));
                if (afterCut && !StoreContents.Same(old, updated))
                {
                    if (isNew)
                    {
                        NewAfterCut++;
                    }
                    else
                    {
                        OldAfterCut++;
                    }
                }
            }

            AssertNoStaleContent(actual, context);
            _model = actual;
        }

        /// <summary>After a mount the image holds the current contents and nothing else readable.</summary>
        private void AssertNoStaleContent(Dictionary<string, byte[]> current, string context)
        {
            HashSet<ulong> windows = StaleContentScanner.WindowsOf(_flash.Snapshot());
            foreach (byte[] content in _history)
            {
                if (current.Values.Any(c => ReferenceEquals(c, content) || StoreContents.Same(c, content)))
                {
                    continue;
                }

                Assert.False(StaleContentScanner.Contains(windows, content),
                    context + ": a superseded or deleted version (" + content.Length + " bytes) is still readable in the flash image");
            }
        }

        /// <summary>
        /// Mostly rewrites of two "hot" files, so the other files sit in old segments and
        /// compaction has live data to copy; some deletes and new files.
        /// </summary>
        private Operation ChooseOperation()
        {
            string[] names = _model.Keys.ToArray();
            int roll = _random.Next(100);
            if (names.Length > 2 && roll < 15)
            {
                return new Operation(names[_random.Next(names.Length)], null);
            }

            string name;
            if (names.Length < _geometry.MaxFiles && (roll < 35 || names.Length < 3))
            {
                name = "file." + (_nextName++ % (_geometry.MaxFiles * 2)).ToString();
            }
            else if (roll < 85)
            {
                name = "file." + _random.Next(2).ToString();
            }
            else
            {
                name = names[_random.Next(names.Length)];
            }

            int length = _random.Next(8) == 0 ? _random.Next(0, 9) : _random.Next(8, _geometry.MaxData + 1);
            byte[] data = new byte[length];
            _random.NextBytes(data);
            return new Operation(name, data);
        }

        /// <summary>
        /// Half the cuts fall on a uniformly chosen byte, half inside a uniformly chosen write, so
        /// the short writes (commit words, segment headers, wipes of the state word) are hit often
        /// and not only the long record bodies.
        /// </summary>
        private long ChooseCut(List<FlashWrite> log, long total)
        {
            if (_random.Next(2) == 0)
            {
                return _random.NextInt64(0, total + 1);
            }

            int pick = _random.Next(log.Count);
            long before = log.Take(pick).Sum(w => (long)w.Data.Length);
            return before + _random.Next(0, log[pick].Data.Length + 1);
        }

        /// <summary>What the write interrupted by a cut at byte <paramref name="cut"/> was doing.</summary>
        private string Classify(List<FlashWrite> log, long cut)
        {
            int segmentSize = _geometry.BlockSize * _geometry.BlocksPerSegment;
            bool compacting = false;
            long end = 0;
            foreach (FlashWrite write in log)
            {
                int inSegment = write.Offset % segmentSize;
                string phase;
                bool zeros = write.Data.All(b => b == 0);
                if (inSegment == 0 && write.Data.Length == 16 && !zeros)
                {
                    compacting = write.Data[5] == 2;
                    phase = compacting ? "compaction: open target" : "open segment";
                }
                else if (inSegment == 0 && zeros)
                {
                    phase = "compaction: retire victim";
                    compacting = false;
                }
                else if (inSegment == 16 && write.Data.Length == 4 && compacting)
                {
                    phase = "compaction: completion word";
                }
                else if (compacting)
                {
                    phase = "compaction: copy";
                }
                else if (write.Data.SequenceEqual(new byte[] { 0x43, 0x4F, 0x4D, 0x54 }))
                {
                    phase = "commit word";
                }
                else if (zeros || write.Data.SequenceEqual(new byte[] { 0, 0, 0, 0x54 }))
                {
                    phase = "wipe (old version or delete)";
                }
                else
                {
                    phase = "record header/body";
                }

                end += write.Data.Length;
                if (cut <= end)
                {
                    return phase;
                }
            }

            return "after the last write";
        }

        private sealed record Operation(string Name, byte[] Data)
        {
            public void Apply(FlashStore store)
            {
                if (Data == null)
                {
                    store.Delete(Name);
                }
                else
                {
                    store.Write(Name, Data, 0, Data.Length);
                }
            }

            public override string ToString() =>
                Data == null ? "delete " + Name : "write " + Name + " (" + Data.Length + " bytes)";
        }
    }
}
