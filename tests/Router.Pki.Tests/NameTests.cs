using nanoFramework.TestFramework;
using Router.Pki.Creation;
using Router.Pki.Der;
using Router.Pki.X509;

namespace Router.Pki.Tests
{
    /// <summary>Distinguished names: the subject= text, the display form of 002, and matching for chaining.</summary>
    [TestClass]
    public class NameTests
    {
        [TestMethod]
        public void EncodesSeed000sSubjectMostSignificantFirst()
        {
            DistinguishedName name = Parse("cn=172.30.1.105, o=my_company, c=us");
            Assert.AreEqual("C=us, O=my_company, CN=172.30.1.105", name.ToText());
            Assert.AreEqual("172.30.1.105", name.CommonName);
            Assert.AreEqual(3, name.RdnCount);
            Assert.AreEqual(DerTag.PrintableString, name.GetAttribute(0).Value.Tag);
            Assert.AreEqual(DerTag.Utf8String, name.GetAttribute(2).Value.Tag);
        }

        [TestMethod]
        public void ReadsQuotesEscapesAndMultiValuedRdns()
        {
            Assert.AreEqual("O=Smith, Jones and Co", Parse("o=\"Smith, Jones and Co\"").ToText());
            Assert.AreEqual("O=a,b+c", Parse("o=a\\,b\\+c").ToText());
            Assert.AreEqual("O=#AB", Parse("o=\\23AB").ToText());
            DistinguishedName multi = Parse("cn=router1+serialNumber=42, o=x");
            Assert.AreEqual(2, multi.RdnCount);
            Assert.AreEqual(3, multi.AttributeCount);
            Assert.AreEqual("emailAddress=admin@example.com, CN=a", Parse("cn=a, e=admin@example.com").ToText());
        }

        [TestMethod]
        [DataRow("cn=a, c=usa", "country must be a two-letter code")]
        [DataRow("cn=a, xx=b", "unknown attribute type \"xx\"")]
        [DataRow("cn", "attribute \"cn\" has no value")]
        [DataRow("cn=\"open", "missing closing quote in subject")]
        [DataRow("cn=a\\q", "bad escape in subject")]
        [DataRow("serialNumber=a_b", "value of SERIALNUMBER has characters it cannot hold")]
        public void RefusesSubjectsThatAreNotNames(string text, string error)
        {
            string message;
            Assert.IsNull(SubjectText.Encode(text, out message));
            Assert.AreEqual(error, message);
        }

        [TestMethod]
        public void MatchesNamesThatDifferInCaseAndSpacesOnly()
        {
            DistinguishedName a = Parse("cn=Company  ABC, o=X, c=FI");
            DistinguishedName b = Parse("cn= company abc , o=x, c=fi");
            DistinguishedName c = Parse("cn=Company ABD, o=X, c=FI");
            DistinguishedName d = Parse("o=X, c=FI");
            Assert.IsTrue(a.Matches(b));
            Assert.IsTrue(b.Matches(a));
            Assert.IsFalse(a.Matches(c));
            Assert.IsFalse(a.Matches(d));
        }

        [TestMethod]
        public void ShowsControlCharactersAsQuestionMarks()
        {
            // CN=a<ESC>[2Jb as a UTF8String: a crafted certificate must not drive the terminal.
            byte[] der = Hex.Decode("300F 310D 300B 0603 550403 0C04 611B5B32");
            Assert.AreEqual("CN=a?[2", DistinguishedName.Parse(der, 0, der.Length).ToText());
        }

        private static DistinguishedName Parse(string text)
        {
            string error;
            byte[] der = SubjectText.Encode(text, out error);
            Assert.IsNotNull(der, error);
            return DistinguishedName.Parse(der, 0, der.Length);
        }
    }
}
