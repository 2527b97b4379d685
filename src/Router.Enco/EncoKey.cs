using System;

namespace Router.Enco
{
    /// <summary>
    /// A private key of the ENCO engine: an opaque key blob (layout in native-interop/enco/include/
    /// enco_pk.h) held in a managed byte[], which every operation hands to the engine to parse on
    /// its stack. Nothing native outlives a call, so a key needs no native handle and cannot leak
    /// one: nanoFramework has no finalizers, and a handle table would leak a slot for every key
    /// that is dropped without Dispose. Parsing per call costs little next to the operation itself
    /// (measured: native-interop/enco/README.md, "Key blobs").
    /// <para>
    /// Dispose wipes the blob. A key that is dropped without Dispose leaves its bytes in the managed
    /// heap until the collector reuses the memory: dispose keys when done (the key store does).
    /// The blob is never printed; <see cref="CopyBlobTo"/> and <see cref="ExportPrivate"/> are for
    /// the key store's persistence only (DESIGN rule 6), hence internal.
    /// </para>
    /// </summary>
    public sealed class EncoKey : IDisposable
    {
        /// <summary>Bytes of the blob header (ENCO_KEY_HEADER_SIZE).</summary>
        public const int HeaderSize = 16;

        private readonly byte[] _blob;
        private readonly int _type;
        private readonly int _parameter;
        private bool _disposed;

        private EncoKey(byte[] blob)
        {
            _blob = blob;
            _type = blob[4];
            _parameter = (blob[8] << 24) | (blob[9] << 16) | (blob[10] << 8) | blob[11];
        }

        /// <summary>An <see cref="EncoKeyType"/> value.</summary>
        public int Type
        {
            get { return _type; }
        }

        /// <summary>RSA modulus bits, EC 256 or 384, X25519 255, or the DH group number.</summary>
        public int Parameter
        {
            get { return _parameter; }
        }

        /// <summary>Bytes of the blob (what the key store persists).</summary>
        public int BlobLength
        {
            get { return _blob.Length; }
        }

        /// <summary>
        /// Generates a key. RSA takes seconds on the host and much longer on the ESP32: run it off
        /// any protocol path (the CLI's `create enco key` does).
        /// </summary>
        public static EncoKey Generate(int type, int parameter)
        {
            byte[] room = new byte[BlobSize(type, parameter)];
            int used = EncoNative.KeyGenerate(type, parameter, room, 0, room.Length);
            return FromProduced(room, used);
        }

        /// <summary>
        /// Imports a private key in an <see cref="EncoKeyFormat"/> private format
        /// (<paramref name="parameter"/>: the DH group for <see cref="EncoKeyType.Dh"/>, else 0).
        /// </summary>
        public static EncoKey Import(int type, int parameter, int format, byte[] data, int offset, int count)
        {
            BufferSegment.CheckInput(data, offset, count);
            byte[] room = new byte[HeaderSize + EncoKeyFormat.MaxDerSize];
            int used = EncoNative.KeyImport(type, parameter, format, data, offset, count, room, 0, room.Length);
            return FromProduced(room, used);
        }

        /// <summary>A key from a blob the key store persisted; the engine parses and checks it first.</summary>
        public static EncoKey FromBlob(byte[] blob, int offset, int count)
        {
            BufferSegment.CheckInput(blob, offset, count);
            byte[] copy = new byte[count];
            Array.Copy(blob, offset, copy, 0, count);
            int used = EncoNative.KeyCheck(copy, 0, count);
            if (used != count)
            {
                Array.Clear(copy, 0, count);
                EncoException.ThrowIfFailed(used < 0 ? used : EncoStatus.KeyFormat);
            }

            return new EncoKey(copy);
        }

        /// <summary>Blob bytes a generated key of this type and parameter needs.</summary>
        public static int BlobSize(int type, int parameter)
        {
            int size = EncoNative.KeyBlobSize(type, parameter);
            if (size < 0)
            {
                throw new EncoException(size);
            }

            return size;
        }

        /// <summary>
        /// Writes the public key in <paramref name="format"/> (<see cref="EncoKeyFormat.PublicRaw"/> or
        /// <see cref="EncoKeyFormat.PublicSpki"/>) at <paramref name="offset"/>; returns its length.
        /// </summary>
        public int ExportPublic(int format, byte[] output, int offset)
        {
            if (format != EncoKeyFormat.PublicRaw && format != EncoKeyFormat.PublicSpki)
            {
                throw new EncoException(EncoStatus.Unsupported);
            }

            return Export(format, output, offset);
        }

        /// <summary>PKCS#1 or PKCS#8 DER of the private key, for the key store's persistence only.</summary>
        internal int ExportPrivate(int format, byte[] output, int offset)
        {
            if (format != EncoKeyFormat.PrivatePkcs1 && format != EncoKeyFormat.PrivatePkcs8)
            {
                throw new EncoException(EncoStatus.Unsupported);
            }

            return Export(format, output, offset);
        }

        /// <summary>Copies the blob for the key store's persistence; returns its length.</summary>
        internal int CopyBlobTo(byte[] destination, int offset)
        {
            BufferSegment.CheckOutput(destination, offset, _blob.Length);
            Array.Copy(Blob, 0, destination, offset, _blob.Length);
            return _blob.Length;
        }

        /// <summary>The blob, for the operations of this assembly; refused once disposed.</summary>
        internal byte[] Blob
        {
            get
            {
                if (_disposed)
                {
                    throw new EncoException(EncoStatus.KeyFormat);
                }

                return _blob;
            }
        }

        /// <summary>Wipes the key; any later use is refused with <see cref="EncoStatus.KeyFormat"/>.</summary>
        public void Dispose()
        {
            Array.Clear(_blob, 0, _blob.Length);
            _disposed = true;
        }

        private int Export(int format, byte[] output, int offset)
        {
            BufferSegment.CheckOutput(output, offset, 0);
            byte[] blob = Blob;
            int written = EncoNative.KeyExport(blob, 0, blob.Length, format, output, offset, output.Length - offset);
            if (written < 0)
            {
                throw new EncoException(written);
            }

            return written;
        }

        /// <summary>Keeps the produced blob, trimmed to its length (generation and import only, not per operation).</summary>
        private static EncoKey FromProduced(byte[] room, int used)
        {
            if (used < 0)
            {
                throw new EncoException(used);
            }

            if (used == room.Length)
            {
                return new EncoKey(room);
            }

            byte[] blob = new byte[used];
            Array.Copy(room, 0, blob, 0, used);
            Array.Clear(room, 0, room.Length);
            return new EncoKey(blob);
        }
    }
}
