using System.Reflection;

[assembly: AssemblyTitle("Router.Tls")]
[assembly: AssemblyDescription("Sans-I/O TLS 1.3 server engine: record layer, handshake, key schedule on the ENCO engine")]
[assembly: AssemblyProduct("Router firmware")]
[assembly: AssemblyVersion("0.1.0.0")]
