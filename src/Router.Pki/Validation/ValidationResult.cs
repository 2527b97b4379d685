using Router.Pki.X509;

namespace Router.Pki.Validation
{
    /// <summary>
    /// The outcome of a chain validation: <see cref="ValidationFailure.None"/> and the path from
    /// the end entity to its trust anchor, or the reason and the certificate it concerns.
    /// </summary>
    public sealed class ValidationResult
    {
        private readonly int _failure;
        private readonly int _depth;
        private readonly Certificate _certificate;
        private readonly Certificate[] _path;

        public ValidationResult(int failure, int depth, Certificate certificate, Certificate[] path)
        {
            _failure = failure;
            _depth = depth;
            _certificate = certificate;
            _path = path;
        }

        public bool IsValid
        {
            get { return _failure == ValidationFailure.None; }
        }

        /// <summary>One of <see cref="ValidationFailure"/>.</summary>
        public int Failure
        {
            get { return _failure; }
        }

        /// <summary>Position of the failing certificate in its path: 0 is the end entity; -1 when valid.</summary>
        public int Depth
        {
            get { return _depth; }
        }

        /// <summary>The certificate the failure concerns, or null when valid.</summary>
        public Certificate Certificate
        {
            get { return _certificate; }
        }

        /// <summary>When valid: the path, end entity first, trust anchor last. Null otherwise.</summary>
        public Certificate[] Path
        {
            get { return _path; }
        }

        /// <summary>"certificate has expired (depth 1)".</summary>
        public string Describe()
        {
            if (IsValid)
            {
                return ValidationFailure.Describe(_failure);
            }

            return ValidationFailure.Describe(_failure) + " (depth " + _depth.ToString() + ")";
        }
    }
}
