using System;
using System.Threading;
using Router.Core.Storage;

namespace Router.Enco.Keys
{
    /// <summary>
    /// The key store's flash side: loading at boot, following system security mode, and one
    /// file per key (<see cref="EncoKeyFile"/>) while security mode is on.
    /// </summary>
    public sealed partial class EncoKeyStore
    {
        /// <summary>
        /// Boot: forgets the keys in RAM, then with <paramref name="securityMode"/> reads the key
        /// files back; without it, wipes any key file left on flash (a disable that a power cut
        /// interrupted). Returns the number of keys loaded.
        /// </summary>
        public int Load(bool securityMode)
        {
            Monitor.Enter(_gate);
            try
            {
                DestroyAllInRam();
                _securityMode = securityMode;
                _unreadableFiles = 0;
                if (_flash == null)
                {
                    return 0;
                }

                if (!securityMode)
                {
                    WipeKeyFiles();
                    return 0;
                }

                for (int i = 0; i < _flash.FileCount; i++)
                {
                    string name = _flash.GetFileName(i);
                    int id = EncoKeyFile.IdFromFileName(name);
                    if (id >= 0)
                    {
                        LoadFile(name, id);
                    }
                }

                return _count;
            }
            catch (StorageException e)
            {
                throw new EncoKeyStoreException(EncoKeyStoreError.FlashFailed, e.Error);
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>
        /// System security was enabled or disabled. Enabling writes every key to flash; if that
        /// fails the key files written so far are wiped, security mode stays off for the key store
        /// and the exception tells the caller to refuse the enable. Disabling destroys every key
        /// (the manuals: disabling system security destroys keys) and wipes the key files.
        /// </summary>
        public void OnSecurityModeChanged(bool enabled)
        {
            Monitor.Enter(_gate);
            try
            {
                if (enabled == _securityMode)
                {
                    return;
                }

                if (!enabled)
                {
                    _securityMode = false;
                    DestroyAllInRam();
                    WipeKeyFilesOrThrow();
                    return;
                }

                _securityMode = true;
                try
                {
                    for (int i = 0; i < _count; i++)
                    {
                        Save(_keys[i]);
                    }
                }
                catch (EncoKeyStoreException)
                {
                    _securityMode = false;
                    WipeKeyFilesQuietly();
                    throw;
                }
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>Writes the key's file in security mode (the flash store wipes the version it replaces).</summary>
        private void Save(EncoKeyEntry key)
        {
            if (!_securityMode || _flash == null)
            {
                return;
            }

            byte[] file = new byte[EncoKeyFile.SizeOf(key)];
            try
            {
                EncoKeyFile.Write(key, file);
                _flash.Write(EncoKeyFile.FileName(key.Id), file, 0, file.Length);
            }
            catch (StorageException e)
            {
                throw new EncoKeyStoreException(EncoKeyStoreError.FlashFailed, e.Error);
            }
            finally
            {
                Array.Clear(file, 0, file.Length);
            }
        }

        private void LoadFile(string name, int id)
        {
            int length = _flash.GetLength(name);
            if (length < 0 || length > EncoKeyFile.MaxSize || _count == _keys.Length || IndexOf(id) >= 0)
            {
                _unreadableFiles++;
                return;
            }

            byte[] file = new byte[length];
            try
            {
                int read = 0;
                while (read < length)
                {
                    int n = _flash.Read(name, read, file, read, length - read);
                    if (n <= 0)
                    {
                        break;
                    }

                    read += n;
                }

                EncoKeyEntry key = read == length ? EncoKeyFile.Parse(file, length, id) : null;
                if (key == null)
                {
                    _unreadableFiles++;
                    return;
                }

                Insert(key);
            }
            finally
            {
                Array.Clear(file, 0, file.Length);
            }
        }

        private void WipeKeyFilesOrThrow()
        {
            try
            {
                WipeKeyFiles();
            }
            catch (StorageException e)
            {
                throw new EncoKeyStoreException(EncoKeyStoreError.FlashFailed, e.Error);
            }
        }

        private void WipeKeyFilesQuietly()
        {
            try
            {
                WipeKeyFiles();
            }
            catch (StorageException)
            {
                // Security mode is off again: the next boot's Load(false) wipes what is left.
            }
        }

        /// <summary>Deletes (the flash store wipes) every key file, readable or not.</summary>
        private void WipeKeyFiles()
        {
            if (_flash == null)
            {
                return;
            }

            int i = 0;
            while (i < _flash.FileCount)
            {
                string name = _flash.GetFileName(i);
                if (name != null && name.StartsWith(EncoKeyFile.NamePrefix))
                {
                    _flash.Delete(name);
                }
                else
                {
                    i++;
                }
            }
        }
    }
}
