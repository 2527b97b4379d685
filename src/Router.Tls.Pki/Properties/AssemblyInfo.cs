using System.Reflection;

[assembly: AssemblyTitle("Router.Tls.Pki")]
[assembly: AssemblyDescription("The TLS client's server-certificate verifier over Router.Pki chain validation")]
[assembly: AssemblyProduct("Router firmware")]
[assembly: AssemblyVersion("0.1.0.0")]
