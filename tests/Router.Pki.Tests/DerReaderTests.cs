using nanoFramework.TestFramework;
using Router.Core;
using Router.Pki.Der;

namespace Router.Pki.Tests
{
    /// <summary>The DER reader's X.690 rules: definite minimal lengths, bounds, depth, and the canonical forms of each type.</summary>
    [TestClass]
    public class DerReaderTests
    {
        [TestMethod]
        public void ReadsNestedElementsWithinTheirParents()
        {
            // SEQUENCE { INTEGER 5, SEQUENCE { NULL }, OCTET STRING 'AB' }
            byte[] der = new byte[] { 0x30, 0x0B, 0x02, 0x01, 0x05, 0x30, 0x02, 0x05, 0x00, 0x04, 0x02, 0x41, 0x42 };
            DerReader outer = new DerReader(der, 0, der.Length);
            DerReader sequence = outer.Enter(DerTag.Sequence);
            outer.ExpectEnd();
            Assert.AreEqual(5, sequence.ReadSmallInteger(10));
            DerReader inner = sequence.Enter(DerTag.Sequence);
            inner.ReadNull();
            inner.ExpectEnd();
            DerElement octets = sequence.ReadOctetString();
            Assert.AreEqual(11, octets.Offset);
            Assert.AreEqual(2, octets.Length);
            Assert.AreEqual(9, octets.Start);
            sequence.ExpectEnd();
            Assert.AreEqual(1, inner.Depth - outer.Depth - 1);
        }

        [TestMethod]
        public void ReadsLongFormLengths()
        {
            byte[] der = new byte[3 + 200];
            der[0] = 0x04;
            der[1] = 0x81;
            der[2] = 200;
            DerElement element = new DerReader(der, 0, der.Length).ReadOctetString();
            Assert.AreEqual(200, element.Length);
            Assert.AreEqual(3, element.Offset);

            byte[] large = new byte[4 + 300];
            large[0] = 0x04;
            large[1] = 0x82;
            large[2] = 0x01;
            large[3] = 0x2C;
            Assert.AreEqual(300, new DerReader(large, 0, large.Length).ReadOctetString().Length);
        }

        [TestMethod]
        [DataRow("048105 0102030405")]
        [DataRow("04820085")]
        [DataRow("30800000")]
        [DataRow("048401000000")]
        [DataRow("0405 010203")]
        [DataRow("1F2000")]
        [DataRow("04")]
        public void RefusesLengthsAndTagsThatAreNotDer(string hex)
        {
            byte[] der = Hex.Decode(hex);
            Assert.Throws(typeof(MalformedInputException), delegate { new DerReader(der, 0, der.Length).ReadAny(); });
        }

        [TestMethod]
        public void AnElementCannotReachBeyondItsParent()
        {
            // The inner OCTET STRING claims 4 bytes, its SEQUENCE holds only 3; the buffer has more.
            byte[] der = new byte[] { 0x30, 0x03, 0x04, 0x04, 0x01, 0x02, 0x03, 0x04 };
            DerReader sequence = new DerReader(der, 0, der.Length).Enter(DerTag.Sequence);
            Assert.Throws(typeof(MalformedInputException), delegate { sequence.ReadOctetString(); });
        }

        [TestMethod]
        public void RefusesNestingDeeperThanTheLimit()
        {
            int depth = DerReader.MaxDepth + 2;
            byte[] der = new byte[2 * depth];
            for (int i = 0; i < depth; i++)
            {
                der[2 * i] = 0x30;
                der[2 * i + 1] = (byte)(2 * (depth - i - 1));
            }

            DerReader reader = new DerReader(der, 0, der.Length);
            bool refused = false;
            try
            {
                for (int i = 0; i < depth; i++)
                {
                    reader = reader.Enter(DerTag.Sequence);
                }
            }
            catch (MalformedInputException)
            {
                refused = true;
            }

            Assert.IsTrue(refused);
        }

        [TestMethod]
        public void IntegersMustBeMinimal()
        {
            Assert.AreEqual(127, new DerReader(new byte[] { 0x02, 0x01, 0x7F }, 0, 3).ReadSmallInteger(1000));
            Assert.AreEqual(128, new DerReader(new byte[] { 0x02, 0x02, 0x00, 0x80 }, 0, 4).ReadSmallInteger(1000));
            Assert.Throws(typeof(MalformedInputException), delegate { new DerReader(new byte[] { 0x02, 0x02, 0x00, 0x7F }, 0, 4).ReadInteger(); });
            Assert.Throws(typeof(MalformedInputException), delegate { new DerReader(new byte[] { 0x02, 0x02, 0xFF, 0x80 }, 0, 4).ReadInteger(); });
            Assert.Throws(typeof(MalformedInputException), delegate { new DerReader(new byte[] { 0x02, 0x00 }, 0, 2).ReadInteger(); });
            Assert.Throws(typeof(MalformedInputException), delegate { new DerReader(new byte[] { 0x02, 0x01, 0xFF }, 0, 3).ReadSmallInteger(10); });
            Assert.Throws(typeof(MalformedInputException), delegate { new DerReader(new byte[] { 0x02, 0x01, 0x0B }, 0, 3).ReadSmallInteger(10); });
        }

        [TestMethod]
        public void BooleansAreZeroOrAllOnes()
        {
            Assert.IsTrue(new DerReader(new byte[] { 0x01, 0x01, 0xFF }, 0, 3).ReadBoolean());
            Assert.IsFalse(new DerReader(new byte[] { 0x01, 0x01, 0x00 }, 0, 3).ReadBoolean());
            Assert.Throws(typeof(MalformedInputException), delegate { new DerReader(new byte[] { 0x01, 0x01, 0x01 }, 0, 3).ReadBoolean(); });
            Assert.Throws(typeof(MalformedInputException), delegate { new DerReader(new byte[] { 0x01, 0x02, 0xFF, 0xFF }, 0, 4).ReadBoolean(); });
        }

        [TestMethod]
        public void ObjectIdentifiersMustBeMinimalAndComplete()
        {
            DerElement oid = new DerReader(new byte[] { 0x06, 0x03, 0x55, 0x1D, 0x13 }, 0, 5).ReadObjectIdentifier();
            Assert.AreEqual(3, oid.Length);
            Assert.Throws(typeof(MalformedInputException), delegate { new DerReader(new byte[] { 0x06, 0x02, 0x55, 0x80 }, 0, 4).ReadObjectIdentifier(); });
            Assert.Throws(typeof(MalformedInputException), delegate { new DerReader(new byte[] { 0x06, 0x02, 0x80, 0x01 }, 0, 4).ReadObjectIdentifier(); });
            Assert.Throws(typeof(MalformedInputException), delegate { new DerReader(new byte[] { 0x06, 0x00 }, 0, 2).ReadObjectIdentifier(); });
        }

        [TestMethod]
        public void NamedBitListsAreMinimal()
        {
            // digitalSignature + keyEncipherment: bits 0 and 2, five unused bits.
            Assert.AreEqual(0x05, new DerReader(new byte[] { 0x03, 0x02, 0x05, 0xA0 }, 0, 4).ReadNamedBits(9));
            // decipherOnly (bit 8) needs a second octet.
            Assert.AreEqual(0x100, new DerReader(new byte[] { 0x03, 0x03, 0x07, 0x00, 0x80 }, 0, 5).ReadNamedBits(9));
            // Trailing zero bits, and a set unused bit.
            Assert.Throws(typeof(MalformedInputException), delegate { new DerReader(new byte[] { 0x03, 0x02, 0x00, 0xA0 }, 0, 4).ReadNamedBits(9); });
            Assert.Throws(typeof(MalformedInputException), delegate { new DerReader(new byte[] { 0x03, 0x02, 0x05, 0xA1 }, 0, 4).ReadNamedBits(9); });
        }

        [TestMethod]
        public void BitStringsOfKeysAndSignaturesAreWholeOctets()
        {
            DerElement bits = new DerReader(new byte[] { 0x03, 0x03, 0x00, 0xAB, 0xCD }, 0, 5).ReadBitStringOctets();
            Assert.AreEqual(3, bits.Offset);
            Assert.AreEqual(2, bits.Length);
            Assert.Throws(typeof(MalformedInputException), delegate { new DerReader(new byte[] { 0x03, 0x02, 0x04, 0xA0 }, 0, 4).ReadBitStringOctets(); });
        }

        [TestMethod]
        public void ReadsBothTimeFormsOfRfc5280()
        {
            byte[] utc = Ascii(0x17, "491231235959Z");
            Assert.AreEqual(CivilTime.ToSeconds(2049, 12, 31, 23, 59, 59), new DerReader(utc, 0, utc.Length).ReadTime());
            byte[] old = Ascii(0x17, "500101000000Z");
            Assert.AreEqual(CivilTime.ToSeconds(1950, 1, 1, 0, 0, 0), new DerReader(old, 0, old.Length).ReadTime());
            byte[] general = Ascii(0x18, "99991231235959Z");
            Assert.AreEqual(CivilTime.EndOfTime, new DerReader(general, 0, general.Length).ReadTime());
        }

        [TestMethod]
        [DataRow("4912312359Z")]
        [DataRow("491231235959")]
        [DataRow("491231235959+0100")]
        [DataRow("490230000000Z")]
        [DataRow("491231245959Z")]
        [DataRow("4912312359.5Z")]
        public void RefusesOtherTimeForms(string text)
        {
            byte[] der = Ascii(0x17, text);
            Assert.Throws(typeof(MalformedInputException), delegate { new DerReader(der, 0, der.Length).ReadTime(); });
        }

        [TestMethod]
        public void ARefusedSegmentOutsideItsBufferIsAParseError()
        {
            Assert.Throws(typeof(MalformedInputException), delegate { new DerReader(new byte[4], 2, 3); });
        }

        private static byte[] Ascii(int tag, string text)
        {
            byte[] der = new byte[2 + text.Length];
            der[0] = (byte)tag;
            der[1] = (byte)text.Length;
            for (int i = 0; i < text.Length; i++)
            {
                der[2 + i] = (byte)text[i];
            }

            return der;
        }
    }
}
