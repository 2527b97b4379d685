using System;
using System.Collections.Generic;
using System.IO;
using NfApiCheck.Api;
using NfApiCheck.Reporting;
using NfApiCheck.Rules;

namespace NfApiCheck
{
    /// <summary>Entry point: check the given assemblies against the nanoFramework API lists.</summary>
    internal static class Program
    {
        public const int Clean = 0;
        public const int Violations = 1;
        public const int ConfigurationError = 2;

        public static int Main(string[] args)
        {
            return Run(args, Console.Out, Console.Error);
        }

        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            try
            {
                Options options = Options.Parse(args);
                var checker = new Checker(ApiCatalog.Load(options.ApiDirectory, options.AllowedAssemblies), AllowedList.Load(options.AllowedList), options.IgnoredTypes);
                foreach (string assembly in options.Assemblies)
                {
                    if (!File.Exists(assembly))
                    {
                        throw new ConfigurationException("assembly not found: " + assembly);
                    }

                    if (options.List)
                    {
                        WriteList(checker, assembly, options.Assemblies, output);
                    }
                }

                IReadOnlyList<AssemblyReport> reports = checker.Check(options.Assemblies);
                ReportWriter.Write(reports, output);
                foreach (AssemblyReport report in reports)
                {
                    if (report.Findings.Count > 0)
                    {
                        return Violations;
                    }
                }

                return Clean;
            }
            catch (ConfigurationException e)
            {
                error.WriteLine("NfApiCheck: " + e.Message);
                return ConfigurationError;
            }
            catch (BadImageFormatException e)
            {
                error.WriteLine("NfApiCheck: cannot read assembly: " + e.Message);
                return ConfigurationError;
            }
        }

        private static void WriteList(Checker checker, string assembly, IReadOnlyList<string> together, TextWriter output)
        {
            output.WriteLine("# " + assembly);
            foreach (KeyValuePair<string, Violation> entry in checker.Classify(assembly, together))
            {
                output.WriteLine((entry.Value == null ? "ok    " : "FAIL  ") + entry.Key);
            }
        }
    }
}
