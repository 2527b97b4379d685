using Router.Cli;
using Router.Enco.Keys;

namespace Router.Config.Keys
{
    /// <summary>A key store refusal as a numbered error: 3085000 + its EncoKeyStoreError code (CliMessages, module 085).</summary>
    internal static class EncoKeyErrors
    {
        public static int Report(ICommandOutput output, int keyId, EncoKeyStoreException e)
        {
            CliMessages.WriteError(output, CliMessages.EncoKeyBase + e.Error, "ENCO key " + keyId.ToString() + ": "
                + EncoKeyStoreError.Describe(e.Error) + ".");
            return CommandResult.Error;
        }
    }
}
