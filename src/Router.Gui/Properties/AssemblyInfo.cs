using System.Reflection;

[assembly: AssemblyTitle("Router.Gui")]
[assembly: AssemblyDescription("HTTPS management GUI and JSON API over the HTTP server")]
[assembly: AssemblyProduct("Router firmware")]
[assembly: AssemblyVersion("0.1.0.0")]
