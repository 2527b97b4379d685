using System.Collections.Generic;
using NfApiCheck.Rules;

namespace NfApiCheck.Reporting
{
    /// <summary>One violating doc ID in one assembly, with how often and where it is used.</summary>
    internal sealed class Finding
    {
        private const int MaxContexts = 3;
        private readonly List<string> _contexts = new List<string>();

        public Finding(string id, Violation violation)
        {
            Id = id;
            Violation = violation;
        }

        public string Id { get; }

        public Violation Violation { get; }

        public int Uses { get; private set; }

        /// <summary>The first few distinct places (our methods, types, "assembly") that use it.</summary>
        public IReadOnlyList<string> Contexts => _contexts;

        public bool HasMoreContexts { get; private set; }

        public void AddUse(string context)
        {
            Uses++;
            if (_contexts.Contains(context))
            {
                return;
            }

            if (_contexts.Count < MaxContexts)
            {
                _contexts.Add(context);
            }
            else
            {
                HasMoreContexts = true;
            }
        }
    }
}
