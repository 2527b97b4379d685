using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Security.Cryptography;

namespace PeerSupport
{
    /// <summary>
    /// A loopback-only network namespace made for one test (`ip netns add PREFIX-PID-RANDOM`, lo up): peers and
    /// the device started in it cannot send a packet off the machine (PEERS.md). Dispose stops every process it
    /// started (by PID), then any other process still inside it (`ip netns pids`), then deletes it; also when the
    /// test failed.
    /// </summary>
    public sealed class NetworkNamespace : IDisposable
    {
        private readonly List<NamespaceProcess> _processes = new List<NamespaceProcess>();
        private bool _disposed;

        private NetworkNamespace(string name)
        {
            Name = name;
        }

        public string Name { get; }

        /// <summary>Creates the namespace and brings lo up; throws when `ip` refuses (see <see cref="NamespaceFactAttribute"/>).</summary>
        public static NetworkNamespace Create(string prefix)
        {
            string name = prefix + "-" + Environment.ProcessId + "-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(3)).ToLowerInvariant();
            Checked("ip", "netns", "add", name);
            NetworkNamespace created = new NetworkNamespace(name);
            try
            {
                Checked("ip", "-n", name, "link", "set", "lo", "up");
            }
            catch
            {
                created.Dispose();
                throw;
            }

            return created;
        }

        /// <summary>Starts <paramref name="program"/> inside the namespace; it is stopped by Dispose at the latest.</summary>
        public NamespaceProcess Start(string program, IEnumerable<string> arguments, string workingDirectory = null,
            IDictionary<string, string> environment = null)
        {
            ProcessStartInfo start = new ProcessStartInfo("ip");
            start.ArgumentList.Add("netns");
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add(Name);
            start.ArgumentList.Add(program);
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            if (workingDirectory != null)
            {
                start.WorkingDirectory = workingDirectory;
            }

            if (environment != null)
            {
                foreach (KeyValuePair<string, string> pair in environment)
                {
                    start.Environment[pair.Key] = pair.Value;
                }
            }

            NamespaceProcess process = new NamespaceProcess(start);
            lock (_processes)
            {
                _processes.Add(process);
            }

            return process;
        }

        /// <summary>Runs a program inside the namespace to its end (killed by PID after <paramref name="timeout"/>).</summary>
        public NamespaceProcess Run(string program, IEnumerable<string> arguments, TimeSpan timeout, string workingDirectory = null,
            IDictionary<string, string> environment = null)
        {
            NamespaceProcess process = Start(program, arguments, workingDirectory, environment);
            process.CloseInput();
            if (process.WaitForExit(timeout) == null)
            {
                process.Stop();
                throw new TimeoutException("did not end within " + timeout.TotalSeconds + " s: " + process);
            }

            return process;
        }

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            lock (_processes)
            {
                foreach (NamespaceProcess process in _processes)
                {
                    process.Dispose();
                }

                _processes.Clear();
            }

            // Anything a peer left behind in this namespace (a daemonised child): only this test's processes live here.
            string pids = Output("ip", "netns", "pids", Name);
            foreach (string pid in pids.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                try
                {
                    using (Process leftover = Process.GetProcessById(int.Parse(pid)))
                    {
                        leftover.Kill(true);
                        leftover.WaitForExit(2000);
                    }
                }
                catch (ArgumentException)
                {
                    // Already gone.
                }
                catch (InvalidOperationException)
                {
                    // Already gone.
                }
            }

            Output("ip", "netns", "delete", Name);
        }

        /// <summary>Runs a short command in the root namespace; throws with its stderr when it fails.</summary>
        internal static void Checked(string program, params string[] arguments)
        {
            string error;
            int exit = Execute(program, arguments, out error, out _);
            if (exit != 0)
            {
                throw new InvalidOperationException(program + " " + string.Join(" ", arguments) + ": exit " + exit + ": " + error.Trim());
            }
        }

        private static string Output(string program, params string[] arguments)
        {
            string output;
            Execute(program, arguments, out _, out output);
            return output;
        }

        private static int Execute(string program, string[] arguments, out string error, out string output)
        {
            ProcessStartInfo start = new ProcessStartInfo(program)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            try
            {
                using (Process process = Process.Start(start))
                {
                    System.Threading.Tasks.Task<string> stdout = process.StandardOutput.ReadToEndAsync();
                    error = process.StandardError.ReadToEnd();
                    if (!process.WaitForExit(30000))
                    {
                        process.Kill(true);
                        output = "";
                        error += " (timed out)";
                        return -1;
                    }

                    output = stdout.Result;
                    return process.ExitCode;
                }
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                error = e.Message;
                output = "";
                return -1;
            }
        }
    }
}
