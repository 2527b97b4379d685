using System;
using System.Runtime.InteropServices;
using Router.Enco;
using Router.Enco.Keys;

namespace Router.Pki.HostTests
{
    /// <summary>
    /// ENCO keys for the creation tests, made as create enco key makes them: the engine generates a
    /// key blob (enco_key_generate, through the host library's public ABI) and the key store keeps it.
    /// </summary>
    internal static class TestKeys
    {
        [DllImport("enco", EntryPoint = "enco_pinvoke_key_generate")]
        private static extern int KeyGenerate(int type, int parameter, byte[] blob, int blobOffset, int blobCount);

        public static EncoKeyStore Store(params (int Id, int Type, int Bits)[] keys)
        {
            var store = new EncoKeyStore(EncoKeyStore.DefaultMaxKeys, null, new EncoRandomSource());
            foreach (var key in keys)
            {
                byte[] blob = new byte[EncoKey.BlobSize(key.Type, key.Bits)];
                int used = KeyGenerate(key.Type, key.Bits, blob, 0, blob.Length);
                if (used < 0)
                {
                    throw new EncoException(used);
                }

                int kind = key.Type == EncoKeyType.Rsa ? EncoKeyKind.Rsa : EncoKeyKind.Ecdsa;
                store.CreatePrivateKey(key.Id, kind, key.Bits, blob, 0, used, "test");
                Array.Clear(blob);
            }

            return store;
        }
    }
}
