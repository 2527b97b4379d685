using System;
using System.Collections.Generic;
using System.Linq;

namespace TlsFuzz
{
    /// <summary>Per-target figures: cases, outcomes by name (alerts or statuses), the first failure.</summary>
    internal sealed class FuzzStats
    {
        public readonly string Target;
        public long Cases;
        public long Failures;
        public double Seconds;
        public string FirstFailure;
        private readonly Dictionary<string, long> _outcomes = new Dictionary<string, long>();

        public FuzzStats(string target)
        {
            Target = target;
        }

        public void Count(string outcome)
        {
            _outcomes.TryGetValue(outcome, out long n);
            _outcomes[outcome] = n + 1;
        }

        public void Fail(string description)
        {
            Failures++;
            if (FirstFailure == null)
            {
                FirstFailure = description;
            }
        }

        public void Print(string outcomeLabel)
        {
            Console.WriteLine(Target + ": " + Cases + " cases in " + Seconds.ToString("F1") + " s, " + (Cases / Math.Max(Seconds, 1e-9)).ToString("F0") + " cases/s");
            string top = string.Join(", ", _outcomes.OrderByDescending(p => p.Value).Take(5).Select(p => p.Key + " " + p.Value));
            Console.WriteLine("  " + outcomeLabel + " (top 5): " + (top.Length == 0 ? "none" : top));
            Console.WriteLine("  failures: " + Failures + (FirstFailure == null ? string.Empty : Environment.NewLine + "  first failure: " + FirstFailure));
        }
    }
}
