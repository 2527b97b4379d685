using System;
using System.Collections.Generic;
using Router.Core;

namespace Router.Storage.HostTests
{
    /// <summary>One programming operation: where, and the bytes asked for.</summary>
    public sealed record FlashWrite(int Offset, byte[] Data);

    /// <summary>Passes every call to a chip and logs the writes, so a test can tell what a cut interrupted.</summary>
    public sealed class RecordingFlash : IFlash
    {
        private readonly IFlash _inner;

        public RecordingFlash(IFlash inner)
        {
            _inner = inner;
        }

        public List<FlashWrite> Writes { get; } = new List<FlashWrite>();

        public int Size => _inner.Size;

        public int EraseBlockSize => _inner.EraseBlockSize;

        public void Read(int offset, byte[] buffer, int bufferOffset, int count) => _inner.Read(offset, buffer, bufferOffset, count);

        public void Erase(int blockIndex) => _inner.Erase(blockIndex);

        public void Write(int offset, byte[] buffer, int bufferOffset, int count)
        {
            Writes.Add(new FlashWrite(offset, buffer.AsSpan(bufferOffset, count).ToArray()));
            _inner.Write(offset, buffer, bufferOffset, count);
        }
    }
}
