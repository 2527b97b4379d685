using System;
using Router.Cli;

namespace Router.Tls.Diagnostics
{
    /// <summary>
    /// enable ssl debug=keylog: the connection secrets the engine hands over (<see cref="ITlsKeyLog"/>) printed in
    /// the NSS key log format ("CLIENT_RANDOM &lt;client random&gt; &lt;secret&gt;", TLS 1.3 labels likewise), one line
    /// each, so a capture can be decrypted by Wireshark. These lines break the confidentiality of every connection
    /// they describe (DESIGN rule 6's one exception, for a Security Officer): they are written only while a
    /// Security Officer is logged in at the console; once none is, the key log turns itself off and says so.
    /// Writing allocates nothing; the secret's characters are wiped from the line buffer after each line.
    /// </summary>
    public sealed class SslKeyLog : ITlsKeyLog
    {
        public const string Warning = "Warning: SSL key log on. Each new connection's secrets are printed on this console: "
            + "anyone who sees them can decrypt that traffic. Only shown while a Security Officer is logged in.";

        private const string Stopped = "Info: SSL key log off: no Security Officer is logged in at the console.";

        private readonly ISslConsole _console;
        // Label (at most 31), client random (64), secret (at most 128 hex digits) and two blanks.
        private readonly char[] _line = new char[256];
        private int _length;
        private bool _active;
        private int _lines;

        public SslKeyLog(ISslConsole console)
        {
            _console = console;
        }

        /// <summary>True while secrets are printed; set by enable/disable ssl debug=keylog.</summary>
        public bool Active
        {
            get { return _active; }
            set { _active = value; }
        }

        /// <summary>Lines written since the router started.</summary>
        public int Lines
        {
            get { return _lines; }
        }

        public void Write(string label, byte[] clientRandom, int clientRandomOffset, byte[] secret, int secretOffset, int secretLength)
        {
            if (!_active)
            {
                return;
            }

            ICommandOutput output = _console == null ? null : _console.DebugOutput;
            if (output == null)
            {
                return;
            }

            if (!_console.SecurityOfficerLoggedIn)
            {
                _active = false;
                output.WriteLine(Stopped);
                return;
            }

            if (clientRandom == null || secret == null || clientRandomOffset < 0 || clientRandomOffset + 32 > clientRandom.Length
                || secretOffset < 0 || secretLength < 0 || secretOffset + secretLength > secret.Length)
            {
                return;
            }

            _length = 0;
            for (int i = 0; label != null && i < label.Length; i++)
            {
                Put(label[i]);
            }

            Put(' ');
            AppendHex(clientRandom, clientRandomOffset, 32);
            Put(' ');
            AppendHex(secret, secretOffset, secretLength);
            output.Write(_line, 0, _length);
            output.WriteLine(string.Empty);
            Array.Clear(_line, 0, _line.Length);
            _lines++;
        }

        private void Put(char c)
        {
            if (_length < _line.Length)
            {
                _line[_length++] = c;
            }
        }

        private void AppendHex(byte[] bytes, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                int b = bytes[offset + i];
                Put(Hex((b >> 4) & 0xF));
                Put(Hex(b & 0xF));
            }
        }

        private static char Hex(int nibble)
        {
            return (char)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
        }
    }
}
