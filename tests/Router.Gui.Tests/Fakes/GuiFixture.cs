using System.Text;
using Router.Cli;
using Router.Config;
using Router.Config.Settings;
using Router.Config.Users;
using Router.Core;
using Router.Core.Storage;
using Router.Gui;
using Router.Http;
using Router.Pki.Commands;
using Router.Pki.Database;
using Router.Pki.Engine;

namespace Router.Gui.Tests.Fakes
{
    /// <summary>
    /// A router's parts on a 64 KB fake flash (users, security, the command table with the Config and PKI
    /// commands, the event log), the GUI handler over them, and helpers that play a browser: requests with
    /// cookies, the login dance, reading Set-Cookie and the CSRF token out of pages.
    /// </summary>
    internal sealed class GuiFixture
    {
        public const string ManagerPassword = "manager-pass";
        public const string OfficerPassword = "officer-pass";
        public const string UserPassword = "user-password";

        public readonly FakeFlash Flash = new FakeFlash(64 * 1024, 4096);
        public readonly FakeClock Clock = new FakeClock();
        public readonly EventLog Log;
        public readonly FlashStore Store;
        public readonly RouterConfiguration Configuration;
        public readonly CommandTable Commands;
        public readonly CommandDispatcher Dispatcher;
        public readonly PkiContext Pki;
        public readonly FakeSslStatistics Ssl = new FakeSslStatistics();
        public readonly GuiContext Context;
        public readonly GuiHandler Handler;

        public GuiFixture()
        {
            Log = new EventLog(64, Clock);
            Store = new FlashStore(Flash, 0, 16, 2, 32);
            Store.Mount();
            Configuration = new RouterConfiguration(Store, Log, new SystemClock(Clock), "test header");
            Configuration.Users.Iterations = 1000;
            Commands = CommandCatalog.CreateTable();
            Configuration.AttachCommands(Commands);
            CertificateDatabase database = new CertificateDatabase(DatabaseLimits.Default(), new RamCertificateStorage());
            Pki = new PkiContext(database, new FlashPkiFiles(Store), new EncoSigningKeys(Configuration.Keys), new EncoSignatureVerifier(),
                Clock, null);
            new PkiCommands(Pki, null).Attach(Commands);
            Dispatcher = new CommandDispatcher(Commands);

            UserDatabase users = Configuration.Users;
            users.CreateManager(ManagerPassword.ToCharArray(), ManagerPassword.Length);
            UserAccount officer = new UserAccount("secoff", Privilege.SecurityOfficer, users.HashPassword(OfficerPassword.ToCharArray(), OfficerPassword.Length));
            users.Add(officer);
            UserAccount user = new UserAccount("operator", Privilege.User, users.HashPassword(UserPassword.ToCharArray(), UserPassword.Length));
            user.Login = true;
            users.Add(user);

            Context = new GuiContext(users, Configuration.Security, Configuration.Context, Commands, Log, Store, Pki,
                new FakeSystemInfo(Configuration.Settings, Clock), Ssl, Clock);
            Handler = new GuiHandler(Context);
        }

        /// <summary>Runs a console line as a Security Officer (test setup), returns its output.</summary>
        public string Run(string line)
        {
            CapturedOutput output = new CapturedOutput(8192);
            Dispatcher.Execute(line, Privilege.SecurityOfficer, Configuration.Security.IsEnabled, output);
            return output.ToString();
        }

        public static HttpRequest Request(string method, string path, string cookie, string body)
        {
            HttpRequest request = new HttpRequest();
            request.Method = method;
            int query = path.IndexOf('?');
            request.Path = query < 0 ? path : path.Substring(0, query);
            request.Query = query < 0 ? string.Empty : path.Substring(query + 1);
            request.RemoteAddress = "192.0.2.7";
            request.IsSecure = true;
            request.AddHeader("Host", "router.example");
            if (cookie != null)
            {
                request.AddHeader("Cookie", cookie);
            }

            if (body != null)
            {
                request.AddHeader("Content-Type", "application/x-www-form-urlencoded");
                request.Body = Encoding.UTF8.GetBytes(body);
                request.BodyOffset = 0;
                request.BodyLength = request.Body.Length;
            }

            return request;
        }

        public HttpResponse Send(HttpRequest request)
        {
            HttpResponse response = new HttpResponse(64 * 1024);
            Handler.Handle(request, response);
            return response;
        }

        public HttpResponse Get(string path, string sessionId)
        {
            return Send(Request("GET", path, sessionId == null ? null : "rsid=" + sessionId, null));
        }

        public HttpResponse Post(string path, string sessionId, string body)
        {
            return Send(Request("POST", path, sessionId == null ? null : "rsid=" + sessionId, body));
        }

        /// <summary>GET /login then POST the form as a browser would; returns the POST's answer.</summary>
        public HttpResponse LogIn(string user, string password)
        {
            HttpResponse form = Get("/login", null);
            string token = CookieValue(form, GuiHandler.LoginCookie);
            HttpRequest post = Request("POST", "/login", "rlt=" + token, "csrf=" + token + "&user=" + user + "&password=" + password);
            return Send(post);
        }

        /// <summary>Logs in and returns the session id (fails the test when the login fails).</summary>
        public string SessionOf(string user, string password)
        {
            HttpResponse response = LogIn(user, password);
            string id = CookieValue(response, GuiHandler.SessionCookie);
            nanoFramework.TestFramework.Assert.IsNotNull(id, "login of " + user + " failed: " + Body(response));
            return id;
        }

        /// <summary>The CSRF token a session's pages carry (from /api/session).</summary>
        public string CsrfOf(string sessionId)
        {
            string json = Body(Get("/api/session", sessionId));
            int start = json.IndexOf("\"csrf\":\"") + 8;
            return json.Substring(start, json.IndexOf('"', start) - start);
        }

        public static string Body(HttpResponse response)
        {
            return Encoding.UTF8.GetString(response.BodyArray, response.BodyOffset, response.BodyLength);
        }

        public static string Header(HttpResponse response, string name)
        {
            for (int i = 0; i < response.HeaderCount; i++)
            {
                if (response.HeaderName(i).ToLower() == name.ToLower())
                {
                    return response.HeaderValue(i);
                }
            }

            return null;
        }

        /// <summary>The whole Set-Cookie header that sets <paramref name="name"/>, or null.</summary>
        public static string SetCookie(HttpResponse response, string name)
        {
            for (int i = 0; i < response.HeaderCount; i++)
            {
                if (response.HeaderName(i) == "Set-Cookie" && response.HeaderValue(i).StartsWith(name + "="))
                {
                    return response.HeaderValue(i);
                }
            }

            return null;
        }

        /// <summary>The value a Set-Cookie gives <paramref name="name"/>, or null (also when it deletes the cookie).</summary>
        public static string CookieValue(HttpResponse response, string name)
        {
            string header = SetCookie(response, name);
            if (header == null)
            {
                return null;
            }

            int end = header.IndexOf(';');
            string value = header.Substring(name.Length + 1, end - name.Length - 1);
            return value.Length == 0 ? null : value;
        }
    }
}
