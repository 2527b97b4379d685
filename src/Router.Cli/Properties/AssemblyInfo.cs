using System.Reflection;

[assembly: AssemblyTitle("Router.Cli")]
[assembly: AssemblyDescription("The console's command language: command table, parser, help, privileges and the command catalog")]
[assembly: AssemblyProduct("Router firmware")]
[assembly: AssemblyVersion("0.1.0.0")]
