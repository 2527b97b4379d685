using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;

namespace NfApiCheck.Scanning
{
    /// <summary>
    /// Reads the metadata tokens out of a method's IL (call, newobj, ldfld, box, ldtoken, calli, ...).
    /// The operand layout of each opcode comes from System.Reflection.Emit.OpCodes rather than a
    /// hand-written table.
    /// </summary>
    internal static class IlTokens
    {
        private static readonly OpCode?[] OneByte = new OpCode?[256];
        private static readonly OpCode?[] TwoByte = new OpCode?[256];

        static IlTokens()
        {
            foreach (FieldInfo field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                var opCode = (OpCode)field.GetValue(null);
                var value = (ushort)opCode.Value;
                if (opCode.Size == 1)
                {
                    OneByte[value] = opCode;
                }
                else
                {
                    TwoByte[value & 0xFF] = opCode;
                }
            }
        }

        public static List<EntityHandle> Read(BlobReader il)
        {
            var tokens = new List<EntityHandle>();
            while (il.RemainingBytes > 0)
            {
                byte first = il.ReadByte();
                OpCode opCode = (first == 0xFE ? TwoByte[il.ReadByte()] : OneByte[first])
                    ?? throw new BadImageFormatException("unknown IL opcode at offset " + (il.Offset - 1));
                switch (opCode.OperandType)
                {
                    case OperandType.InlineField:
                    case OperandType.InlineMethod:
                    case OperandType.InlineSig:
                    case OperandType.InlineTok:
                    case OperandType.InlineType:
                        tokens.Add(System.Reflection.Metadata.Ecma335.MetadataTokens.EntityHandle(il.ReadInt32()));
                        break;
                    case OperandType.InlineSwitch:
                        int targets = il.ReadInt32(); // read first: "Offset += 4 * ReadInt32()" would use the old Offset
                        il.Offset += 4 * targets;
                        break;
                    default:
                        il.Offset += OperandSize(opCode.OperandType);
                        break;
                }
            }

            return tokens;
        }

        private static int OperandSize(OperandType type)
        {
            switch (type)
            {
                case OperandType.InlineNone:
                    return 0;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    return 1;
                case OperandType.InlineVar:
                    return 2;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    return 8;
                default: // InlineBrTarget, InlineI, ShortInlineR, InlineString
                    return 4;
            }
        }
    }
}
