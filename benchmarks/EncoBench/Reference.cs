using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;

namespace EncoBench
{
    /// <summary>Reference figures measured in the same run: `openssl speed` and the native half.</summary>
    internal static class Reference
    {
        /// <summary>MiB/s `openssl speed` reports for the arguments at this size, or NaN.</summary>
        public static double OpenSslSpeed(string arguments, int bytes, int seconds)
        {
            string output = Run("openssl", "speed " + arguments + " -bytes " + bytes + " -seconds " + seconds);
            // The last line: "<name>  <1000s of bytes per second>k".
            string[] lines = output.Trim().Split('\n');
            string[] fields = lines[lines.Length - 1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string last = fields[fields.Length - 1].TrimEnd('k');
            return double.TryParse(last, NumberStyles.Float, CultureInfo.InvariantCulture, out double thousands)
                ? thousands * 1000 / (1024 * 1024)
                : double.NaN;
        }

        /// <summary>The "key value" lines of the native half.</summary>
        public static Dictionary<string, double> Native(string program, double seconds)
        {
            Dictionary<string, double> values = new Dictionary<string, double>();
            string output = Run(program, seconds.ToString(CultureInfo.InvariantCulture));
            foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                string[] parts = line.Split(' ');
                values[parts[0]] = double.Parse(parts[1], CultureInfo.InvariantCulture);
            }

            return values;
        }

        private static string Run(string program, string arguments)
        {
            ProcessStartInfo start = new ProcessStartInfo(program, arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using Process process = Process.Start(start);
            string output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(program + " " + arguments + " exited with " + process.ExitCode);
            }

            return output;
        }
    }
}
