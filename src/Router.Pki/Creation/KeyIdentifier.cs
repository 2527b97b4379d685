using Router.Enco;
using Router.Pki.X509;

namespace Router.Pki.Creation
{
    /// <summary>
    /// Key identifiers by RFC 5280 4.2.1.2 method (1): the SHA-1 hash of the subjectPublicKey BIT
    /// STRING value (without tag, length and unused-bits octet). SHA-1 serves as a name here, not
    /// for security, which is why the RFC still uses it.
    /// </summary>
    public static class KeyIdentifier
    {
        public static byte[] Of(PublicKeyInfo key)
        {
            byte[] identifier = new byte[20];
            EncoHash.Hash(EncoHashAlgorithm.Sha1, key.Buffer, key.Key.Offset, key.Key.Length, identifier, 0);
            return identifier;
        }
    }
}
