using System;
using System.Diagnostics;
using System.Threading.Tasks;

namespace Router.Tls.HostTests
{
    /// <summary>Runs a peer program (openssl, curl) with a bounded time; kills it by its PID when it overruns.</summary>
    internal static class PeerProcess
    {
        public sealed class Result
        {
            public int ExitCode;
            public string Output;
            public string Error;
            public bool TimedOut;

            public override string ToString()
            {
                return "exit " + ExitCode + (TimedOut ? " (timed out)" : "") + "\n--- stdout\n" + Output + "\n--- stderr\n" + Error;
            }
        }

        public static Result Run(string program, string arguments, string input, int timeoutMs)
        {
            ProcessStartInfo start = new ProcessStartInfo(program, arguments)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using (Process process = Process.Start(start))
            {
                Task<string> output = process.StandardOutput.ReadToEndAsync();
                Task<string> error = process.StandardError.ReadToEndAsync();
                if (input != null)
                {
                    process.StandardInput.Write(input);
                }

                process.StandardInput.Close();
                Result result = new Result();
                if (!process.WaitForExit(timeoutMs))
                {
                    result.TimedOut = true;
                    try
                    {
                        process.Kill();
                    }
                    catch (InvalidOperationException)
                    {
                    }

                    process.WaitForExit(5000);
                }

                result.ExitCode = process.HasExited ? process.ExitCode : -1;
                result.Output = output.Wait(5000) ? output.Result : "";
                result.Error = error.Wait(5000) ? error.Result : "";
                return result;
            }
        }
    }
}
