using System;

namespace Router.Core.Network
{
    /// <summary>The board could not do what was asked of its network (address in use, no such address, no netif).</summary>
    public class NetworkException : Exception
    {
        public NetworkException(string message)
            : base(message)
        {
        }
    }
}
