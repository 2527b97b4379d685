using System.Reflection;

[assembly: AssemblyTitle("Router.Pki")]
[assembly: AssemblyDescription("ASN.1 DER, X.509 certificates, CRLs and requests, chain validation and the certificate database")]
[assembly: AssemblyProduct("Router firmware")]
[assembly: AssemblyVersion("0.1.0.0")]
