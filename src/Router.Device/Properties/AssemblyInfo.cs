using System.Reflection;

[assembly: AssemblyTitle("Router.Device")]
[assembly: AssemblyDescription("Composition root: builds the router on a board and runs its console")]
[assembly: AssemblyProduct("Router firmware")]
[assembly: AssemblyVersion("0.1.0.0")]
