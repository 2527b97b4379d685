using System;
using System.Collections.Generic;
using Router.Cli;
using Router.Core;
using Router.Core.Storage;
using Router.Enco;
using Router.Pki.Commands;
using Router.Pki.Database;
using Router.Pki.Engine;

namespace Router.Pki.HostTests
{
    /// <summary>
    /// The PKI commands as the router wires them: the command catalog with PkiCommands attached,
    /// the certificate database on a flash store on RAM flash, ENCO keys 0 (RSA-2048) and 1
    /// (P-256), a clock the test sets. <see cref="Restart"/> builds it all again on the same flash.
    /// </summary>
    internal sealed class ConsoleRig
    {
        public sealed class FixedClock : IClock
        {
            public DateTime Now = new DateTime(2027, 3, 1, 1, 20, 42, DateTimeKind.Utc);

            public long UptimeMilliseconds => 0;

            public DateTime UtcNow => Now;
        }

        public sealed class Identity : ISystemIdentity
        {
            public string DistinguishedName { get; set; } = string.Empty;
        }

        public sealed class Output : ICommandOutput
        {
            public readonly List<string> Lines = new List<string>();
            private string _partial = string.Empty;

            public void Write(string text) => _partial += text;

            public void Write(char[] chars, int offset, int count) => _partial += new string(chars, offset, count);

            public void WriteLine(string line)
            {
                Lines.Add(_partial + line);
                _partial = string.Empty;
            }

            public string Text => string.Join("\n", Lines);
        }

        private static readonly ISigningKeys SharedKeys = new EncoSigningKeys(TestKeys.Store((0, EncoKeyType.Rsa, 2048), (1, EncoKeyType.EcP256, 256)));

        public readonly RamFlash Flash = new RamFlash(64 * 1024, 4096);
        public readonly FixedClock Clock = new FixedClock();
        public readonly Identity SystemIdentity = new Identity();

        public FlashStore Store;
        public CertificateDatabase Database;
        public PkiContext Context;
        public CommandDispatcher Dispatcher;
        public CommandTable Table;

        public ConsoleRig(DatabaseLimits limits = null)
        {
            Limits = limits ?? DatabaseLimits.Default();
            Store = new FlashStore(Flash, 0, 16, 2, 32);
            Store.Format();
            Build();
        }

        public DatabaseLimits Limits { get; }

        /// <summary>Power off and on: a new store mounted from the same flash, a new database loaded from it.</summary>
        public void Restart()
        {
            Store = new FlashStore(Flash, 0, 16, 2, 32);
            Store.Mount();
            Build();
        }

        public void PutFile(string name, byte[] data) => Store.Write(name, data, 0, data.Length);

        public byte[] GetFile(string name)
        {
            int length = Store.GetLength(name);
            if (length < 0)
            {
                return null;
            }

            byte[] data = new byte[length];
            Store.Read(name, 0, data, 0, length);
            return data;
        }

        /// <summary>Runs a command as a Security Officer and returns what it printed.</summary>
        public string Run(string line, out int result)
        {
            var output = new Output();
            result = Dispatcher.Execute(line, Privilege.SecurityOfficer, true, output);
            return output.Text;
        }

        public string Run(string line)
        {
            return Run(line, out _);
        }

        private void Build()
        {
            Database = new CertificateDatabase(Limits, new FlashCertificateStorage(Store));
            Database.Load();
            Context = new PkiContext(Database, new FlashPkiFiles(Store), SharedKeys, new EncoSignatureVerifier(), Clock, SystemIdentity);
            Table = CommandCatalog.CreateTable();
            new PkiCommands(Context, null).Attach(Table);
            Dispatcher = new CommandDispatcher(Table);
        }
    }
}
