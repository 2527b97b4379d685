using System;
using Xunit;
using DotNetSha256 = System.Security.Cryptography.SHA256;

namespace Router.Enco.HostTests
{
    /// <summary>
    /// The ENCO engine against .NET's SHA-256 on thousands of random messages, offsets and splits.
    /// Seeds are fixed so a failure reproduces.
    /// </summary>
    public class Sha256DifferentialTests
    {
        [Fact]
        public void OneShotMatchesDotNetOnRandomMessagesAndOffsets()
        {
            Random random = new Random(1804);
            byte[] buffer = new byte[4096 + 64];
            byte[] output = new byte[Sha256.HashSize + 16];

            for (int i = 0; i < 3000; i++)
            {
                int length = i < 300 ? i : random.Next(0, 4097);
                int offset = random.Next(0, 64);
                int outputOffset = random.Next(0, 17);
                random.NextBytes(buffer);

                Sha256.Hash(buffer, offset, length, output, outputOffset);

                byte[] expected = DotNetSha256.HashData(buffer.AsSpan(offset, length));
                Assert.Equal(expected, output.AsSpan(outputOffset, Sha256.HashSize).ToArray());
            }
        }

        [Fact]
        public void IncrementalMatchesDotNetOnRandomSplits()
        {
            Random random = new Random(256);
            byte[] message = new byte[3000];
            byte[] actual = new byte[Sha256.HashSize];
            using Sha256 sha = new Sha256();

            for (int i = 0; i < 1500; i++)
            {
                int length = random.Next(0, message.Length + 1);
                random.NextBytes(message);

                int done = 0;
                while (done < length)
                {
                    // Mostly small pieces, sometimes large ones, sometimes empty ones.
                    int piece = Math.Min(length - done, random.Next(0, 4) == 0 ? random.Next(0, 700) : random.Next(0, 70));
                    sha.Update(message, done, piece);
                    done += piece;
                }

                sha.Finish(actual, 0);
                Assert.Equal(DotNetSha256.HashData(message.AsSpan(0, length)), actual);
            }
        }

        [Fact]
        public void ForkedStreamsMatchDotNet()
        {
            Random random = new Random(8446);
            byte[] message = new byte[2000];
            byte[] actual = new byte[Sha256.HashSize];
            using Sha256 transcript = new Sha256();
            using Sha256 snapshot = new Sha256();

            for (int i = 0; i < 500; i++)
            {
                random.NextBytes(message);
                int fork = random.Next(0, message.Length + 1);
                int end = random.Next(fork, message.Length + 1);

                transcript.Update(message, 0, fork);
                transcript.CopyTo(snapshot);
                transcript.Update(message, fork, end - fork);

                snapshot.Finish(actual, 0);
                Assert.Equal(DotNetSha256.HashData(message.AsSpan(0, fork)), actual);
                transcript.Finish(actual, 0);
                Assert.Equal(DotNetSha256.HashData(message.AsSpan(0, end)), actual);
            }
        }
    }
}
