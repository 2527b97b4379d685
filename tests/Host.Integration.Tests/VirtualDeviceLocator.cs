using System;
using System.IO;
using System.Reflection;

namespace Host.Integration.Tests
{
    /// <summary>Finds router-vdev.dll and the dotnet host that runs it.</summary>
    internal static class VirtualDeviceLocator
    {
        public const string OverrideVariable = "ROUTER_VDEV_DLL";

        /// <summary>
        /// In order: $ROUTER_VDEV_DLL; the copy the project reference put beside this test
        /// assembly (same build, same configuration); artifacts/bin/Router.HostBoard/&lt;config&gt;/
        /// found by walking up to the repository root.
        /// </summary>
        public static string DevicePath()
        {
            string fromEnvironment = Environment.GetEnvironmentVariable(OverrideVariable);
            if (!string.IsNullOrEmpty(fromEnvironment))
            {
                return RequireFile(fromEnvironment);
            }

            string besideTests = Path.Combine(AppContext.BaseDirectory, "router-vdev.dll");
            if (File.Exists(besideTests) && File.Exists(Path.Combine(AppContext.BaseDirectory, "router-vdev.runtimeconfig.json")))
            {
                return besideTests;
            }

            string configuration = (typeof(VirtualDeviceLocator).Assembly
                .GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug").ToLowerInvariant();
            for (DirectoryInfo dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, "board-support")))
                {
                    return RequireFile(Path.Combine(dir.FullName, "artifacts", "bin", "Router.HostBoard", configuration, "router-vdev.dll"));
                }
            }

            throw new FileNotFoundException("router-vdev.dll not found; build board-support/host or set " + OverrideVariable);
        }

        /// <summary>The dotnet host running these tests, so the device runs on the same runtime.</summary>
        public static string DotnetHost()
        {
            string current = Environment.ProcessPath;
            if (current != null && Path.GetFileNameWithoutExtension(current) == "dotnet")
            {
                return current;
            }

            string root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
            if (!string.IsNullOrEmpty(root) && File.Exists(Path.Combine(root, "dotnet")))
            {
                return Path.Combine(root, "dotnet");
            }

            return "dotnet";
        }

        private static string RequireFile(string path)
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException("router-vdev.dll not found at " + path, path);
            }

            return path;
        }
    }
}
