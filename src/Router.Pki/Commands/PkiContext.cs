using Router.Core;
using Router.Pki.Database;
using Router.Pki.Der;
using Router.Pki.Engine;
using Router.Pki.Validation;

namespace Router.Pki.Commands
{
    /// <summary>What the PKI commands work with, built once at boot by the composition root.</summary>
    public sealed class PkiContext
    {
        public readonly CertificateDatabase Database;
        public readonly IPkiFiles Files;
        public readonly ISigningKeys Keys;
        public readonly ISignatureVerifier Verifier;
        public readonly IClock Clock;
        public readonly ISystemIdentity Identity;
        public readonly EntryStatus Status;

        /// <param name="keys">The ENCO keys to sign with (EncoSigningKeys), or null on a board without a key store.</param>
        /// <param name="identity">The system distinguished name, or null.</param>
        public PkiContext(CertificateDatabase database, IPkiFiles files, ISigningKeys keys, ISignatureVerifier verifier,
            IClock clock, ISystemIdentity identity)
        {
            Database = database;
            Files = files;
            Keys = keys;
            Verifier = verifier;
            Clock = clock;
            Identity = identity;
            Status = new EntryStatus(database, verifier);
        }

        /// <summary>The device's time, seconds since 1970 UTC.</summary>
        public long Now
        {
            get { return CivilTime.FromDateTime(Clock.UtcNow); }
        }

        /// <summary>Writes the error for a refused database change and returns CommandResult.Error.</summary>
        public int ReportDatabaseRefusal(Router.Cli.ICommandOutput output, int result, string kind, string name)
        {
            switch (result)
            {
                case DatabaseResult.NameExists:
                    return PkiMessages.Error(output, PkiMessages.NameExists, kind + " \"" + name + "\" already exists.");
                case DatabaseResult.NotFound:
                    return PkiMessages.Error(output, PkiMessages.NotFound, kind + " \"" + name + "\" does not exist.");
                case DatabaseResult.TooManyEntries:
                    return PkiMessages.Error(output, PkiMessages.TooManyEntries,
                        "The PKI database is full (" + Database.Limits.MaxEntries.ToString() + " entries).");
                case DatabaseResult.TooManyBytes:
                    return PkiMessages.Error(output, PkiMessages.TooManyBytes,
                        "The PKI database is full (" + Database.Limits.MaxBytes.ToString() + " bytes of certificates and CRLs).");
                case DatabaseResult.InvalidName:
                    return PkiMessages.Error(output, PkiMessages.InvalidName, "Name \"" + name + "\" is not valid (1-32 characters, no spaces).");
                case DatabaseResult.StorageFailed:
                    return PkiMessages.Error(output, PkiMessages.FlashStorage, "Flash storage: " + Database.LastStorageError + ".");
                default:
                    return PkiMessages.Error(output, PkiMessages.Duplicate, "This " + kind.ToLower() + " is already in the database.");
            }
        }
    }
}
