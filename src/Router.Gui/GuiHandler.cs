using System;
using Router.Cli;
using Router.Config.Files;
using Router.Config.Users;
using Router.Core;
using Router.Gui.Pages;
using Router.Http;
using Router.Pki.Database;

namespace Router.Gui
{
    /// <summary>
    /// The HTTPS management GUI and its JSON API as one <see cref="IHttpHandler"/>. Every answer carries the
    /// security headers. Pages need a session (cookie rsid), API calls answer 401 without one; every POST needs
    /// the session's CSRF token (form field csrf or header X-CSRF-Token) and, when the browser sends an Origin,
    /// our own origin. The login form is guarded by a pre-session token: a random value sent both as a
    /// SameSite=Strict, HttpOnly cookie scoped to /login and as a hidden field, which must match (a page on
    /// another site can neither read the field nor set the cookie). No exception leaves <see cref="Handle"/>.
    /// </summary>
    public sealed class GuiHandler : IHttpHandler
    {
        public const string SessionCookie = "rsid";
        public const string LoginCookie = "rlt";
        public const string CsrfField = "csrf";
        public const string CsrfHeader = "X-CSRF-Token";

        /// <summary>Sent by app.js on its periodic refreshes: they do not count as the user's activity.</summary>
        public const string BackgroundHeader = "X-Background";

        private const int LoginTokenSeconds = 600;

        private readonly GuiContext _context;
        private readonly SessionTable _sessions;
        private readonly WebCommandRunner _runner;
        private readonly HandshakeHistory _history = new HandshakeHistory(HandshakeHistory.DefaultBuckets, HandshakeHistory.DefaultIntervalSeconds);
        private readonly CapturedOutput _output = new CapturedOutput(CapturedOutput.DefaultLimit);
        private readonly FileDownloads _files;
        private readonly CertificateActions _certificates;
        private readonly ApiWriter _api;
        private readonly LogEntry _entry = new LogEntry();
        private readonly char[] _password = new char[PasswordPolicy.MaximumLength];

        public GuiHandler(GuiContext context)
        {
            _context = context;
            _sessions = new SessionTable(context.MaxSessions, context.Clock, context.Users.Policy, context.Security);
            _runner = new WebCommandRunner(context.Commands, context.Console, context.Security);
            _files = new FileDownloads(context.Store);
            _certificates = new CertificateActions(context, _runner);
            _api = new ApiWriter(context, _history);
        }

        public SessionTable Sessions
        {
            get { return _sessions; }
        }

        public HandshakeHistory History
        {
            get { return _history; }
        }

        /// <summary>For the board's loop, every few seconds: keeps the handshake history exact between page views.</summary>
        public void Tick()
        {
            if (_context.Ssl != null)
            {
                _history.Sample(_context.Clock.UptimeMilliseconds, _context.Ssl.HandshakesCompleted);
            }
        }

        public void Handle(HttpRequest request, HttpResponse response)
        {
            try
            {
                Route(request, response);
            }
            catch (Exception e)
            {
                // Rule 5: the GUI answers 500 and the router goes on.
                _context.Log.Add(LogSeverity.Error, "GUI", "Request " + request.Path + " failed: " + e.Message);
                response.Reset();
                SecurityHeaders.Add(response, request.IsSecure, true);
                ErrorPage.Write(response, 500, "Internal error", "The request could not be completed.", SystemName, null);
            }
        }

        private string SystemName
        {
            get { return _context.System.SystemName; }
        }

        private void Route(HttpRequest request, HttpResponse response)
        {
            string path = request.Path == null ? string.Empty : request.Path;
            if (path.StartsWith(AssetServer.Prefix))
            {
                SecurityHeaders.Add(response, request.IsSecure, false);
                if (!IsGet(request))
                {
                    MethodNotAllowed(response, "GET, HEAD", null);
                    return;
                }

                if (!AssetServer.Serve(path, request, response))
                {
                    NotFound(response, null);
                }

                return;
            }

            SecurityHeaders.Add(response, request.IsSecure, true);
            if (path == "/")
            {
                if (!IsGet(request))
                {
                    MethodNotAllowed(response, "GET, HEAD", null);
                    return;
                }

                Redirect(response, 302, FindSession(request) != null ? PageLayout.Dashboard : "/login");
                return;
            }

            if (path == "/login")
            {
                Login(request, response);
                return;
            }

            if (path.StartsWith("/api/"))
            {
                Api(path, request, response);
                return;
            }

            if (!IsKnownPage(path))
            {
                NotFound(response, FindSession(request));
                return;
            }

            bool post = request.Method == "POST";
            string allowed = AllowedFor(path);
            if (post ? allowed.IndexOf("POST") < 0 : !IsGet(request) || allowed.IndexOf("GET") < 0)
            {
                MethodNotAllowed(response, allowed, FindSession(request));
                return;
            }

            GuiSession session = FindSession(request);
            if (session == null)
            {
                Redirect(response, post ? 303 : 302, "/login");
                return;
            }

            if (post && !CheckPost(request, response, session))
            {
                return;
            }

            Page(path, post, request, response, session);
        }

        private static bool IsKnownPage(string path)
        {
            return path == "/logout" || path == PageLayout.Dashboard || path == PageLayout.Console || path == PageLayout.Certificates
                || path.StartsWith("/certificates/") || path == PageLayout.Files || path.StartsWith("/files/");
        }

        private static string AllowedFor(string path)
        {
            if (path == "/logout" || path == "/certificates/upload" || path == "/certificates/create")
            {
                return "POST";
            }

            return path == PageLayout.Console ? "GET, HEAD, POST" : "GET, HEAD";
        }

        private void Page(string path, bool post, HttpRequest request, HttpResponse response, GuiSession session)
        {
            if (path == "/logout")
            {
                _context.Log.Add(LogSeverity.Info, "USER", session.User.Name + " logged out of the web GUI");
                _sessions.End(session);
                response.AddHeader("Set-Cookie", Cookie(SessionCookie, string.Empty, "/", request.IsSecure, 0));
                Redirect(response, 303, "/login");
            }
            else if (path == PageLayout.Dashboard)
            {
                Tick();
                DashboardPage.Write(response, _context, session, _history, _entry);
            }
            else if (path == PageLayout.Console)
            {
                ConsolePost(post, request, response, session);
            }
            else if (path == PageLayout.Certificates || path == "/certificates/upload" || path == "/certificates/create")
            {
                CertificatesPost(path, request, response, session);
            }
            else if (path.StartsWith("/certificates/"))
            {
                CertificateDetail(path.Substring("/certificates/".Length), response, session);
            }
            else if (path == PageLayout.Files)
            {
                FilesPage.Write(response, _context, session, Refusal(AccessRules.ShowFile, session));
            }
            else
            {
                Download(path.Substring("/files/".Length), response, session);
            }
        }

        private void Login(HttpRequest request, HttpResponse response)
        {
            if (request.Method == "POST")
            {
                LoginPost(request, response);
                return;
            }

            if (!IsGet(request))
            {
                MethodNotAllowed(response, "GET, HEAD, POST", null);
                return;
            }

            if (FindSession(request) != null)
            {
                Redirect(response, 302, PageLayout.Dashboard);
                return;
            }

            LoginForm(request, response, null);
        }

        /// <summary>The login page with a fresh pre-session token (cookie and hidden field).</summary>
        private void LoginForm(HttpRequest request, HttpResponse response, string error)
        {
            string token = SessionTokens.NewToken();
            response.AddHeader("Set-Cookie", Cookie(LoginCookie, token, "/login", request.IsSecure, LoginTokenSeconds));
            LoginPage.Write(response, SystemName, token, error);
        }

        private void LoginPost(HttpRequest request, HttpResponse response)
        {
            string presented = FormValue(request, CsrfField);
            if (!SameOrigin(request) || !SessionTokens.AreEqual(request.Cookie(LoginCookie), presented)
                || presented.Length != SessionTokens.Length)
            {
                _context.Log.Add(LogSeverity.Warning, "GUI", "Login form without a valid token from " + request.RemoteAddress);
                Forbidden(response, "The login form has expired or did not come from this router. Reload the login page.", null);
                return;
            }

            string name = FormValue(request, "user");
            int length = FormFields.DecodeInto(request.Body, request.BodyOffset, request.BodyLength, "password", _password);
            UserAccount user = null;
            LoginResult result;
            try
            {
                if (name == null || name.Length == 0 || length < 0)
                {
                    result = LoginResult.Incorrect;
                }
                else
                {
                    result = _context.Users.Authenticate(name, _password, length, out user);
                }
            }
            finally
            {
                // The password leaves no copy: our buffer and the request body are wiped.
                Array.Clear(_password, 0, _password.Length);
                if (request.Body != null)
                {
                    Array.Clear(request.Body, request.BodyOffset, request.BodyLength);
                }
            }

            if (result != LoginResult.Accepted)
            {
                LoginForm(request, response, LoginError(result, user));
                return;
            }

            GuiSession session = _sessions.Create(user, request.RemoteAddress);
            if (session == null)
            {
                _context.Log.Add(LogSeverity.Warning, "GUI", "Web login of " + user.Name + " refused: all " + _sessions.Capacity.ToString()
                    + " sessions in use");
                LoginForm(request, response, "Too many web sessions are open (" + _sessions.Capacity.ToString()
                    + "). Log out elsewhere or wait for one to expire.");
                return;
            }

            _context.Log.Add(LogSeverity.Info, "USER", user.Name + " logged in to the web GUI from " + request.RemoteAddress);
            response.AddHeader("Set-Cookie", Cookie(SessionCookie, session.Id, "/", request.IsSecure, -1));
            response.AddHeader("Set-Cookie", Cookie(LoginCookie, string.Empty, "/login", request.IsSecure, 0));
            Redirect(response, 303, PageLayout.Dashboard);
        }

        private string LoginError(LoginResult result, UserAccount user)
        {
            if (result == LoginResult.Locked)
            {
                return "Login incorrect: too many failed attempts; the account is locked. Try again in "
                    + _context.Users.LockSecondsLeft(user).ToString() + " seconds.";
            }

            if (result == LoginResult.NotAllowed)
            {
                return "This account may not log in to the router (LOGIN=NO).";
            }

            return "Login incorrect.";
        }

        private void ConsolePost(bool post, HttpRequest request, HttpResponse response, GuiSession session)
        {
            if (!post)
            {
                ConsolePage.Write(response, SystemName, session, null, null);
                return;
            }

            string command = FormValue(request, "command");
            _output.Clear();
            if (command == null)
            {
                CliMessages.WriteError(_output, CliMessages.InvalidCharacter, "The command could not be read.");
            }
            else
            {
                _runner.Run(command, session.User, _output);
            }

            ConsolePage.Write(response, SystemName, session, command, _output.ToString());
            _output.Clear();
        }

        private void CertificatesPost(string path, HttpRequest request, HttpResponse response, GuiSession session)
        {
            bool security = IsSecurityMode;
            string view = Refusal(AccessRules.ShowCertificates, session);
            string add = Refusal(AccessRules.AddCertificate, session);
            string create = Refusal(AccessRules.CreateCertificate, session);
            string result = null;
            if (path != PageLayout.Certificates)
            {
                _output.Clear();
                bool upload = path == "/certificates/upload";
                string refusal = upload ? add : create;
                if (_context.Pki == null)
                {
                    _output.WriteLine("This router has no certificate database.");
                }
                else if (refusal != null)
                {
                    response.Status = 403;
                    CliMessages.WriteError(_output, security ? CliMessages.SecurityOfficerRequired : CliMessages.PrivilegeRequired, refusal);
                }
                else if (upload)
                {
                    _certificates.Upload(session.User, FormValue(request, "name"), FormValue(request, "pem"), FormValue(request, "trust") == "yes", _output);
                }
                else
                {
                    _certificates.Create(session.User, FormValue(request, "name"), FormValue(request, "keypair"), FormValue(request, "serial"),
                        FormValue(request, "subject"), _output);
                }

                result = _output.ToString();
                _output.Clear();
            }

            CertificatesPage.Write(response, _context, session, view, add, create, result);
        }

        private void CertificateDetail(string segment, HttpResponse response, GuiSession session)
        {
            string name = FormFields.DecodePathSegment(segment);
            CertificateEntry entry = name == null || _context.Pki == null ? null : _context.Pki.Database.FindCertificate(name);
            if (entry == null)
            {
                NotFound(response, session);
                return;
            }

            string refusal = Refusal(AccessRules.ShowCertificates, session);
            if (refusal != null)
            {
                Forbidden(response, refusal, session);
                return;
            }

            _output.Clear();
            Router.Pki.Commands.CertificateReport.WriteDetail(_context.Pki, entry, new ReportLine(160), _output);
            CertificateDetailPage.Write(response, SystemName, session, entry.Name, _output.ToString());
            _output.Clear();
        }

        private void Download(string segment, HttpResponse response, GuiSession session)
        {
            string decoded = FormFields.DecodePathSegment(segment);
            string name = decoded == null ? null : FileNames.Normalize(decoded);
            if (name == null || name != decoded || !_context.Store.IsMounted || _context.Store.GetLength(name) < 0)
            {
                NotFound(response, session);
                return;
            }

            if (!FileDownloads.MayDownload(name))
            {
                _context.Log.Add(LogSeverity.Warning, "GUI", "Download of system file " + name + " refused to " + session.User.Name);
                Forbidden(response, "\"" + name + "\" is a system file: it cannot be downloaded.", session);
                return;
            }

            string refusal = Refusal(AccessRules.ShowFile, session);
            if (refusal != null)
            {
                Forbidden(response, refusal, session);
                return;
            }

            _files.Send(name, response);
        }

        private void Api(string path, HttpRequest request, HttpResponse response)
        {
            bool post = request.Method == "POST";
            bool command = path == "/api/command";
            bool known = command || path == "/api/system" || path == "/api/ssl" || path == "/api/session";
            if (!known)
            {
                ApiError(response, 404, "not found");
                return;
            }

            if (command ? !post : !IsGet(request))
            {
                response.AddHeader("Allow", command ? "POST" : "GET, HEAD");
                ApiError(response, 405, "method not allowed");
                return;
            }

            GuiSession session = FindSession(request);
            if (session == null)
            {
                ApiError(response, 401, "login required");
                return;
            }

            if (command)
            {
                ApiCommand(request, response, session);
            }
            else if (path == "/api/system")
            {
                _api.System(response);
            }
            else if (path == "/api/ssl")
            {
                Tick();
                _api.Ssl(response);
            }
            else
            {
                _api.Session(response, session);
            }
        }

        private void ApiCommand(HttpRequest request, HttpResponse response, GuiSession session)
        {
            // JSON only (a cross-site form cannot send it without a CORS preflight), and the token in the header.
            string type = request.Header("Content-Type");
            if (type == null || !type.ToLower().StartsWith("application/json"))
            {
                ApiError(response, 415, "Content-Type must be application/json");
                return;
            }

            if (!SameOrigin(request) || !SessionTokens.AreEqual(session.Csrf, request.Header(CsrfHeader)))
            {
                CsrfRefused(request, session);
                ApiError(response, 403, "missing or wrong CSRF token");
                return;
            }

            string command = JsonText.ReadStringMember(request.Body, request.BodyOffset, request.BodyLength, "command");
            if (command == null)
            {
                ApiError(response, 400, "expected {\"command\":\"...\"}");
                return;
            }

            _output.Clear();
            int result = _runner.Run(command, session.User, _output);
            _api.CommandResult(response, _output.ToString(), result);
            _output.Clear();
        }

        /// <summary>The session of the request's rsid cookie, alive and of an account that still exists; or null.</summary>
        private GuiSession FindSession(HttpRequest request)
        {
            bool background = request.Header(BackgroundHeader) != null;
            GuiSession session = _sessions.Find(request.Cookie(SessionCookie), !background);
            if (session != null && (_context.Users.Find(session.User.Name) != session.User || session.User.Password != session.Credential))
            {
                // The account was deleted (or re-created), or its password changed, since the login.
                _sessions.End(session);
                return null;
            }

            return session;
        }

        /// <summary>Origin and CSRF token of a POST to a page; answers 403 itself when they are wrong.</summary>
        private bool CheckPost(HttpRequest request, HttpResponse response, GuiSession session)
        {
            string token = request.Header(CsrfHeader);
            if (token == null)
            {
                token = FormValue(request, CsrfField);
            }

            if (SameOrigin(request) && SessionTokens.AreEqual(session.Csrf, token))
            {
                return true;
            }

            CsrfRefused(request, session);
            Forbidden(response, "The form did not carry this session's security token. Reload the page and try again.", session);
            return false;
        }

        private void CsrfRefused(HttpRequest request, GuiSession session)
        {
            _context.Log.Add(LogSeverity.Warning, "GUI", "Request " + request.Path + " of " + session.User.Name + " from "
                + request.RemoteAddress + " refused: missing or wrong CSRF token or origin");
        }

        /// <summary>
        /// No Origin header (older clients, scripts), an opaque "null" one, or exactly our own scheme and host (RFC 6454 7).
        /// Our Referrer-Policy: no-referrer makes Chromium send "Origin: null" with form POSTs; the CSRF token and the
        /// SameSite=Strict cookie still have to match, so "null" only means the browser would not say.
        /// </summary>
        private static bool SameOrigin(HttpRequest request)
        {
            string origin = request.Header("Origin");
            if (origin == null || origin == "null")
            {
                return true;
            }

            string host = request.Header("Host");
            return host != null && origin == (request.IsSecure ? "https://" : "http://") + host;
        }

        private bool IsSecurityMode
        {
            get { return _context.Security != null && _context.Security.IsEnabled; }
        }

        private string Refusal(string title, GuiSession session)
        {
            return AccessRules.Refusal(_context.Commands, title, session.User, IsSecurityMode);
        }

        private static string FormValue(HttpRequest request, string name)
        {
            return FormFields.Value(request.Body, request.BodyOffset, request.BodyLength, name);
        }

        private static bool IsGet(HttpRequest request)
        {
            return request.Method == "GET" || request.Method == "HEAD";
        }

        /// <summary>A cookie with the flags of every GUI cookie; maxAge -1 for a session cookie, 0 to delete it.</summary>
        internal static string Cookie(string name, string value, string path, bool secure, int maxAge)
        {
            return name + "=" + value + "; Path=" + path + (maxAge >= 0 ? "; Max-Age=" + maxAge.ToString() : string.Empty)
                + (secure ? "; Secure" : string.Empty) + "; HttpOnly; SameSite=Strict";
        }

        private static void Redirect(HttpResponse response, int status, string location)
        {
            response.Status = status;
            response.AddHeader("Location", location);
            response.ContentType = "text/plain; charset=utf-8";
            response.Write("See " + location + "\n");
        }

        private void NotFound(HttpResponse response, GuiSession session)
        {
            ErrorPage.Write(response, 404, "Not found", "There is no such page on this router.", SystemName, session);
        }

        private void Forbidden(HttpResponse response, string detail, GuiSession session)
        {
            ErrorPage.Write(response, 403, "Forbidden", detail, SystemName, session);
        }

        private void MethodNotAllowed(HttpResponse response, string allowed, GuiSession session)
        {
            response.AddHeader("Allow", allowed);
            ErrorPage.Write(response, 405, "Method not allowed", "This address answers " + allowed + " only.", SystemName, session);
        }

        private static void ApiError(HttpResponse response, int status, string message)
        {
            response.Status = status;
            response.ContentType = "application/json";
            response.Write("{\"error\":" + JsonText.Quote(message) + "}");
        }
    }
}
