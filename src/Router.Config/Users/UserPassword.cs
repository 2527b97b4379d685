using System;
using Router.Cli;

namespace Router.Config.Users
{
    /// <summary>
    /// The password of add user and set user: typed (PASSWORD, checked against the
    /// <see cref="PasswordPolicy"/> and hashed) or already hashed (PASSWORDHASH, from a
    /// configuration script). The typed characters are wiped once hashed; the command line's
    /// own string cannot be, which is why create config writes hashes only.
    /// </summary>
    public static class UserPassword
    {
        /// <summary>
        /// Reads the password of <paramref name="command"/> into <paramref name="hash"/>. Returns
        /// <see cref="CommandResult.Success"/>, or <see cref="CommandResult.Error"/> after writing the error.
        /// </summary>
        public static int Read(ParsedCommand command, UserDatabase users, ICommandOutput output, out PasswordHash hash)
        {
            hash = null;
            string password = command.GetText("PASSWORD", null);
            string stored = command.GetText("PASSWORDHASH", null);
            if ((password == null) == (stored == null))
            {
                CliMessages.WriteError(output, CliMessages.PasswordRequired, "Give PASSWORD (or, in a configuration script, PASSWORDHASH).");
                return CommandResult.Error;
            }

            if (stored != null)
            {
                hash = PasswordHash.Parse(stored);
                if (hash == null)
                {
                    CliMessages.WriteError(output, CliMessages.BadPasswordHash, "Value of PASSWORDHASH is not a password hash of this router.");
                    return CommandResult.Error;
                }

                return CommandResult.Success;
            }

            return FromText(password, users, output, out hash);
        }

        /// <summary>Hashes a typed password that meets the policy.</summary>
        public static int FromText(string password, UserDatabase users, ICommandOutput output, out PasswordHash hash)
        {
            hash = null;
            if (!PasswordPolicy.IsAcceptable(password.Length))
            {
                CliMessages.WriteError(output, CliMessages.PasswordLength, PasswordPolicy.Describe());
                return CommandResult.Error;
            }

            char[] chars = password.ToCharArray();
            try
            {
                hash = users.HashPassword(chars, chars.Length);
            }
            finally
            {
                Array.Clear(chars, 0, chars.Length);
            }

            return CommandResult.Success;
        }
    }
}
