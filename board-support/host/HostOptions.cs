using System;
using System.Globalization;
using System.Net;
using Router.Device.Accounts;

namespace Router.HostBoard
{
    /// <summary>The virtual device's command line.</summary>
    public sealed class HostOptions
    {
        public const string Usage =
            "usage: router-vdev [options]\n" +
            "  --console stdio|pty        the router's console: this process's standard input/output (default),\n" +
            "                             or a new pseudo-terminal whose path is printed for picocom or tio\n" +
            "  --flash PATH               flash image file (default ./flash.bin), created erased when missing\n" +
            "  --flash-size SIZE          size of a new image, e.g. 4M (default 4M; an existing image keeps its size)\n" +
            "  --flash-block SIZE         erase block size (default 4K)\n" +
            "  --listen ADDRESS           IP address the router's TCP/UDP sockets bind to (default 127.0.0.1)\n" +
            "  --http-ports PLAIN,HTTPS   default ports of set http server when no port= is given (default 8080,8443)\n" +
            "  --manager-password PASS    manager password, so scripts and tests start unattended (8 to 64 characters;\n" +
            "                             other local users can see it in ps: for test devices only)\n" +
            "  --power-cut-after BYTES    simulate a power cut once this many bytes were written to flash (exit code 3)\n" +
            "  --help                     this text\n" +
            "exit codes: 0 stopped (Ctrl-C, SIGTERM, end of input), 2 bad options or flash image, 3 simulated power cut.\n" +
            "The console command restart router runs the firmware again inside this process.\n";

        public bool ShowHelp;
        public bool PseudoTerminalConsole;
        public string FlashPath = "flash.bin";

        /// <summary>Null unless --flash-size was given: an existing image then keeps its own size.</summary>
        public string FlashSizeText;
        public int FlashSize = FileFlash.DefaultSize;
        public int FlashBlockSize = FileFlash.DefaultEraseBlockSize;
        public string ListenAddress = "127.0.0.1";
        public string ManagerPassword;
        public int HttpPort = 8080;
        public int HttpsPort = 8443;
        public long PowerCutAfterBytes = -1;

        /// <summary>Parses <paramref name="args"/>; returns null and sets <paramref name="error"/> when they are wrong.</summary>
        public static HostOptions Parse(string[] args, out string error)
        {
            HostOptions options = new HostOptions();
            error = null;
            for (int i = 0; i < args.Length; i++)
            {
                string name = args[i];
                if (name == "--help" || name == "-h")
                {
                    options.ShowHelp = true;
                    continue;
                }

                if (i + 1 >= args.Length || !name.StartsWith("--", StringComparison.Ordinal))
                {
                    error = "unknown option or missing value: " + name;
                    return null;
                }

                string value = args[++i];
                error = options.Apply(name, value);
                if (error != null)
                {
                    return null;
                }
            }

            return options;
        }

        private string Apply(string name, string value)
        {
            switch (name)
            {
                case "--console":
                    if (value != "stdio" && value != "pty")
                    {
                        return "--console takes stdio or pty";
                    }

                    PseudoTerminalConsole = value == "pty";
                    return null;
                case "--flash":
                    FlashPath = value;
                    return null;
                case "--flash-size":
                    FlashSizeText = value;
                    return ParseSize(value, out FlashSize) ? null : "bad --flash-size: " + value;
                case "--flash-block":
                    return ParseSize(value, out FlashBlockSize) ? null : "bad --flash-block: " + value;
                case "--listen":
                    return IPAddress.TryParse(value, out _) ? SetListen(value) : "--listen takes an IP address: " + value;
                case "--http-ports":
                    return ParsePorts(value) ? null : "--http-ports takes two ports, e.g. 8080,8443";
                case "--manager-password":
                    ManagerPassword = value;
                    return PasswordPolicy.IsAcceptable(value.Length)
                        ? null
                        : "--manager-password takes " + PasswordPolicy.MinimumLength + " to " + PasswordPolicy.MaximumLength + " characters";
                case "--power-cut-after":
                    return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out PowerCutAfterBytes)
                        ? null
                        : "bad --power-cut-after: " + value;
                default:
                    return "unknown option: " + name;
            }
        }

        private bool ParsePorts(string value)
        {
            string[] parts = value.Split(',');
            if (parts.Length != 2
                || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int plain) || plain < 1 || plain > 65535
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int secure) || secure < 1 || secure > 65535)
            {
                return false;
            }

            HttpPort = plain;
            HttpsPort = secure;
            return true;
        }

        private string SetListen(string value)
        {
            ListenAddress = value;
            return null;
        }

        /// <summary>"4096", "4K", "4M" (binary multiples).</summary>
        private static bool ParseSize(string text, out int bytes)
        {
            bytes = 0;
            long multiplier = 1;
            string digits = text;
            if (text.EndsWith("K", StringComparison.OrdinalIgnoreCase))
            {
                multiplier = 1024;
                digits = text.Substring(0, text.Length - 1);
            }
            else if (text.EndsWith("M", StringComparison.OrdinalIgnoreCase))
            {
                multiplier = 1024 * 1024;
                digits = text.Substring(0, text.Length - 1);
            }

            if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long value) || value > int.MaxValue || value * multiplier > int.MaxValue)
            {
                return false;
            }

            bytes = (int)(value * multiplier);
            return true;
        }
    }
}
