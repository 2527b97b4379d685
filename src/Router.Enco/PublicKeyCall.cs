namespace Router.Enco
{
    /// <summary>
    /// What <see cref="Rsa"/>, <see cref="Ecdsa"/> and <see cref="KeyAgreement"/> share: the key argument check and
    /// the reading of a native result, which is a byte count or a status.
    /// </summary>
    internal static class PublicKeyCall
    {
        /// <summary>A null key is refused like a null buffer.</summary>
        internal static void CheckKey(EncoKey key)
        {
            if (key == null)
            {
                throw new EncoException(EncoStatus.NullPointer);
            }
        }

        /// <summary>A byte count, or the refusal it encodes.</summary>
        internal static int Produced(int result)
        {
            if (result < 0)
            {
                throw new EncoException(result);
            }

            return result;
        }

        /// <summary>Ok is true, BadSignature false, anything else raised.</summary>
        internal static bool Verified(int status)
        {
            if (status == EncoStatus.BadSignature)
            {
                return false;
            }

            EncoException.ThrowIfFailed(status);
            return true;
        }
    }
}
