using Router.Cli;
using Router.Core;
using Router.Config.Session;
using Router.Enco.Keys;

namespace Router.Config.Keys
{
    /// <summary>
    /// create enco key=N type=... [length=...] [value=...] [random] [description=...]
    /// (001: create enco key=1 type=general random, or value=...). A secret key (general, DES,
    /// 3DES, AES) takes VALUE, or is random without it; 3DES2KEY means a two-key (128-bit) 3DES
    /// key. RSA and ECC keys need the public-key engine's generation inside the key store, which
    /// this firmware does not offer yet: they are refused with their own message. The value is
    /// never echoed nor logged.
    /// </summary>
    public sealed class CreateEncoKeyCommand : ICommandHandler
    {
        // The TYPE alternatives of the Syntax line, in order.
        private static readonly string[] TypeWords =
        {
            "GENERAL", "RSA", "ECC", "AES", "DES", "3DES2KEY", "3DESINNER", "3DESOUTER",
        };

        private const int TripleDesTwoKey = 5;

        private readonly EncoKeyStore _keys;
        private readonly ConsoleContext _context;
        private readonly EventLog _log;

        public CreateEncoKeyCommand(EncoKeyStore keys, ConsoleContext context, EventLog log)
        {
            _keys = keys;
            _context = context;
            _log = log;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            int id = command.GetNumber("KEY", -1);
            int alternative = command.GetEnum("TYPE", 0);
            int kind = EncoKeyKind.Parse(TypeWords[alternative]);
            if (EncoKeyKind.IsPrivateKey(kind))
            {
                CliMessages.WriteError(output, CliMessages.EncoKeyTypeNotAvailable, "ENCO key " + id.ToString()
                    + ": RSA and ECC keys cannot be created in this firmware yet.");
                return CommandResult.Error;
            }

            string description = command.GetText("DESCRIPTION", null);
            try
            {
                string value = command.GetText("VALUE", null);
                if (value != null)
                {
                    _keys.CreateWithValue(id, kind, value, description);
                }
                else
                {
                    int length = command.GetNumber("LENGTH", alternative == TripleDesTwoKey ? 128 : 0);
                    _keys.CreateRandom(id, kind, length, description);
                }
            }
            catch (EncoKeyStoreException e)
            {
                return EncoKeyErrors.Report(output, id, e);
            }

            _log.Add(LogSeverity.Info, "ENCO", "Key " + id.ToString() + " (" + EncoKeyKind.Name(kind) + ") created by " + _context.Who);
            return CommandResult.Success;
        }
    }
}
