using Router.Config.Security;
using Router.Enco.Keys;

namespace Router.Config.Keys
{
    /// <summary>The ENCO key store as one of the secret stores system security looks after.</summary>
    public sealed class EncoKeySecrets : ISecretStore
    {
        private readonly EncoKeyStore _keys;

        public EncoKeySecrets(EncoKeyStore keys)
        {
            _keys = keys;
        }

        public string Name
        {
            get { return "ENCO keys"; }
        }

        public string SecurityEnabled()
        {
            try
            {
                _keys.OnSecurityModeChanged(true);
                return null;
            }
            catch (EncoKeyStoreException e)
            {
                return EncoKeyStoreError.Describe(e.Error);
            }
        }

        public int DestroyAll()
        {
            int count = _keys.Count;
            if (_keys.SecurityMode)
            {
                try
                {
                    // Destroys every key in RAM, then wipes every key file.
                    _keys.OnSecurityModeChanged(false);
                }
                catch (EncoKeyStoreException)
                {
                    // The keys are gone from RAM; a file the flash refused to wipe now is wiped at the
                    // next boot, which loads the key store out of security mode.
                }

                return count;
            }

            // Not persisting (its enable failed, or a boot without flash): the keys are in RAM only.
            for (EncoKeyEntry key = _keys.GetAt(0); key != null; key = _keys.GetAt(0))
            {
                _keys.Destroy(key.Id);
            }

            return count;
        }
    }
}
