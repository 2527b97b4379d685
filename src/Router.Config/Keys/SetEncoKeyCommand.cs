using Router.Cli;
using Router.Core;
using Router.Config.Session;
using Router.Enco.Keys;

namespace Router.Config.Keys
{
    /// <summary>set enco key=N description=...: renames a key; the material is untouched (and re-saved in security mode).</summary>
    public sealed class SetEncoKeyCommand : ICommandHandler
    {
        private readonly EncoKeyStore _keys;
        private readonly ConsoleContext _context;
        private readonly EventLog _log;

        public SetEncoKeyCommand(EncoKeyStore keys, ConsoleContext context, EventLog log)
        {
            _keys = keys;
            _context = context;
            _log = log;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            int id = command.GetNumber("KEY", -1);
            try
            {
                _keys.SetDescription(id, command.GetText("DESCRIPTION", null));
            }
            catch (EncoKeyStoreException e)
            {
                return EncoKeyErrors.Report(output, id, e);
            }

            _log.Add(LogSeverity.Info, "ENCO", "Key " + id.ToString() + " description changed by " + _context.Who);
            return CommandResult.Success;
        }
    }
}
