using Router.Cli;
using Router.Core;
using Router.Config.Session;
using Router.Enco.Keys;

namespace Router.Config.Keys
{
    /// <summary>destroy enco key=N: the key store zeroes the material and, in security mode, wipes its file.</summary>
    public sealed class DestroyEncoKeyCommand : ICommandHandler
    {
        private readonly EncoKeyStore _keys;
        private readonly ConsoleContext _context;
        private readonly EventLog _log;

        public DestroyEncoKeyCommand(EncoKeyStore keys, ConsoleContext context, EventLog log)
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
                _keys.Destroy(id);
            }
            catch (EncoKeyStoreException e)
            {
                return EncoKeyErrors.Report(output, id, e);
            }

            _log.Add(LogSeverity.Info, "ENCO", "Key " + id.ToString() + " destroyed by " + _context.Who);
            return CommandResult.Success;
        }
    }
}
