using Router.Cli;
using Router.Http;

namespace Router.Gui
{
    /// <summary>Command-style text written straight into a response body (a script shown for download).</summary>
    public sealed class ResponseOutput : ICommandOutput
    {
        private readonly HttpResponse _response;

        public ResponseOutput(HttpResponse response)
        {
            _response = response;
        }

        public void Write(string text)
        {
            _response.Write(text);
        }

        public void Write(char[] chars, int offset, int count)
        {
            _response.Write(new string(chars, offset, count));
        }

        public void WriteLine(string line)
        {
            _response.Write(line);
            _response.Write("\n");
        }
    }
}
