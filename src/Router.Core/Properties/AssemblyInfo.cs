using System.Reflection;

[assembly: AssemblyTitle("Router.Core")]
[assembly: AssemblyDescription("Byte readers and writers, clock, log and counters shared by every firmware library")]
[assembly: AssemblyProduct("Router firmware")]
[assembly: AssemblyVersion("0.1.0.0")]
