using System;

namespace Router.Enco
{
    /// <summary>
    /// A refused or failed ENCO engine call. <see cref="Code"/> is the <see cref="EncoStatus"/>
    /// value; the facades raise the same codes for arguments they check themselves as the native
    /// engine returns for the arguments it checks, so callers handle one exception type.
    /// </summary>
    public class EncoException : Exception
    {
        private readonly int _code;

        public EncoException(int code)
            : base("ENCO error " + code.ToString() + ": " + EncoStatus.Describe(code))
        {
            _code = code;
        }

        public int Code
        {
            get { return _code; }
        }

        /// <summary>Raises an <see cref="EncoException"/> unless <paramref name="status"/> is Ok.</summary>
        public static void ThrowIfFailed(int status)
        {
            if (status != EncoStatus.Ok)
            {
                throw new EncoException(status);
            }
        }
    }
}
