using System.Collections.Generic;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using NfApiCheck.Scanning;
using Xunit;

namespace NfApiCheck.Tests
{
    /// <summary>Operand sizes in hand-made IL, where a mistake cannot resynchronise by luck.</summary>
    public class IlTokensTests
    {
        [Fact]
        public void SkipsSwitchTablesAndFindsTheTokensAroundThem()
        {
            byte[] il =
            {
                0x45, 0x02, 0x00, 0x00, 0x00,  // switch (2 targets)
                0xA6, 0x00, 0x00, 0x00,        // target 1 (0xA6 is not an opcode: misreading it throws)
                0xA6, 0x00, 0x00, 0x00,        // target 2
                0x28, 0x01, 0x00, 0x00, 0x0A,  // call MemberRef 1
                0xFE, 0x15, 0x02, 0x00, 0x00, 0x1B, // initobj TypeSpec 2 (two-byte opcode)
                0x20, 0xA6, 0xA6, 0xA6, 0xA6,  // ldc.i4 (operand looks like opcodes)
                0x2A,                          // ret
            };

            List<EntityHandle> tokens = Read(il);

            Assert.Equal(new EntityHandle[] { MetadataTokens.EntityHandle(0x0A000001), MetadataTokens.EntityHandle(0x1B000002) }, tokens);
        }

        private static unsafe List<EntityHandle> Read(byte[] il)
        {
            fixed (byte* start = il)
            {
                return IlTokens.Read(new BlobReader(start, il.Length));
            }
        }
    }
}
