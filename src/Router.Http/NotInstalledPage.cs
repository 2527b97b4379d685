namespace Router.Http
{
    /// <summary>The server's own page while no GUI handler is installed, so a browser or curl sees the server answer.</summary>
    public sealed class NotInstalledPage : IHttpHandler
    {
        public const string Text = "Router management: GUI not installed";

        private static readonly byte[] Page = System.Text.Encoding.UTF8.GetBytes(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Router management</title></head>\n<body><h1>"
            + Text + "</h1></body></html>\n");

        public void Handle(HttpRequest request, HttpResponse response)
        {
            if (request.Method != "GET" && request.Method != "HEAD")
            {
                response.Status = HttpStatus.MethodNotAllowed;
                response.AddHeader("Allow", "GET, HEAD");
                response.ContentType = "text/plain; charset=utf-8";
                response.Write("Method not allowed\n");
                return;
            }

            if (request.Path != "/")
            {
                response.Status = HttpStatus.NotFound;
                response.ContentType = "text/plain; charset=utf-8";
                response.Write("Not found\n");
                return;
            }

            response.AddHeader("Cache-Control", "no-store");
            response.SetBody(Page, 0, Page.Length);
        }
    }
}
