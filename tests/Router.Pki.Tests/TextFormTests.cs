using nanoFramework.TestFramework;
using Router.Pki.Commands;
using Router.Pki.Der;
using Router.Pki.X509;

namespace Router.Pki.Tests
{
    /// <summary>The text forms the PKI shows and reads: OIDs, dates, serials, addresses.</summary>
    [TestClass]
    public class TextFormTests
    {
        [TestMethod]
        public void FormatsObjectIdentifiersInDottedDecimal()
        {
            Assert.AreEqual("2.5.29.19", Oid.ToText(KnownOids.BasicConstraints, 0, KnownOids.BasicConstraints.Length));
            Assert.AreEqual("1.2.840.113549.1.1.11", Oid.ToText(KnownOids.Sha256WithRsa, 0, KnownOids.Sha256WithRsa.Length));
            Assert.AreEqual("0.9.2342.19200300.100.1.25", Oid.ToText(KnownOids.DomainComponent, 0, KnownOids.DomainComponent.Length));
            byte[] large = Hex.Decode("883703");
            Assert.AreEqual("2.999.3", Oid.ToText(large, 0, large.Length));
        }

        [TestMethod]
        public void ConvertsCivilTimeBothWays()
        {
            Assert.AreEqual(0L, CivilTime.ToSeconds(1970, 1, 1, 0, 0, 0));
            Assert.AreEqual(951782400L, CivilTime.ToSeconds(2000, 2, 29, 0, 0, 0));
            Assert.AreEqual(-631152000L, CivilTime.ToSeconds(1950, 1, 1, 0, 0, 0));
            int year;
            int month;
            int day;
            int hour;
            int minute;
            int second;
            CivilTime.Split(CivilTime.EndOfTime, out year, out month, out day, out hour, out minute, out second);
            Assert.AreEqual(9999, year);
            Assert.AreEqual(12, month);
            Assert.AreEqual(31, day);
            Assert.AreEqual(59, second);
            CivilTime.Split(-1, out year, out month, out day, out hour, out minute, out second);
            Assert.AreEqual(1969, year);
            Assert.AreEqual(23, hour);
            Assert.AreEqual(CivilTime.ToSeconds(2024, 3, 5, 6, 7, 8), CivilTime.FromDateTime(new System.DateTime(2024, 3, 5, 6, 7, 8)));
        }

        [TestMethod]
        public void FormatsDatesAsSeed002Does()
        {
            Assert.AreEqual("2003 Mar 1st, 01:20:42 GMT", DateText.Format(CivilTime.ToSeconds(2003, 3, 1, 1, 20, 42)));
            Assert.AreEqual("2003 Mar 31st, 01:50:42 GMT", DateText.Format(CivilTime.ToSeconds(2003, 3, 31, 1, 50, 42)));
            Assert.AreEqual("2004 Aug 22nd, 07:08:32 GMT", DateText.Format(CivilTime.ToSeconds(2004, 8, 22, 7, 8, 32)));
            Assert.AreEqual("2004 Aug 13th, 00:00:00 GMT", DateText.Format(CivilTime.ToSeconds(2004, 8, 13, 0, 0, 0)));
            Assert.AreEqual("2004 Aug 23rd, 00:00:00 GMT", DateText.Format(CivilTime.ToSeconds(2004, 8, 23, 0, 0, 0)));
        }

        [TestMethod]
        public void FormatsSerialNumbersInDecimalAndHex()
        {
            byte[] serial = Hex.Decode("01547F74");
            Assert.AreEqual("22314868", SerialNumberText.Decimal(serial, 0, serial.Length));
            byte[] padded = Hex.Decode("0080");
            Assert.AreEqual("128 (0x80)", SerialNumberText.Display(padded, 0, padded.Length));
            byte[] negative = Hex.Decode("FF");
            Assert.AreEqual("-1", SerialNumberText.Decimal(negative, 0, 1));
            byte[] twenty = Hex.Decode("7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF");
            Assert.AreEqual("730750818665451459101842416358141509827966271487", SerialNumberText.Decimal(twenty, 0, twenty.Length));
            Assert.AreEqual("7F:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF", SerialNumberText.Display(twenty, 0, twenty.Length));
        }

        [TestMethod]
        public void ReadsAndWritesAddresses()
        {
            byte[] v4 = IpAddressText.Parse("172.30.1.105");
            Assert.AreEqual("172.30.1.105", IpAddressText.Format(v4, 0, v4.Length));
            byte[] v6 = IpAddressText.Parse("2001:DB8:0:0:0:0:0:1");
            Assert.AreEqual("2001:db8::1", IpAddressText.Format(v6, 0, v6.Length));
            byte[] zeros = IpAddressText.Parse("::");
            Assert.AreEqual("::", IpAddressText.Format(zeros, 0, 16));
            byte[] middle = IpAddressText.Parse("fe80::1:0:0:2");
            Assert.AreEqual("fe80::1:0:0:2", IpAddressText.Format(middle, 0, 16));
            Assert.IsNull(IpAddressText.Parse("256.1.1.1"));
            Assert.IsNull(IpAddressText.Parse("1.2.3"));
            Assert.IsNull(IpAddressText.Parse("1::2::3"));
            Assert.IsNull(IpAddressText.Parse("host.example.com"));
        }
    }
}
