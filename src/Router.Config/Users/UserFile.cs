using System;
using Router.Cli;
using Router.Core;

namespace Router.Config.Users
{
    /// <summary>
    /// The user database as one flash file (<see cref="UserDatabase.FileName"/>), all integers
    /// big-endian:
    /// <code>
    /// "RUDB"  version (1)  count (1)
    /// per user: name length (1) name (ASCII)  privilege (1)  flags (1: bit 0 LOGIN, bit 1 TELNET)
    ///           description length (1) description (ASCII)  password hash (PasswordHash.EncodedSize)
    /// </code>
    /// The flash store checks the file's integrity (CRC) and makes each write atomic; this class
    /// treats the content as hostile all the same: every length, name, privilege and iteration
    /// count is checked, and a file that fails any check is refused as a whole.
    /// </summary>
    public static class UserFile
    {
        public const int Version = 1;
        private const int HeaderSize = 6;
        private const int FlagLogin = 1;
        private const int FlagTelnet = 2;

        /// <summary>The largest file <see cref="Encode"/> writes for a full database.</summary>
        public const int MaxSize = HeaderSize + UserDatabase.Capacity
            * (1 + UserAccount.MaxNameLength + 2 + 1 + UserAccount.MaxDescriptionLength + PasswordHash.EncodedSize);

        /// <summary>Writes the accounts into <paramref name="buffer"/> (at least <see cref="MaxSize"/>) and returns the length.</summary>
        public static int Encode(UserAccount[] users, int count, byte[] buffer)
        {
            buffer[0] = (byte)'R';
            buffer[1] = (byte)'U';
            buffer[2] = (byte)'D';
            buffer[3] = (byte)'B';
            buffer[4] = Version;
            buffer[5] = (byte)count;
            int at = HeaderSize;
            for (int i = 0; i < count; i++)
            {
                UserAccount user = users[i];
                at = PutText(buffer, at, user.Name);
                buffer[at++] = (byte)user.Privilege;
                buffer[at++] = (byte)((user.Login ? FlagLogin : 0) | (user.Telnet ? FlagTelnet : 0));
                at = PutText(buffer, at, user.Description);
                user.Password.WriteTo(buffer, at);
                at += PasswordHash.EncodedSize;
            }

            return at;
        }

        /// <summary>
        /// Reads accounts from <paramref name="data"/>[0..<paramref name="length"/>) into
        /// <paramref name="users"/>; returns their number, or -1 when the file is not a sound
        /// user database (nothing in <paramref name="users"/> is then to be used).
        /// </summary>
        public static int Decode(byte[] data, int length, UserAccount[] users)
        {
            ByteReader reader = new ByteReader(data, 0, length);
            try
            {
                if (reader.ReadUInt32() != 0x52554442 || reader.ReadUInt8() != Version)
                {
                    return -1;
                }

                int count = reader.ReadUInt8();
                if (count > users.Length)
                {
                    return -1;
                }

                for (int i = 0; i < count; i++)
                {
                    UserAccount user = ReadUser(reader);
                    if (user == null || IndexOf(users, i, user.Name) >= 0)
                    {
                        return -1;
                    }

                    users[i] = user;
                }

                return reader.IsAtEnd ? count : -1;
            }
            catch (MalformedInputException)
            {
                return -1;
            }
        }

        private static UserAccount ReadUser(ByteReader reader)
        {
            string name = ReadText(reader, UserAccount.MaxNameLength);
            int privilege = reader.ReadUInt8();
            int flags = reader.ReadUInt8();
            string description = ReadText(reader, UserAccount.MaxDescriptionLength);
            PasswordHash password = PasswordHash.ReadFrom(reader);
            if (!UserAccount.IsValidName(name) || description == null || privilege > (int)Privilege.SecurityOfficer
                || (flags & ~(FlagLogin | FlagTelnet)) != 0 || password == null)
            {
                return null;
            }

            UserAccount user = new UserAccount(name, (Privilege)privilege, password);
            user.Login = (flags & FlagLogin) != 0;
            user.Telnet = (flags & FlagTelnet) != 0;
            user.Description = description;
            return user;
        }

        private static int IndexOf(UserAccount[] users, int count, string name)
        {
            for (int i = 0; i < count; i++)
            {
                if (users[i].IsNamed(name))
                {
                    return i;
                }
            }

            return -1;
        }

        private static int PutText(byte[] buffer, int at, string text)
        {
            buffer[at++] = (byte)text.Length;
            for (int i = 0; i < text.Length; i++)
            {
                // Names are checked when added; a description from a script might not be ASCII.
                char c = text[i];
                buffer[at++] = c >= ' ' && c <= '~' ? (byte)c : (byte)'?';
            }

            return at;
        }

        /// <summary>Printable ASCII of at most <paramref name="maxLength"/> characters, or null.</summary>
        private static string ReadText(ByteReader reader, int maxLength)
        {
            int length = reader.ReadUInt8();
            if (length > maxLength)
            {
                return null;
            }

            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                int b = reader.ReadUInt8();
                if (b < 0x20 || b > 0x7E)
                {
                    return null;
                }

                chars[i] = (char)b;
            }

            return new string(chars);
        }
    }
}
