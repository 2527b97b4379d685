using System.Threading;
using Router.Pki.Validation;
using Router.Pki.X509;

namespace Router.Pki.Database
{
    /// <summary>
    /// Whether each database certificate passes validation now against the database itself
    /// ("Trusted" / "Not trusted" in show ipsec certificates, seed 002), cached: a status only
    /// changes when the database changes or the clock crosses a date of one of its certificates
    /// or CRLs, so the show commands validate once per such change and not on every display.
    /// </summary>
    public sealed class EntryStatus
    {
        private readonly object _gate = new object();
        private readonly CertificateDatabase _database;
        private readonly ISignatureVerifier _verifier;
        private ChainValidator _validator;
        private int _generation = -1;
        private long _from = long.MaxValue;
        private long _until = long.MinValue;
        private int _epoch;

        public EntryStatus(CertificateDatabase database, ISignatureVerifier verifier)
        {
            _database = database;
            _verifier = verifier;
        }

        /// <summary>The <see cref="ValidationFailure"/> code of the entry's certificate at <paramref name="now"/>.</summary>
        public int Of(CertificateEntry entry, long now)
        {
            Monitor.Enter(_gate);
            try
            {
                TrustSnapshot snapshot = _database.Snapshot;
                if (snapshot.Generation != _generation || now < _from || now >= _until)
                {
                    Refresh(snapshot, now);
                }

                if (entry.StatusEpoch != _epoch)
                {
                    ValidationOptions options = new ValidationOptions(now, ValidationPurpose.Any, null);
                    entry.StatusFailure = _validator.Validate(entry.Certificate, null, 0, options).Failure;
                    entry.StatusEpoch = _epoch;
                }

                return entry.StatusFailure;
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>New validator and time window: [latest date at or before now, earliest date after now).</summary>
        private void Refresh(TrustSnapshot snapshot, long now)
        {
            _epoch++;
            _generation = snapshot.Generation;
            _validator = new ChainValidator(snapshot, _verifier);
            _from = long.MinValue;
            _until = long.MaxValue;
            for (int i = 0; i < snapshot.CertificateCount; i++)
            {
                Certificate certificate = snapshot.GetCertificate(i);
                Widen(certificate.NotBefore, now);
                Widen(certificate.NotAfter + 1, now);
            }

            for (int i = 0; i < snapshot.CrlCount; i++)
            {
                Widen(snapshot.GetCrl(i).ThisUpdate, now);
            }
        }

        private void Widen(long boundary, long now)
        {
            if (boundary <= now)
            {
                _from = boundary > _from ? boundary : _from;
            }
            else
            {
                _until = boundary < _until ? boundary : _until;
            }
        }
    }
}
