using System;

namespace Router.Enco.Keys
{
    /// <summary>
    /// One ENCO key: number, kind, size, description and its material in RAM. The material array
    /// belongs to the key store; users (the TLS engine, ISAKMP) pass it to the ENCO engine as it
    /// is and never keep or copy it. The store zeroes it when the key is destroyed.
    /// </summary>
    public sealed class EncoKeyEntry
    {
        private readonly int _id;
        private readonly int _kind;
        private readonly int _bits;
        private readonly byte[] _material;
        private string _description;

        internal EncoKeyEntry(int id, int kind, int bits, byte[] material, string description)
        {
            _id = id;
            _kind = kind;
            _bits = bits;
            _material = material;
            _description = description;
        }

        /// <summary>The key number, 0..65535.</summary>
        public int Id
        {
            get { return _id; }
        }

        /// <summary>An <see cref="EncoKeyKind"/> value.</summary>
        public int Kind
        {
            get { return _kind; }
        }

        /// <summary>Key size in bits: RSA modulus, EC curve, symmetric key, general key bytes x 8.</summary>
        public int Bits
        {
            get { return _bits; }
        }

        /// <summary>The description, "" when none.</summary>
        public string Description
        {
            get { return _description; }
        }

        /// <summary>
        /// The secret bytes of a general, DES, 3DES or AES key. Hand them to the engine; never log
        /// them, copy them or keep a reference to them. An RSA or ECDSA key's private blob never
        /// leaves Router.Enco: this refuses it (BadKeyType); sign through <see cref="EncoKeyStore.OpenPrivateKey"/>.
        /// </summary>
        public byte[] Material
        {
            get
            {
                if (EncoKeyKind.IsPrivateKey(_kind))
                {
                    throw new EncoKeyStoreException(EncoKeyStoreError.BadKeyType);
                }

                return _material;
            }
        }

        /// <summary>The material of any kind of key, private blobs included: the store's persistence and OpenPrivateKey only.</summary>
        internal byte[] Bytes
        {
            get { return _material; }
        }

        public int MaterialLength
        {
            get { return _material.Length; }
        }

        internal void SetDescription(string description)
        {
            _description = description;
        }

        /// <summary>Zeroes the material: the key is destroyed.</summary>
        internal void Wipe()
        {
            Array.Clear(_material, 0, _material.Length);
        }
    }
}
