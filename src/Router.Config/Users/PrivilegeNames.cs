using Router.Cli;

namespace Router.Config.Users
{
    /// <summary>The privilege words of the user commands, in the order of their Syntax alternatives.</summary>
    public static class PrivilegeNames
    {
        /// <summary>PRIVILEGE={USER|MANager|SECurityofficer}: alternative 0, 1, 2 are Privilege 0, 1, 2.</summary>
        public static Privilege FromAlternative(int alternative)
        {
            return (Privilege)alternative;
        }

        /// <summary>As a configuration script writes it.</summary>
        public static string Keyword(Privilege privilege)
        {
            if (privilege == Privilege.SecurityOfficer)
            {
                return "securityofficer";
            }

            return privilege == Privilege.Manager ? "manager" : "user";
        }

        /// <summary>As show user prints it (the manuals' "Sec Off").</summary>
        public static string Short(Privilege privilege)
        {
            if (privilege == Privilege.SecurityOfficer)
            {
                return "Sec Off";
            }

            return privilege == Privilege.Manager ? "Manager" : "User";
        }
    }
}
