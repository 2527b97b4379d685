using System.Reflection;

[assembly: AssemblyTitle("Router.Config")]
[assembly: AssemblyDescription("Users and privileges, system security, configuration scripts, flash files and system settings")]
[assembly: AssemblyProduct("Router firmware")]
[assembly: AssemblyVersion("0.1.0.0")]
