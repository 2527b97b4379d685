using System.Reflection;

[assembly: AssemblyTitle("Router.Http")]
[assembly: AssemblyDescription("HTTP/1.1 server over the board's sockets and the TLS engine")]
[assembly: AssemblyProduct("Router firmware")]
[assembly: AssemblyVersion("0.1.0.0")]
