using Router.Core;
using Router.Core.Storage;
using Router.Config.Files;

namespace Router.Config
{
    /// <summary>
    /// What must survive a restart outside the configuration scripts: whether system security is
    /// enabled, and which script runs at boot (<c>set config</c>). One small flash file, rewritten
    /// atomically on each change:
    /// <code>
    /// "RSYS"  version (1)  flags (1: bit 0 system security)  boot script name length (1)  name (ASCII)
    /// </code>
    /// A file that fails its checks reads as the defaults (security disabled, no boot script) and
    /// the problem is logged.
    /// </summary>
    public sealed class SystemState
    {
        public const string FileName = "system.dat";
        private const int Version = 1;
        private const int FlagSecurity = 1;
        private const int MaxSize = 7 + FileNames.MaxLength;

        private readonly FlashStore _store;
        private readonly EventLog _log;
        private bool _securityEnabled;
        private string _bootScript;

        public SystemState(FlashStore store, EventLog log)
        {
            _store = store;
            _log = log;
        }

        public bool SecurityEnabled
        {
            get { return _securityEnabled; }
        }

        /// <summary>The script that runs at boot, or null (<c>set config=none</c>).</summary>
        public string BootScript
        {
            get { return _bootScript; }
        }

        /// <summary>Changes the security flag and saves; throws <see cref="StorageException"/> (the flag is then unchanged).</summary>
        public void SetSecurityEnabled(bool enabled)
        {
            Save(enabled, _bootScript);
            _securityEnabled = enabled;
        }

        /// <summary>Changes the boot script (null for none) and saves; throws <see cref="StorageException"/>.</summary>
        public void SetBootScript(string name)
        {
            Save(_securityEnabled, name);
            _bootScript = name;
        }

        /// <summary>Reads the file; throws <see cref="StorageException"/> when the store cannot be read.</summary>
        public void Load()
        {
            _securityEnabled = false;
            _bootScript = null;
            int length = _store.GetLength(FileName);
            if (length < 0)
            {
                return;
            }

            byte[] data = new byte[MaxSize];
            int read = length > MaxSize ? 0 : _store.Read(FileName, 0, data, 0, length);
            if (!Decode(data, read))
            {
                _log.Add(LogSeverity.Error, "SYSTEM", FileName + " is damaged: system security off, no boot script");
            }
        }

        private bool Decode(byte[] data, int length)
        {
            if (length < 7 || data[0] != (byte)'R' || data[1] != (byte)'S' || data[2] != (byte)'Y' || data[3] != (byte)'S'
                || data[4] != Version || (data[5] & ~FlagSecurity) != 0 || length != 7 + data[6])
            {
                return false;
            }

            string name = null;
            if (data[6] > 0)
            {
                char[] chars = new char[data[6]];
                for (int i = 0; i < chars.Length; i++)
                {
                    chars[i] = (char)data[7 + i];
                }

                name = new string(chars);
                if (!FileNames.IsConfigName(name))
                {
                    return false;
                }
            }

            _securityEnabled = (data[5] & FlagSecurity) != 0;
            _bootScript = name;
            return true;
        }

        private void Save(bool securityEnabled, string bootScript)
        {
            byte[] data = new byte[MaxSize];
            data[0] = (byte)'R';
            data[1] = (byte)'S';
            data[2] = (byte)'Y';
            data[3] = (byte)'S';
            data[4] = Version;
            data[5] = (byte)(securityEnabled ? FlagSecurity : 0);
            int length = bootScript == null ? 0 : bootScript.Length;
            data[6] = (byte)length;
            for (int i = 0; i < length; i++)
            {
                data[7 + i] = (byte)bootScript[i];
            }

            _store.Write(FileName, data, 0, 7 + length);
        }
    }
}
