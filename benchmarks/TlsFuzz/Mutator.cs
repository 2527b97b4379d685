using System;

namespace TlsFuzz
{
    /// <summary>Byte-level mutations of a captured flight or request, and random splits into Feed-sized chunks.</summary>
    internal static class Mutator
    {
        public static readonly string[] Names = { "split-only", "bit-flip", "byte-replace", "truncate", "insert", "duplicate-record", "drop-record", "mixed" };

        public static byte[] Mutate(byte[] input, int kind, Random rng)
        {
            byte[] b = (byte[])input.Clone();
            switch (kind)
            {
                case 0:
                    return b;
                case 1:
                    if (b.Length == 0) return b;
                    for (int i = rng.Next(1, 5); i > 0; i--) b[rng.Next(b.Length)] ^= (byte)(1 << rng.Next(8));
                    return b;
                case 2:
                    if (b.Length == 0) return b;
                    for (int i = rng.Next(1, 4); i > 0; i--) b[rng.Next(b.Length)] = Interesting(rng);
                    return b;
                case 3:
                    return b.AsSpan(0, rng.Next(b.Length + 1)).ToArray();
                case 4:
                {
                    int at = rng.Next(b.Length + 1);
                    byte[] extra = new byte[rng.Next(1, 9)];
                    for (int i = 0; i < extra.Length; i++) extra[i] = Interesting(rng);
                    byte[] r = new byte[b.Length + extra.Length];
                    Array.Copy(b, 0, r, 0, at);
                    Array.Copy(extra, 0, r, at, extra.Length);
                    Array.Copy(b, at, r, at + extra.Length, b.Length - at);
                    return r;
                }
                case 5:
                case 6:
                {
                    int[] starts = RecordStarts(b);
                    if (starts.Length < 2) return Mutate(input, 1, rng);
                    int k = rng.Next(starts.Length - 1);
                    int s = starts[k], e = starts[k + 1];
                    byte[] r = new byte[kind == 5 ? b.Length + (e - s) : b.Length - (e - s)];
                    if (kind == 5)
                    {
                        // The record at s..e appears twice: b[0..e] then b[s..].
                        Array.Copy(b, 0, r, 0, e);
                        Array.Copy(b, s, r, e, b.Length - s);
                    }
                    else
                    {
                        Array.Copy(b, 0, r, 0, s);
                        Array.Copy(b, e, r, s, b.Length - e);
                    }

                    return r;
                }
                default:
                {
                    byte[] r = b;
                    for (int i = rng.Next(2, 4); i > 0; i--) r = Mutate(r, rng.Next(1, 7), rng);
                    return r;
                }
            }
        }

        /// <summary>Offsets where TLS records start (RFC 8446 5.1: 5-byte header, 2-byte length), ending with the end.</summary>
        public static int[] RecordStarts(byte[] b)
        {
            var starts = new System.Collections.Generic.List<int>();
            int at = 0;
            while (at + 5 <= b.Length)
            {
                starts.Add(at);
                at += 5 + ((b[at + 3] << 8) | b[at + 4]);
            }

            starts.Add(Math.Min(at, b.Length));
            return starts.ToArray();
        }

        /// <summary>Chunk lengths covering <paramref name="length"/> bytes: whole, single bytes, or random cuts.</summary>
        public static int[] Splits(int length, Random rng)
        {
            var cuts = new System.Collections.Generic.List<int>();
            int mode = rng.Next(4);
            int left = length;
            while (left > 0)
            {
                int n = mode == 0 ? left : mode == 1 ? 1 : rng.Next(1, Math.Min(left, mode == 2 ? 8 : 600) + 1);
                n = Math.Min(n, left);
                cuts.Add(n);
                left -= n;
            }

            return cuts.ToArray();
        }

        private static byte Interesting(Random rng)
        {
            byte[] values = { 0x00, 0x01, 0x7F, 0x80, 0xFF, 0x16, 0x17, 0x14, 0x15, 0x03, 0x04 };
            return rng.Next(2) == 0 ? values[rng.Next(values.Length)] : (byte)rng.Next(256);
        }
    }
}
