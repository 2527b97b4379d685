using System;

namespace EncoBench
{
    /// <summary>
    /// One line of the throughput table: our operation through the C# facade, and the `openssl speed`
    /// arguments that measure the same thing as a reference (null when OpenSSL has none).
    /// </summary>
    internal sealed class BenchRow
    {
        public BenchRow(string name, int bytesPerCall, Action call, string openSslArguments)
        {
            Name = name;
            BytesPerCall = bytesPerCall;
            Call = call;
            OpenSslArguments = openSslArguments;
        }

        public string Name { get; }

        public int BytesPerCall { get; }

        /// <summary>One operation on preallocated buffers.</summary>
        public Action Call { get; }

        /// <summary>e.g. "-evp aes-128-gcm"; the script's -bytes and -seconds are added.</summary>
        public string OpenSslArguments { get; }
    }
}
