namespace Router.Http
{
    /// <summary>
    /// What serves a parsed request. Called on the firmware's loop with a complete request (line, headers and
    /// body within the server's limits); it fills the response and returns. It must not block.
    /// </summary>
    public interface IHttpHandler
    {
        void Handle(HttpRequest request, HttpResponse response);
    }
}
