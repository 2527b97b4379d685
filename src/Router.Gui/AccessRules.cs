using Router.Cli;
using Router.Config.Users;

namespace Router.Gui
{
    /// <summary>
    /// The console's privilege rules for what the GUI does without a command line (listing certificates, uploading
    /// one, downloading a file): each action is tied to the console command that does the same, and the command
    /// table's entry decides, as the dispatcher would (minimum privilege; security commands only for a Security
    /// Officer while system security is enabled).
    /// </summary>
    public static class AccessRules
    {
        public const string ShowCertificates = "show pki certificate";
        public const string AddCertificate = "add pki certificate";
        public const string CreateCertificate = "create pki certificate";
        public const string ShowFile = "show file";

        /// <summary>Why <paramref name="user"/> may not do what <paramref name="title"/> does, or null when they may.</summary>
        public static string Refusal(CommandTable table, string title, UserAccount user, bool securityMode)
        {
            CommandEntry entry = table.Find(title);
            if (entry == null || !entry.IsAvailable)
            {
                return "\"" + title + "\" is not available on this router.";
            }

            if (user.Privilege < entry.MinimumPrivilege)
            {
                return "\"" + title + "\" requires " + CliMessages.PrivilegeName(entry.MinimumPrivilege) + " privilege.";
            }

            if (securityMode && entry.IsSecurityCommand && user.Privilege != Privilege.SecurityOfficer)
            {
                return "\"" + title + "\" requires Security Officer privilege when system security is enabled.";
            }

            return null;
        }
    }
}
