using Router.Cli;
using Router.Config.Security;

namespace Router.Config.Users
{
    /// <summary>
    /// Refuses a change that would leave the router without an administrator (a Manager or
    /// Security Officer to log in as), or without a Security Officer while system security is
    /// enabled (nobody could then change security configuration nor disable it cleanly).
    /// </summary>
    public sealed class AdministratorGuard
    {
        private readonly UserDatabase _users;
        private readonly SecurityMode _security;

        public AdministratorGuard(UserDatabase users, SecurityMode security)
        {
            _users = users;
            _security = security;
        }

        /// <summary>
        /// Whether <paramref name="user"/> may stop holding its privilege (deleted, or changed to
        /// <paramref name="newPrivilege"/>). Writes the error and returns false when not.
        /// </summary>
        public bool MayLeave(UserAccount user, Privilege newPrivilege, bool deleted, ICommandOutput output)
        {
            bool wasAdministrator = user.Privilege != Privilege.User;
            bool staysAdministrator = !deleted && newPrivilege != Privilege.User;
            if (wasAdministrator && !staysAdministrator && _users.CountAdministrators() == 1)
            {
                CliMessages.WriteError(output, CliMessages.LastAdministrator, "\"" + user.Name
                    + "\" is the last Manager or Security Officer: the router would have no administrator.");
                return false;
            }

            bool staysOfficer = !deleted && newPrivilege == Privilege.SecurityOfficer;
            if (user.Privilege == Privilege.SecurityOfficer && !staysOfficer && _security.IsEnabled
                && _users.CountWith(Privilege.SecurityOfficer) == 1)
            {
                CliMessages.WriteError(output, CliMessages.LastSecurityOfficer, "\"" + user.Name
                    + "\" is the last Security Officer and system security is enabled.");
                return false;
            }

            return true;
        }
    }
}
