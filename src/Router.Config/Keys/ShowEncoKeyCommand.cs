using Router.Cli;
using Router.Config.Session;
using Router.Enco.Keys;

namespace Router.Config.Keys
{
    /// <summary>
    /// show enco key[=N]: the key list, or one key. The key store's formatter decides what is
    /// shown: never a private or cipher key, a general key's value to a Security Officer only
    /// (001 reads a pre-shared key off this way to type it on the peer router).
    /// </summary>
    public sealed class ShowEncoKeyCommand : ICommandHandler
    {
        private readonly EncoKeyStore _keys;
        private readonly ConsoleContext _context;
        private readonly ShowOutputAdapter _adapter = new ShowOutputAdapter();

        public ShowEncoKeyCommand(EncoKeyStore keys, ConsoleContext context)
        {
            _keys = keys;
            _context = context;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            output.WriteLine(string.Empty);
            if (!command.HasValue("KEY"))
            {
                EncoKeyFormatter.WriteList(_adapter.Over(output), _keys);
                return CommandResult.Shown;
            }

            int id = command.GetNumber("KEY", -1);
            EncoKeyEntry key = _keys.Find(id);
            if (key == null)
            {
                CliMessages.WriteError(output, CliMessages.EncoKeyBase + EncoKeyStoreError.KeyNotFound, "ENCO key " + id.ToString()
                    + ": " + EncoKeyStoreError.Describe(EncoKeyStoreError.KeyNotFound) + ".");
                return CommandResult.Error;
            }

            bool officer = _context.Privilege == Privilege.SecurityOfficer;
            EncoKeyFormatter.WriteKey(_adapter.Over(output), _keys, key, officer, _keys.SecurityMode);
            return CommandResult.Shown;
        }
    }
}
