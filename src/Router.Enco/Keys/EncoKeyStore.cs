using System;
using System.Threading;
using Router.Core.Storage;

namespace Router.Enco.Keys
{
    /// <summary>
    /// The ENCO key database: keys by number (0..65535), at most <see cref="MaxKeys"/> of them,
    /// their material in RAM. In system security mode every key is also a file of the flash store
    /// (<see cref="EncoKeyFile"/>), written when the key is created or changed and reloaded at
    /// boot. Out of security mode nothing is on flash; disabling security destroys every key and
    /// wipes the key files, whose bytes the flash store overwrites with zeros.
    /// <para>
    /// Every refusal is an <see cref="EncoKeyStoreException"/> and leaves the store as it was. A
    /// destroyed key's material is zeroed. Safe to call from several threads.
    /// </para>
    /// </summary>
    public sealed partial class EncoKeyStore
    {
        public const int MaxKeyId = 65535;
        public const int MaxDescriptionLength = 63;

        /// <summary>Longest general key (VALUE= text or LENGTH= characters).</summary>
        public const int MaxGeneralLength = 256;

        /// <summary>Characters of a random general key when no LENGTH= is given: about 190 bits.</summary>
        public const int DefaultGeneralLength = 32;

        /// <summary>Largest private key blob: ENCO_KEY_HEADER_SIZE + ENCO_KEY_MAX_DER_SIZE (enco_pk.h).</summary>
        public const int MaxBlobLength = 16 + 4096;

        /// <summary>A sensible limit for the ESP32.</summary>
        public const int DefaultMaxKeys = 16;

        /// <summary>What random general keys are made of: characters that can be typed as VALUE= on the peer router.</summary>
        private const string Alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

        private readonly object _gate = new object();
        private readonly EncoKeyEntry[] _keys;
        private readonly FlashStore _flash;
        private readonly IRandomSource _random;
        private int _count;
        private bool _securityMode;
        private int _unreadableFiles;

        /// <param name="maxKeys">How many keys the store holds at most.</param>
        /// <param name="flash">The mounted flash store for security mode, or null for a store that never persists.</param>
        /// <param name="random">Random bytes for RANDOM keys.</param>
        public EncoKeyStore(int maxKeys, FlashStore flash, IRandomSource random)
        {
            if (maxKeys < 1)
            {
                throw new ArgumentOutOfRangeException("maxKeys");
            }

            if (random == null)
            {
                throw new ArgumentNullException("random");
            }

            _keys = new EncoKeyEntry[maxKeys];
            _flash = flash;
            _random = random;
        }

        public int MaxKeys
        {
            get { return _keys.Length; }
        }

        public int Count
        {
            get
            {
                Monitor.Enter(_gate);
                try
                {
                    return _count;
                }
                finally
                {
                    Monitor.Exit(_gate);
                }
            }
        }

        /// <summary>True while system security is enabled: keys are then kept on flash too.</summary>
        public bool SecurityMode
        {
            get { return _securityMode; }
        }

        /// <summary>Key files the last <see cref="Load"/> skipped: unreadable, duplicate, or beyond <see cref="MaxKeys"/>.</summary>
        public int UnreadableFiles
        {
            get { return _unreadableFiles; }
        }

        /// <summary>Bytes of key material held in RAM, for show enco.</summary>
        public int MaterialBytes
        {
            get
            {
                Monitor.Enter(_gate);
                try
                {
                    int total = 0;
                    for (int i = 0; i < _count; i++)
                    {
                        total += _keys[i].MaterialLength;
                    }

                    return total;
                }
                finally
                {
                    Monitor.Exit(_gate);
                }
            }
        }

        /// <summary>Key <paramref name="index"/> (0 .. Count-1) in ascending key number, or null past the end.</summary>
        public EncoKeyEntry GetAt(int index)
        {
            Monitor.Enter(_gate);
            try
            {
                return index >= 0 && index < _count ? _keys[index] : null;
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>The key with number <paramref name="id"/>, or null.</summary>
        public EncoKeyEntry Find(int id)
        {
            Monitor.Enter(_gate);
            try
            {
                int index = IndexOf(id);
                return index >= 0 ? _keys[index] : null;
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>
        /// create enco key=<paramref name="id"/> type=general|des|3des|aes random [length=...]:
        /// a key of random bytes (a general key of random letters and digits, so it can be typed on
        /// the peer). <paramref name="length"/> 0 means the default; see <see cref="EncoKeyKind.RandomKeyBytes"/>.
        /// </summary>
        public EncoKeyEntry CreateRandom(int id, int kind, int length, string description)
        {
            if (!EncoKeyKind.IsSecretKey(kind))
            {
                throw new EncoKeyStoreException(EncoKeyStoreError.BadKeyType);
            }

            int bytes = EncoKeyKind.RandomKeyBytes(kind, length);
            if (bytes < 0)
            {
                throw new EncoKeyStoreException(EncoKeyStoreError.BadLength);
            }

            Monitor.Enter(_gate);
            try
            {
                CheckNewKey(id, description);
                byte[] material = new byte[bytes];
                if (kind == EncoKeyKind.General)
                {
                    FillAlphanumeric(material);
                }
                else
                {
                    _random.GetBytes(material, 0, bytes);
                }

                return Add(new EncoKeyEntry(id, kind, bytes * 8, material, Normalize(description)));
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>
        /// create enco key=<paramref name="id"/> type=... value=<paramref name="value"/>: a general
        /// key is the text itself (1..256 characters ' '..'~'); a DES, 3DES or AES key is given in
        /// hexadecimal (an optional 0x, then 16, 32/48 or 32/48/64 digits).
        /// </summary>
        public EncoKeyEntry CreateWithValue(int id, int kind, string value, string description)
        {
            if (!EncoKeyKind.IsSecretKey(kind))
            {
                throw new EncoKeyStoreException(EncoKeyStoreError.BadKeyType);
            }

            byte[] material = kind == EncoKeyKind.General ? KeyText.FromText(value) : KeyText.FromHex(value);
            if (material == null || !EncoKeyKind.IsMaterialLengthValid(kind, material.Length))
            {
                if (material != null)
                {
                    Array.Clear(material, 0, material.Length);
                }

                throw new EncoKeyStoreException(EncoKeyStoreError.BadValue);
            }

            Monitor.Enter(_gate);
            try
            {
                CheckNewKey(id, description);
                return Add(new EncoKeyEntry(id, kind, material.Length * 8, material, Normalize(description)));
            }
            catch (EncoKeyStoreException)
            {
                Array.Clear(material, 0, material.Length);
                throw;
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>
        /// create enco key=<paramref name="id"/> type=rsa|ecdsa length=<paramref name="bits"/>: stores the
        /// private key blob the public-key engine generated or imported (copied; the caller should
        /// zero its buffer). RSA: 1024..4096 bits; ECDSA: 256 or 384.
        /// </summary>
        public EncoKeyEntry CreatePrivateKey(int id, int kind, int bits, byte[] blob, int offset, int count, string description)
        {
            if (!EncoKeyKind.IsPrivateKey(kind))
            {
                throw new EncoKeyStoreException(EncoKeyStoreError.BadKeyType);
            }

            bool bitsOk = kind == EncoKeyKind.Rsa ? bits >= 1024 && bits <= 4096 : bits == 256 || bits == 384;
            if (!bitsOk)
            {
                throw new EncoKeyStoreException(EncoKeyStoreError.BadLength);
            }

            if (blob == null || offset < 0 || count < 1 || count > MaxBlobLength || offset > blob.Length - count)
            {
                throw new EncoKeyStoreException(EncoKeyStoreError.BadValue);
            }

            Monitor.Enter(_gate);
            try
            {
                CheckNewKey(id, description);
                byte[] material = new byte[count];
                Array.Copy(blob, offset, material, 0, count);
                return Add(new EncoKeyEntry(id, kind, bits, material, Normalize(description)));
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>destroy enco key=<paramref name="id"/>: wipes its file (in security mode), then zeroes its material.</summary>
        public void Destroy(int id)
        {
            Monitor.Enter(_gate);
            try
            {
                int index = IndexOf(id);
                if (index < 0)
                {
                    throw new EncoKeyStoreException(EncoKeyStoreError.KeyNotFound);
                }

                if (_securityMode && _flash != null)
                {
                    try
                    {
                        _flash.Delete(EncoKeyFile.FileName(id));
                    }
                    catch (StorageException e)
                    {
                        throw new EncoKeyStoreException(EncoKeyStoreError.FlashFailed, e.Error);
                    }
                }

                EncoKeyEntry key = _keys[index];
                RemoveAt(index);
                key.Wipe();
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>set enco key=<paramref name="id"/> description=...; "" or null clears it.</summary>
        public void SetDescription(int id, string description)
        {
            CheckDescription(description);
            Monitor.Enter(_gate);
            try
            {
                int index = IndexOf(id);
                if (index < 0)
                {
                    throw new EncoKeyStoreException(EncoKeyStoreError.KeyNotFound);
                }

                EncoKeyEntry key = _keys[index];
                string old = key.Description;
                key.SetDescription(Normalize(description));
                try
                {
                    Save(key);
                }
                catch (EncoKeyStoreException)
                {
                    key.SetDescription(old);
                    throw;
                }
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        private void CheckNewKey(int id, string description)
        {
            if (id < 0 || id > MaxKeyId)
            {
                throw new EncoKeyStoreException(EncoKeyStoreError.BadKeyId);
            }

            CheckDescription(description);
            if (IndexOf(id) >= 0)
            {
                throw new EncoKeyStoreException(EncoKeyStoreError.KeyExists);
            }

            if (_count == _keys.Length)
            {
                throw new EncoKeyStoreException(EncoKeyStoreError.TooManyKeys);
            }
        }

        private static void CheckDescription(string description)
        {
            if (description == null)
            {
                return;
            }

            if (description.Length > MaxDescriptionLength)
            {
                throw new EncoKeyStoreException(EncoKeyStoreError.BadDescription);
            }

            for (int i = 0; i < description.Length; i++)
            {
                if (description[i] < ' ' || description[i] > '~')
                {
                    throw new EncoKeyStoreException(EncoKeyStoreError.BadDescription);
                }
            }
        }

        private static string Normalize(string description)
        {
            return description == null ? string.Empty : description;
        }

        /// <summary>Saves the new key (security mode), then lists it; a key that cannot be saved is zeroed and refused.</summary>
        private EncoKeyEntry Add(EncoKeyEntry key)
        {
            try
            {
                Save(key);
            }
            catch (EncoKeyStoreException)
            {
                key.Wipe();
                throw;
            }

            Insert(key);
            return key;
        }

        private void DestroyAllInRam()
        {
            for (int i = 0; i < _count; i++)
            {
                _keys[i].Wipe();
                _keys[i] = null;
            }

            _count = 0;
        }

        private void FillAlphanumeric(byte[] material)
        {
            // Rejection sampling: 248 = 4 x 62, so every character is equally likely.
            byte[] pool = new byte[32];
            int filled = 0;
            while (filled < material.Length)
            {
                _random.GetBytes(pool, 0, pool.Length);
                for (int i = 0; i < pool.Length && filled < material.Length; i++)
                {
                    if (pool[i] < 248)
                    {
                        material[filled++] = (byte)Alphanumeric[pool[i] % 62];
                    }
                }
            }

            Array.Clear(pool, 0, pool.Length);
        }

        private int IndexOf(int id)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_keys[i].Id == id)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Keeps the keys in ascending number, for show enco key.</summary>
        private void Insert(EncoKeyEntry key)
        {
            int at = _count;
            while (at > 0 && _keys[at - 1].Id > key.Id)
            {
                at--;
            }

            Array.Copy(_keys, at, _keys, at + 1, _count - at);
            _keys[at] = key;
            _count++;
        }

        private void RemoveAt(int index)
        {
            Array.Copy(_keys, index + 1, _keys, index, _count - index - 1);
            _count--;
            _keys[_count] = null;
        }
    }
}
