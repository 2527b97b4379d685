using Router.Http;

namespace Router.Gui
{
    /// <summary>
    /// Serves the embedded static files from flash without copying them: always gzip-compressed (every browser
    /// the GUI supports accepts it; the router has no reason to spend RAM inflating them), cacheable for a day,
    /// and answered 304 when the browser's If-None-Match holds the current ETag (RFC 9110 13.1.2).
    /// </summary>
    public static class AssetServer
    {
        public const string Prefix = "/assets/";
        public const string CacheControl = "public, max-age=86400";

        /// <summary>Answers the asset at <paramref name="path"/>; false when there is none (the caller answers 404).</summary>
        public static bool Serve(string path, HttpRequest request, HttpResponse response)
        {
            string name = path.Substring(Prefix.Length);
            for (int i = 0; i < EmbeddedAssets.Count; i++)
            {
                if (EmbeddedAssets.Names[i] != name)
                {
                    continue;
                }

                string etag = EmbeddedAssets.ETags[i];
                response.AddHeader("Cache-Control", CacheControl);
                response.AddHeader("ETag", etag);
                response.AddHeader("Vary", "Accept-Encoding");
                if (Matches(request.Header("If-None-Match"), etag))
                {
                    response.Status = 304;
                    return true;
                }

                byte[] data = EmbeddedAssets.Data(i);
                response.ContentType = EmbeddedAssets.ContentTypes[i];
                response.AddHeader("Content-Encoding", "gzip");
                response.SetBody(data, 0, data.Length);
                return true;
            }

            return false;
        }

        /// <summary>If-None-Match: "*" or a list of entity tags, one of which is ours (weak comparison, RFC 9110 13.1.2).</summary>
        private static bool Matches(string header, string etag)
        {
            if (header == null)
            {
                return false;
            }

            string value = header.Trim();
            if (value == "*")
            {
                return true;
            }

            int start = 0;
            while (start < value.Length)
            {
                int end = value.IndexOf(',', start);
                if (end < 0)
                {
                    end = value.Length;
                }

                string tag = value.Substring(start, end - start).Trim();
                if (tag.StartsWith("W/"))
                {
                    tag = tag.Substring(2);
                }

                if (tag == etag)
                {
                    return true;
                }

                start = end + 1;
            }

            return false;
        }
    }
}
