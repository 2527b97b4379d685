namespace Router.Enco.Keys
{
    /// <summary>
    /// show enco key and show enco key=N. The ENCO chapter of the manuals is not in the seeds, so
    /// the layouts follow the neighbouring show ssl and show ssl sessions (000). Key material is
    /// never written except a general key's value to a Security Officer (DESIGN rule 6; 001 shows
    /// the pre-shared key being read off with show enco key=1 to be typed on the peer).
    /// <code>
    /// ENCO Key Database:
    /// Id      Type      Bits   Description
    /// ----------------------------------------------------------
    /// 0       RSA       2048   https gui
    /// 1       General   256    vpn to head office
    /// ----------------------------------------------------------
    ///
    /// ENCO Key 1:
    /// ----------------------------------------------------------
    /// Type ................................... General
    /// Length ................................. 256 bits (32 characters)
    /// Description ............................ vpn to head office
    /// Value .................................. alphanumeric-key
    /// Stored in Flash ........................ Yes
    ///
    /// An RSA or ECDSA key also shows its public key, as the SHA-256 of its SubjectPublicKeyInfo
    /// (what a certificate made with keypair=N carries):
    /// Public Key SHA-256 ..................... 3A0F...(64 hex digits)
    /// ----------------------------------------------------------
    /// </code>
    /// </summary>
    public static class EncoKeyFormatter
    {
        public const string ListTitle = "ENCO Key Database:";
        public const string ListHeading = "Id      Type      Bits   Description";

        /// <summary>show enco key: every key, in ascending number.</summary>
        public static void WriteList(IShowOutput output, EncoKeyStore store)
        {
            output.WriteLine(ListTitle);
            output.WriteLine(ListHeading);
            output.WriteLine(ShowLayout.Rule);
            for (int i = 0; ; i++)
            {
                EncoKeyEntry key = store.GetAt(i);
                if (key == null)
                {
                    break;
                }

                output.WriteLine(key.Id.ToString().PadRight(8, ' ') + EncoKeyKind.Name(key.Kind).PadRight(10, ' ')
                    + key.Bits.ToString().PadRight(7, ' ') + key.Description);
            }

            output.WriteLine(ShowLayout.Rule);
        }

        /// <summary>
        /// show enco key=N. The value line shows a general key's value only when
        /// <paramref name="viewerIsSecurityOfficer"/>; private and cipher keys are never shown.
        /// </summary>
        public static void WriteKey(IShowOutput output, EncoKeyEntry key, bool viewerIsSecurityOfficer, bool storedInFlash)
        {
            WriteKey(output, null, key, viewerIsSecurityOfficer, storedInFlash);
        }

        /// <summary>show enco key=N with the public key's fingerprint of an RSA or ECDSA key from <paramref name="store"/> (null: none).</summary>
        public static void WriteKey(IShowOutput output, EncoKeyStore store, EncoKeyEntry key, bool viewerIsSecurityOfficer, bool storedInFlash)
        {
            output.WriteLine("ENCO Key " + key.Id.ToString() + ":");
            output.WriteLine(ShowLayout.Rule);
            output.WriteLine(ShowLayout.Field("Type", EncoKeyKind.Name(key.Kind)));
            output.WriteLine(ShowLayout.Field("Length", LengthText(key)));
            output.WriteLine(ShowLayout.Field("Description", key.Description));
            output.WriteLine(ShowLayout.Field("Value", ValueText(key, viewerIsSecurityOfficer)));
            if (store != null && EncoKeyKind.IsPrivateKey(key.Kind))
            {
                output.WriteLine(ShowLayout.Field("Public Key SHA-256", PublicKeyFingerprint(store, key.Id)));
            }

            output.WriteLine(ShowLayout.Field("Stored in Flash", storedInFlash ? "Yes" : "No (system security disabled)"));
            output.WriteLine(ShowLayout.Rule);
        }

        /// <summary>SHA-256 of the key's SubjectPublicKeyInfo in hexadecimal: public, so it may be shown.</summary>
        private static string PublicKeyFingerprint(EncoKeyStore store, int id)
        {
            // Room for the largest SubjectPublicKeyInfo, RSA-4096's (about 550 bytes).
            byte[] spki = new byte[1024];
            int length = store.ExportPublicKeyInfo(id, spki, 0);
            if (length < 0)
            {
                return "(not available)";
            }

            byte[] digest = new byte[32];
            Sha256.Hash(spki, 0, length, digest, 0);
            return KeyText.Hex(digest);
        }

        private static string LengthText(EncoKeyEntry key)
        {
            string bits = key.Bits.ToString() + " bits";
            if (key.Kind == EncoKeyKind.Ecdsa)
            {
                return bits + (key.Bits == 384 ? " (P-384)" : " (P-256)");
            }

            return key.Kind == EncoKeyKind.General ? bits + " (" + key.MaterialLength.ToString() + " characters)" : bits;
        }

        private static string ValueText(EncoKeyEntry key, bool viewerIsSecurityOfficer)
        {
            if (EncoKeyKind.IsPrivateKey(key.Kind))
            {
                return "(private key, never shown)";
            }

            if (key.Kind != EncoKeyKind.General)
            {
                return "(secret key, never shown)";
            }

            return viewerIsSecurityOfficer ? KeyText.Display(key.Material) : "(shown to a Security Officer only)";
        }
    }
}
