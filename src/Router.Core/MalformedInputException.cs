using System;

namespace Router.Core
{
    /// <summary>Raised by parsers for input that breaks its format; engines catch it at their entry points.</summary>
    public class MalformedInputException : Exception
    {
        public MalformedInputException(string message) : base(message)
        {
        }
    }
}
