using System.Collections;
using System.Threading;
using Router.Core;
using Router.Pki.Der;
using Router.Pki.X509;

namespace Router.Pki.Database
{
    /// <summary>
    /// The router's certificates and CRLs: named entries with database IDs, trust flags and
    /// reference counts, bounded by <see cref="DatabaseLimits"/> and persisted record by record
    /// through an <see cref="ICertificateStorage"/> (each change is written first, and RAM
    /// follows only when storage took it). Validation reads an immutable
    /// <see cref="Snapshot"/>; changes are serialised with a Monitor. Names are compared
    /// without regard to case. Private keys are never here: they stay in the ENCO key store.
    /// </summary>
    public sealed class CertificateDatabase
    {
        private const int MaxId = 65535;

        private readonly object _gate = new object();
        private readonly DatabaseLimits _limits;
        private readonly ICertificateStorage _storage;
        private readonly ArrayList _certificates = new ArrayList();
        private readonly ArrayList _crls = new ArrayList();
        private int _usedBytes;
        private int _generation;
        private int _loadFailures;
        private string _lastStorageError = string.Empty;
        private TrustSnapshot _snapshot;

        public CertificateDatabase(DatabaseLimits limits, ICertificateStorage storage)
        {
            _limits = limits;
            _storage = storage;
            _snapshot = new TrustSnapshot(new Certificate[0], new bool[0], new CertificateRevocationList[0], 0);
        }

        public DatabaseLimits Limits
        {
            get { return _limits; }
        }

        /// <summary>The active certificates and CRLs now, for validation.</summary>
        public TrustSnapshot Snapshot
        {
            get { return _snapshot; }
        }

        /// <summary>Counts every change (add, delete, trust), so views can tell when to refresh.</summary>
        public int Generation
        {
            get { return _generation; }
        }

        /// <summary>DER bytes held, deleted-but-referenced entries included.</summary>
        public int UsedBytes
        {
            get { return _usedBytes; }
        }

        /// <summary>Records that <see cref="Load"/> skipped: unreadable, malformed, or beyond the limits.</summary>
        public int LoadFailures
        {
            get { return _loadFailures; }
        }

        /// <summary>The storage's message for the last <see cref="DatabaseResult.StorageFailed"/>.</summary>
        public string LastStorageError
        {
            get { return _lastStorageError; }
        }

        /// <summary>Entries held: certificates (pending deletes included) and CRLs ("Total entries" of 002).</summary>
        public int TotalEntries
        {
            get { return _certificates.Count + _crls.Count; }
        }

        /// <summary>Entries not marked deleted ("Active entries").</summary>
        public int ActiveEntries
        {
            get
            {
                int active = _crls.Count;
                for (int i = 0; i < _certificates.Count; i++)
                {
                    if (!((CertificateEntry)_certificates[i]).IsDeleted)
                    {
                        active++;
                    }
                }

                return active;
            }
        }

        /// <summary>Trusted certificates, which never leave on their own ("Locked entries").</summary>
        public int LockedEntries
        {
            get
            {
                int locked = 0;
                for (int i = 0; i < _certificates.Count; i++)
                {
                    CertificateEntry entry = (CertificateEntry)_certificates[i];
                    if (entry.Trusted && !entry.IsDeleted)
                    {
                        locked++;
                    }
                }

                return locked;
            }
        }

        /// <summary>Certificate entries held, pending deletes included; see <see cref="GetCertificate"/>.</summary>
        public int CertificateCount
        {
            get { return _certificates.Count; }
        }

        /// <summary>Entry <paramref name="index"/>, or null when a change on another thread has just removed it.</summary>
        public CertificateEntry GetCertificate(int index)
        {
            Monitor.Enter(_gate);
            try
            {
                return index >= 0 && index < _certificates.Count ? (CertificateEntry)_certificates[index] : null;
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        public int CrlCount
        {
            get { return _crls.Count; }
        }

        /// <summary>CRL <paramref name="index"/>, or null when a change on another thread has just removed it.</summary>
        public CrlEntry GetCrl(int index)
        {
            Monitor.Enter(_gate);
            try
            {
                return index >= 0 && index < _crls.Count ? (CrlEntry)_crls[index] : null;
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>
        /// Reads every record from storage (at boot). Records that cannot be read or parsed, or
        /// that exceed the limits, are skipped and counted in <see cref="LoadFailures"/>.
        /// Returns the number of entries loaded.
        /// </summary>
        public int Load()
        {
            Monitor.Enter(_gate);
            try
            {
                _certificates.Clear();
                _crls.Clear();
                _usedBytes = 0;
                _loadFailures = 0;
                int[] ids = _storage.List();
                for (int i = 0; i < ids.Length; i++)
                {
                    if (!LoadRecord(ids[i]))
                    {
                        _loadFailures++;
                    }
                }

                Changed();
                return TotalEntries;
            }
            catch (CertificateStorageException e)
            {
                _lastStorageError = e.Message;
                Changed();
                return TotalEntries;
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>Adds a certificate under a new name; one of <see cref="DatabaseResult"/>.</summary>
        public int AddCertificate(string name, Certificate certificate, bool trusted)
        {
            Monitor.Enter(_gate);
            try
            {
                int refusal = CheckNewEntry(name, certificate.Der.Length, FindCertificateLocked(name) != null);
                if (refusal != DatabaseResult.Ok)
                {
                    return refusal;
                }

                if (FindSameCertificateLocked(certificate) != null)
                {
                    return DatabaseResult.Duplicate;
                }

                int id = NextId();
                if (!Store(StoredRecord.KindCertificate, id, trusted, name, certificate.Der))
                {
                    return DatabaseResult.StorageFailed;
                }

                _certificates.Add(new CertificateEntry(id, name, certificate, trusted));
                _usedBytes += certificate.Der.Length;
                Changed();
                return DatabaseResult.Ok;
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>Adds a CRL under a new name; one of <see cref="DatabaseResult"/>.</summary>
        public int AddCrl(string name, CertificateRevocationList crl)
        {
            Monitor.Enter(_gate);
            try
            {
                int refusal = CheckNewEntry(name, crl.Der.Length, FindCrlLocked(name) != null);
                if (refusal != DatabaseResult.Ok)
                {
                    return refusal;
                }

                for (int i = 0; i < _crls.Count; i++)
                {
                    byte[] der = ((CrlEntry)_crls[i]).Crl.Der;
                    if (Bytes.Equal(der, 0, der.Length, crl.Der, 0, crl.Der.Length))
                    {
                        return DatabaseResult.Duplicate;
                    }
                }

                int id = NextId();
                if (!Store(StoredRecord.KindCrl, id, false, name, crl.Der))
                {
                    return DatabaseResult.StorageFailed;
                }

                _crls.Add(new CrlEntry(id, name, crl));
                _usedBytes += crl.Der.Length;
                Changed();
                return DatabaseResult.Ok;
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>Makes a certificate a trust anchor or not.</summary>
        public int SetTrusted(string name, bool trusted)
        {
            Monitor.Enter(_gate);
            try
            {
                CertificateEntry entry = FindCertificateLocked(name);
                if (entry == null)
                {
                    return DatabaseResult.NotFound;
                }

                if (entry.Trusted == trusted)
                {
                    return DatabaseResult.Ok;
                }

                if (!Store(StoredRecord.KindCertificate, entry.Id, trusted, entry.Name, entry.Certificate.Der))
                {
                    return DatabaseResult.StorageFailed;
                }

                entry.Trusted = trusted;
                Changed();
                return DatabaseResult.Ok;
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>
        /// Deletes a certificate: from storage at once, and from RAM at once unless it is
        /// referenced (<see cref="DatabaseResult.DeletePending"/>: it leaves with its last reference).
        /// </summary>
        public int DeleteCertificate(string name)
        {
            Monitor.Enter(_gate);
            try
            {
                CertificateEntry entry = FindCertificateLocked(name);
                if (entry == null)
                {
                    return DatabaseResult.NotFound;
                }

                if (!Remove(entry.Id))
                {
                    return DatabaseResult.StorageFailed;
                }

                entry.IsDeleted = true;
                if (entry.References == 0)
                {
                    Drop(entry);
                }

                Changed();
                return entry.References == 0 ? DatabaseResult.Ok : DatabaseResult.DeletePending;
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        public int DeleteCrl(string name)
        {
            Monitor.Enter(_gate);
            try
            {
                CrlEntry entry = FindCrlLocked(name);
                if (entry == null)
                {
                    return DatabaseResult.NotFound;
                }

                if (!Remove(entry.Id))
                {
                    return DatabaseResult.StorageFailed;
                }

                _crls.Remove(entry);
                _usedBytes -= entry.Crl.Der.Length;
                Changed();
                return DatabaseResult.Ok;
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>The active certificate with that name (any case), or null.</summary>
        public CertificateEntry FindCertificate(string name)
        {
            Monitor.Enter(_gate);
            try
            {
                return FindCertificateLocked(name);
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        public CrlEntry FindCrl(string name)
        {
            Monitor.Enter(_gate);
            try
            {
                return FindCrlLocked(name);
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>The active entry holding the same certificate (same DER), or null.</summary>
        public CertificateEntry FindSameCertificate(Certificate certificate)
        {
            Monitor.Enter(_gate);
            try
            {
                return FindSameCertificateLocked(certificate);
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>
        /// The first active certificate whose public key is <paramref name="key"/> (a key's own
        /// certificate: the HTTPS server finds the certificate of ENCO key N this way).
        /// </summary>
        public CertificateEntry FindByPublicKey(PublicKeyInfo key)
        {
            Monitor.Enter(_gate);
            try
            {
                for (int i = 0; i < _certificates.Count; i++)
                {
                    CertificateEntry entry = (CertificateEntry)_certificates[i];
                    if (!entry.IsDeleted && entry.Certificate.PublicKey.SameKeyAs(key))
                    {
                        return entry;
                    }
                }

                return null;
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>Counts a user of the entry ("References" in 002).</summary>
        public void AddReference(CertificateEntry entry)
        {
            Monitor.Enter(_gate);
            try
            {
                entry.References = entry.References + 1;
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>Ends a use; the last one of a deleted entry removes it.</summary>
        public void ReleaseReference(CertificateEntry entry)
        {
            Monitor.Enter(_gate);
            try
            {
                if (entry.References > 0)
                {
                    entry.References = entry.References - 1;
                }

                if (entry.References == 0 && entry.IsDeleted && _certificates.Contains(entry))
                {
                    Drop(entry);
                    Changed();
                }
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>Whether a name can name an entry: 1..32 characters '!'..'~'.</summary>
        public static bool IsValidName(string name)
        {
            if (name == null || name.Length < 1 || name.Length > StoredRecord.MaxNameLength)
            {
                return false;
            }

            for (int i = 0; i < name.Length; i++)
            {
                if (name[i] <= ' ' || name[i] > '~')
                {
                    return false;
                }
            }

            return true;
        }

        private bool LoadRecord(int id)
        {
            byte[] data = _storage.Read(id);
            if (data == null)
            {
                return false;
            }

            try
            {
                StoredRecord record = StoredRecord.Decode(data);
                if (record.Id != id || !IsValidName(record.Name) || TotalEntries >= _limits.MaxEntries
                    || _usedBytes + record.Der.Length > _limits.MaxBytes)
                {
                    return false;
                }

                if (record.Kind == StoredRecord.KindCertificate)
                {
                    if (FindCertificateLocked(record.Name) != null)
                    {
                        return false;
                    }

                    Certificate certificate = Certificate.Parse(record.Der, 0, record.Der.Length);
                    _certificates.Add(new CertificateEntry(id, record.Name, certificate, record.Trusted));
                }
                else
                {
                    if (FindCrlLocked(record.Name) != null)
                    {
                        return false;
                    }

                    CertificateRevocationList crl = CertificateRevocationList.Parse(record.Der, 0, record.Der.Length);
                    _crls.Add(new CrlEntry(id, record.Name, crl));
                }

                _usedBytes += record.Der.Length;
                return true;
            }
            catch (MalformedInputException)
            {
                return false;
            }
        }

        private int CheckNewEntry(string name, int bytes, bool nameTaken)
        {
            if (!IsValidName(name))
            {
                return DatabaseResult.InvalidName;
            }

            if (nameTaken)
            {
                return DatabaseResult.NameExists;
            }

            if (TotalEntries >= _limits.MaxEntries)
            {
                return DatabaseResult.TooManyEntries;
            }

            return _usedBytes + bytes > _limits.MaxBytes ? DatabaseResult.TooManyBytes : DatabaseResult.Ok;
        }

        private bool Store(int kind, int id, bool trusted, string name, byte[] der)
        {
            try
            {
                byte[] record = StoredRecord.Encode(kind, id, trusted, name, der);
                _storage.Write(id, record, 0, record.Length);
                return true;
            }
            catch (CertificateStorageException e)
            {
                _lastStorageError = e.Message;
                return false;
            }
        }

        private bool Remove(int id)
        {
            try
            {
                _storage.Delete(id);
                return true;
            }
            catch (CertificateStorageException e)
            {
                _lastStorageError = e.Message;
                return false;
            }
        }

        private void Drop(CertificateEntry entry)
        {
            _certificates.Remove(entry);
            _usedBytes -= entry.Certificate.Der.Length;
        }

        private CertificateEntry FindCertificateLocked(string name)
        {
            if (name == null)
            {
                return null;
            }

            string lower = name.ToLower();
            for (int i = 0; i < _certificates.Count; i++)
            {
                CertificateEntry entry = (CertificateEntry)_certificates[i];
                if (!entry.IsDeleted && entry.Name.ToLower() == lower)
                {
                    return entry;
                }
            }

            return null;
        }

        private CrlEntry FindCrlLocked(string name)
        {
            if (name == null)
            {
                return null;
            }

            string lower = name.ToLower();
            for (int i = 0; i < _crls.Count; i++)
            {
                CrlEntry entry = (CrlEntry)_crls[i];
                if (entry.Name.ToLower() == lower)
                {
                    return entry;
                }
            }

            return null;
        }

        private CertificateEntry FindSameCertificateLocked(Certificate certificate)
        {
            for (int i = 0; i < _certificates.Count; i++)
            {
                CertificateEntry entry = (CertificateEntry)_certificates[i];
                if (!entry.IsDeleted && entry.Certificate.SameAs(certificate))
                {
                    return entry;
                }
            }

            return null;
        }

        /// <summary>One more than the highest ID in use, or the lowest free one after wrapping.</summary>
        private int NextId()
        {
            int highest = 0;
            for (int i = 0; i < _certificates.Count; i++)
            {
                int id = ((CertificateEntry)_certificates[i]).Id;
                highest = id > highest ? id : highest;
            }

            for (int i = 0; i < _crls.Count; i++)
            {
                int id = ((CrlEntry)_crls[i]).Id;
                highest = id > highest ? id : highest;
            }

            if (highest < MaxId)
            {
                return highest + 1;
            }

            for (int candidate = 1; candidate <= MaxId; candidate++)
            {
                if (!IsIdUsed(candidate))
                {
                    return candidate;
                }
            }

            return 0;
        }

        private bool IsIdUsed(int id)
        {
            for (int i = 0; i < _certificates.Count; i++)
            {
                if (((CertificateEntry)_certificates[i]).Id == id)
                {
                    return true;
                }
            }

            for (int i = 0; i < _crls.Count; i++)
            {
                if (((CrlEntry)_crls[i]).Id == id)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Counts the change and publishes a new snapshot of the active entries.</summary>
        private void Changed()
        {
            _generation++;
            int active = 0;
            for (int i = 0; i < _certificates.Count; i++)
            {
                if (!((CertificateEntry)_certificates[i]).IsDeleted)
                {
                    active++;
                }
            }

            Certificate[] certificates = new Certificate[active];
            bool[] trusted = new bool[active];
            int n = 0;
            for (int i = 0; i < _certificates.Count; i++)
            {
                CertificateEntry entry = (CertificateEntry)_certificates[i];
                if (!entry.IsDeleted)
                {
                    certificates[n] = entry.Certificate;
                    trusted[n] = entry.Trusted;
                    n++;
                }
            }

            CertificateRevocationList[] crls = new CertificateRevocationList[_crls.Count];
            for (int i = 0; i < _crls.Count; i++)
            {
                crls[i] = ((CrlEntry)_crls[i]).Crl;
            }

            _snapshot = new TrustSnapshot(certificates, trusted, crls, _generation);
        }
    }
}
