using Router.Enco.Keys;

namespace Router.Enco.Tests
{
    /// <summary>A seeded, repeatable random source for key store tests (xorshift32; not for real keys).</summary>
    public sealed class KeysTestRandom : IRandomSource
    {
        private uint _state;

        public KeysTestRandom(uint seed)
        {
            _state = seed == 0 ? 1u : seed;
        }

        public void GetBytes(byte[] buffer, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                _state ^= _state << 13;
                _state ^= _state >> 17;
                _state ^= _state << 5;
                buffer[offset + i] = (byte)_state;
            }
        }
    }
}
