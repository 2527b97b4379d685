using System;
using System.Diagnostics;
using System.IO;

namespace Router.Pki.HostTests
{
    /// <summary>Runs the OpenSSL command line (and the fixture script) and captures what it says.</summary>
    internal static class OpenSsl
    {
        public sealed class Result
        {
            public int ExitCode;
            public string Output;
            public string Error;

            public string All => Output + Error;
        }

        public static Result Run(string workingDirectory, params string[] arguments)
        {
            return Exec("openssl", workingDirectory, arguments);
        }

        public static Result Exec(string program, string workingDirectory, params string[] arguments)
        {
            var start = new ProcessStartInfo(program)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using Process process = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + program);
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120000))
            {
                process.Kill(true);
                throw new TimeoutException(program + " did not finish");
            }

            return new Result { ExitCode = process.ExitCode, Output = output.Result, Error = error.Result };
        }

        /// <summary>A fresh directory under the system's temporary one, removed when the test run ends.</summary>
        public static string TempDirectory(string purpose)
        {
            string path = Path.Combine(Path.GetTempPath(), "router-pki-" + purpose + "-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(path);
            AppDomain.CurrentDomain.ProcessExit += (sender, e) =>
            {
                try
                {
                    Directory.Delete(path, true);
                }
                catch (IOException)
                {
                }
            };
            return path;
        }
    }
}
