using System;
using Router.Core.Network;
using Router.Enco.Channels;
using Router.Tls;

namespace Router.Http
{
    /// <summary>
    /// One connection slot of the server: the buffers are made once with the slot and reused by every connection
    /// it carries. A connection runs over plain TCP or over a <see cref="TlsServerEngine"/> (socket bytes to the
    /// engine, plaintext to the parser, responses through WriteApplicationData while the engine has room). One
    /// request is answered at a time, in order (pipelining-safe): the next is parsed only once the previous
    /// response has been handed to the socket or the engine. <see cref="Poll"/> never blocks and never throws.
    /// </summary>
    internal sealed class HttpConnection
    {
        /// <summary>The head of a response, and its body too when both fit (one TLS record, one send).</summary>
        internal const int StagingSize = 4096;

        /// <summary>Ciphertext between socket and engine, each way.</summary>
        internal const int WireSize = 4096;

        private readonly HttpServer _server;
        private readonly int _slot;
        private readonly HttpRequestParser _parser = new HttpRequestParser();
        private readonly HttpRequest _request = new HttpRequest();
        private readonly HttpResponse _response;
        private readonly byte[] _staging = new byte[StagingSize];
        private byte[] _wireIn;
        private byte[] _wireOut;

        private ITcpConnection _tcp;
        private int _kind;
        private string _peer;
        private TlsServerEngine _tls;
        private EncoChannel _channel;
        private int _tlsState;
        private long _lastActivity;
        private long _requestStarted;
        private bool _peerEnded;
        private bool _closeAfterOutput;
        private bool _closing;
        private bool _outPending;
        private int _stagingLength;
        private int _stagingSent;
        private byte[] _body;
        private int _bodyOffset;
        private int _bodyRemaining;
        private int _wireInStart;
        private int _wireInEnd;
        private int _wireOutStart;
        private int _wireOutEnd;

        public HttpConnection(HttpServer server, int slot, int responseCapacity)
        {
            _server = server;
            _slot = slot;
            _response = new HttpResponse(responseCapacity);
        }

        public bool IsOpen
        {
            get { return _tcp != null; }
        }

        public int Kind
        {
            get { return _kind; }
        }

        public string Peer
        {
            get { return _peer; }
        }

        /// <summary>Open and between requests, nothing in flight: the slot a new connection may take when all are busy.</summary>
        public bool IsIdle
        {
            get
            {
                return _tcp != null && !_outPending && !_closing && !_parser.HasPartialRequest
                    && (_tls == null || (_tls.IsHandshakeComplete && _tls.PendingOutput == 0 && _tls.PendingApplicationData == 0));
            }
        }

        public long LastActivity
        {
            get { return _lastActivity; }
        }

        /// <summary>Bytes this slot keeps for its whole life (the wire buffers once it carried TLS; engines come on top, per connection).</summary>
        public int RetainedBytes
        {
            get { return _parser.Buffer.Length + _staging.Length + (_wireIn != null ? 2 * WireSize : 0) + _response.Capacity; }
        }

        /// <summary>Takes a new connection into this free slot.</summary>
        public void Open(ITcpConnection tcp, int kind, TlsServerEngine tls, EncoChannel channel, long now)
        {
            if (tls != null && _wireIn == null)
            {
                // Made the first time the slot carries TLS, then kept.
                _wireIn = new byte[WireSize];
                _wireOut = new byte[WireSize];
            }

            _tcp = tcp;
            _kind = kind;
            _peer = tcp.RemoteAddress;
            _tls = tls;
            _channel = channel;
            _tlsState = tls != null ? tls.State : 0;
            _lastActivity = now;
            _requestStarted = 0;
            _peerEnded = false;
            _closeAfterOutput = false;
            _closing = false;
            _outPending = false;
            _stagingLength = 0;
            _stagingSent = 0;
            _body = null;
            _bodyRemaining = 0;
            _wireInStart = 0;
            _wireInEnd = 0;
            _wireOutStart = 0;
            _wireOutEnd = 0;
            _parser.Clear();
        }

        /// <summary>Moves bytes both ways, answers complete requests, applies the timeouts; true when anything moved.</summary>
        public bool Poll(long now)
        {
            if (_tcp == null)
            {
                return false;
            }

            bool moved = false;
            try
            {
                for (int round = 0; round < 8 && _tcp != null; round++)
                {
                    bool progress = Receive(now);
                    progress |= Serve(now);
                    progress |= Flush(now);
                    moved |= progress;
                    if (_tcp != null && CloseIfDone())
                    {
                        return true;
                    }

                    if (!progress)
                    {
                        break;
                    }
                }

                if (_tcp != null)
                {
                    CheckTimers(now);
                }
            }
            catch (Exception)
            {
                // Rule 5: whatever went wrong stays with this connection.
                _server.Statistics.Faults++;
                Release();
                return true;
            }

            return moved;
        }

        /// <summary>Ends the connection now (server stop): close_notify when TLS, one send attempt, then the socket.</summary>
        public void Abort()
        {
            if (_tcp == null)
            {
                return;
            }

            try
            {
                if (_tls != null && !_tls.IsClosed)
                {
                    _server.CountTls(TlsCounter.TcpCloseRequest);
                    _tls.Close();
                    TrackTls();
                    MoveCiphertext();
                }
            }
            catch (Exception)
            {
            }

            Release();
        }

        private bool Receive(long now)
        {
            if (_closing)
            {
                return false;
            }

            return _tls == null ? ReceivePlain(now) : ReceiveTls(now);
        }

        private bool ReceivePlain(long now)
        {
            if (_peerEnded)
            {
                return false;
            }

            if (_closeAfterOutput)
            {
                // After the last answer of the connection, what else the client sends is read and dropped (the
                // parser's request is void by now, so its buffer serves as scratch).
                _parser.Clear();
                int dropped = _tcp.Receive(_parser.Buffer, 0, _parser.Buffer.Length);
                _parser.Clear();
                if (dropped < 0)
                {
                    _peerEnded = true;
                }

                return dropped > 0;
            }

            if (_parser.Room == 0)
            {
                return false;
            }

            int n = _tcp.Receive(_parser.Buffer, _parser.Length, _parser.Room);
            if (n < 0)
            {
                _peerEnded = true;
                return true;
            }

            if (n > 0)
            {
                _parser.Commit(n);
                _lastActivity = now;
                return true;
            }

            return false;
        }

        private bool ReceiveTls(long now)
        {
            bool progress = DrainPlaintext();
            if (_wireInStart < _wireInEnd)
            {
                progress |= FeedEngine(now);
            }

            if (_wireInStart == _wireInEnd && !_peerEnded && !_tls.IsClosed)
            {
                int n = _tcp.Receive(_wireIn, 0, _wireIn.Length);
                if (n < 0)
                {
                    _peerEnded = true;
                    return true;
                }

                if (n > 0)
                {
                    _lastActivity = now;
                    _server.Monitor.WireBytes(_peer, false, _wireIn, 0, n);
                    _wireInStart = 0;
                    _wireInEnd = n;
                    FeedEngine(now);
                    progress = true;
                }
            }

            return progress;
        }

        /// <summary>Hands received ciphertext to the engine; it takes less while decrypted data waits to be read.</summary>
        private bool FeedEngine(long now)
        {
            bool progress = false;
            while (_wireInStart < _wireInEnd)
            {
                bool connected = _tls.IsHandshakeComplete;
                long started = connected ? Microseconds() : 0;
                int fed = _tls.Feed(_wireIn, _wireInStart, _wireInEnd - _wireInStart, now);
                if (connected)
                {
                    _server.Monitor.ApplicationDataProcessed(Microseconds() - started);
                }

                TrackTls();
                _wireInStart += fed;
                bool drained = DrainPlaintext();
                progress |= fed > 0 || drained;
                if (fed == 0 && !drained)
                {
                    // The parser is full of a request not yet answered: TCP holds the rest (backpressure).
                    break;
                }
            }

            if (_wireInStart == _wireInEnd)
            {
                _wireInStart = 0;
                _wireInEnd = 0;
            }

            return progress;
        }

        /// <summary>Decrypted application data into the parser, as far as it has room.</summary>
        private bool DrainPlaintext()
        {
            bool progress = false;
            while (_tls.PendingApplicationData > 0)
            {
                if (_closeAfterOutput)
                {
                    // After the last answer of the connection, what else arrives is read and dropped.
                    DiscardPlaintext();
                    return true;
                }

                if (_parser.Room == 0)
                {
                    break;
                }

                int n = _tls.ReadApplicationData(_parser.Buffer, _parser.Length, _parser.Room);
                if (n <= 0)
                {
                    break;
                }

                _parser.Commit(n);
                progress = true;
            }

            return progress;
        }

        /// <summary>Reads and forgets decrypted bytes through a scratch slice of the parser buffer (its request is void).</summary>
        private void DiscardPlaintext()
        {
            _parser.Clear();
            while (_tls.PendingApplicationData > 0)
            {
                if (_tls.ReadApplicationData(_parser.Buffer, 0, _parser.Buffer.Length) <= 0)
                {
                    break;
                }
            }
        }

        /// <summary>Answers complete requests while nothing else is in flight; refuses malformed ones and closes.</summary>
        private bool Serve(long now)
        {
            bool progress = false;
            for (int i = 0; i < _server.Limits.RequestsPerPoll; i++)
            {
                if (_outPending || _closeAfterOutput || _closing || (_tls != null && !_tls.IsHandshakeComplete))
                {
                    return progress;
                }

                int result = _parser.Parse(_request);
                if (result == HttpRequestParser.NeedMore)
                {
                    if (_parser.HasPartialRequest && _requestStarted == 0)
                    {
                        _requestStarted = now == 0 ? 1 : now;
                    }

                    if (_parser.WaitsForContinue)
                    {
                        _parser.ContinueSent();
                        QueueRaw(HttpResponseWriter.WriteContinue(_staging, 0));
                        progress = true;
                    }

                    return progress;
                }

                if (result == HttpRequestParser.Failed)
                {
                    _server.Statistics.Errors++;
                    QueueError(_parser.ErrorStatus);
                    return true;
                }

                Answer();
                _parser.Next();
                _requestStarted = 0;
                _lastActivity = now;
                progress = true;
            }

            return progress;
        }

        private void Answer()
        {
            _request.RemoteAddress = _peer;
            _request.IsSecure = _tls != null;
            _response.Reset();
            bool keepAlive = _parser.KeepAlive && !_peerEnded;
            if (_kind == HttpConnectionKind.Redirect)
            {
                HttpsRedirect.Build(_request, _response, _server.Address, _server.Port);
                _server.Statistics.Redirects++;
            }
            else
            {
                IHttpHandler handler = _server.Handler;
                try
                {
                    handler.Handle(_request, _response);
                    if (_response.Overflowed)
                    {
                        _server.Statistics.Errors++;
                        FillError(HttpStatus.InternalServerError);
                    }
                }
                catch (Exception)
                {
                    _server.Statistics.Errors++;
                    FillError(HttpStatus.InternalServerError);
                }

                _server.Statistics.RequestsServed++;
            }

            QueueResponse(keepAlive, _request.Method == "HEAD");
        }

        private void QueueError(int status)
        {
            _response.Reset();
            FillError(status);
            QueueResponse(false, false);
        }

        private void FillError(int status)
        {
            _response.Reset();
            _response.Status = status;
            _response.ContentType = "text/plain; charset=utf-8";
            _response.AddHeader("Cache-Control", "no-store");
            _response.Write(status.ToString());
            _response.Write(" ");
            _response.Write(HttpStatus.Reason(status));
            _response.Write("\n");
        }

        /// <summary>Serialises the response into the staging buffer (its body too when it fits) and starts sending it.</summary>
        private void QueueResponse(bool keepAlive, bool headOnly)
        {
            int head = HttpResponseWriter.WriteHead(_response, keepAlive, _staging, 0);
            if (head < 0)
            {
                // A header the handler set would split the response, or the head is too large.
                _server.Statistics.Errors++;
                FillError(HttpStatus.InternalServerError);
                head = HttpResponseWriter.WriteHead(_response, keepAlive, _staging, 0);
            }

            int bodyLength = headOnly || HttpStatus.HasNoContent(_response.Status) ? 0 : _response.BodyLength;
            _body = null;
            _bodyRemaining = 0;
            if (bodyLength <= _staging.Length - head)
            {
                Array.Copy(_response.BodyArray, _response.BodyOffset, _staging, head, bodyLength);
                head += bodyLength;
            }
            else
            {
                _body = _response.BodyArray;
                _bodyOffset = _response.BodyOffset;
                _bodyRemaining = bodyLength;
            }

            QueueRaw(head);
            if (!keepAlive)
            {
                _closeAfterOutput = true;
            }
        }

        private void QueueRaw(int length)
        {
            _stagingLength = length;
            _stagingSent = 0;
            _outPending = true;
        }

        /// <summary>Sends what is queued: straight to the socket, or through the engine's records.</summary>
        private bool Flush(long now)
        {
            bool progress = false;
            if (_tls == null)
            {
                progress = SendPlain();
            }
            else
            {
                progress = MoveCiphertext();
                if (_outPending && _tls.IsHandshakeComplete)
                {
                    progress |= WritePlaintext();
                    progress |= MoveCiphertext();
                }
            }

            if (progress)
            {
                _lastActivity = now;
            }

            return progress;
        }

        private bool SendPlain()
        {
            if (!_outPending)
            {
                return false;
            }

            bool progress = false;
            if (_stagingSent < _stagingLength)
            {
                int n = _tcp.Send(_staging, _stagingSent, _stagingLength - _stagingSent);
                if (n < 0)
                {
                    Release();
                    return true;
                }

                _stagingSent += n;
                progress = n > 0;
            }

            if (_stagingSent == _stagingLength && _bodyRemaining > 0)
            {
                int n = _tcp.Send(_body, _bodyOffset, _bodyRemaining);
                if (n < 0)
                {
                    Release();
                    return true;
                }

                _bodyOffset += n;
                _bodyRemaining -= n;
                progress |= n > 0;
            }

            if (_stagingSent == _stagingLength && _bodyRemaining == 0)
            {
                _outPending = false;
                _body = null;
            }

            return progress;
        }

        /// <summary>Response bytes into the engine while it has room (its backpressure); records come out in MoveCiphertext.</summary>
        private bool WritePlaintext()
        {
            bool progress = false;
            if (_stagingSent < _stagingLength)
            {
                long started = Microseconds();
                int offered = _stagingLength - _stagingSent;
                int n = _tls.WriteApplicationData(_staging, _stagingSent, offered);
                _server.Monitor.ApplicationDataProcessed(Microseconds() - started);
                TrackTls();
                if (n < offered)
                {
                    _server.CountTls(TlsCounter.AppFlowControlBlock);
                }

                _stagingSent += n;
                progress = n > 0;
            }

            if (_stagingSent == _stagingLength && _bodyRemaining > 0)
            {
                long started = Microseconds();
                int n = _tls.WriteApplicationData(_body, _bodyOffset, _bodyRemaining);
                _server.Monitor.ApplicationDataProcessed(Microseconds() - started);
                TrackTls();
                if (n < _bodyRemaining)
                {
                    _server.CountTls(TlsCounter.AppFlowControlBlock);
                }

                _bodyOffset += n;
                _bodyRemaining -= n;
                progress |= n > 0;
            }

            if (_stagingSent == _stagingLength && _bodyRemaining == 0)
            {
                _outPending = false;
                _body = null;
            }

            return progress;
        }

        /// <summary>Records from the engine to the socket, as far as the socket takes them.</summary>
        private bool MoveCiphertext()
        {
            bool progress = false;
            while (_tcp != null)
            {
                if (_wireOutStart == _wireOutEnd)
                {
                    int k = _tls.TakeOutput(_wireOut, 0, _wireOut.Length);
                    if (k <= 0)
                    {
                        _wireOutStart = 0;
                        _wireOutEnd = 0;
                        break;
                    }

                    _wireOutStart = 0;
                    _wireOutEnd = k;
                }

                int n = _tcp.Send(_wireOut, _wireOutStart, _wireOutEnd - _wireOutStart);
                if (n < 0)
                {
                    Release();
                    return true;
                }

                if (n == 0)
                {
                    break;
                }

                _server.Monitor.WireBytes(_peer, true, _wireOut, _wireOutStart, n);
                _wireOutStart += n;
                progress = true;
            }

            return progress;
        }

        /// <summary>Reports the engine's state changes and a completed handshake.</summary>
        private void TrackTls()
        {
            int events = _tls.TakeEvents();
            int state = _tls.State;
            if (state != _tlsState)
            {
                _server.Monitor.StateChanged(_peer, _tlsState, state);
                _tlsState = state;
            }

            if ((events & TlsEvent.HandshakeComplete) != 0)
            {
                _server.Monitor.HandshakeCompleted(_peer, _tls.HandshakeTimeMs, _tls.CipherSuite, _tls.Group, _tls.Resumed);
            }
        }

        /// <summary>Closes once nothing more can happen: the peer is gone, a final answer is out, or the engine closed.</summary>
        private bool CloseIfDone()
        {
            bool outputDone = !_outPending && (_tls == null || (_tls.PendingOutput == 0 && _wireOutStart == _wireOutEnd));
            if (_tls != null)
            {
                if (_tls.IsClosed)
                {
                    if (outputDone || _peerEnded)
                    {
                        Release();
                        return true;
                    }

                    return false;
                }

                if (_closeAfterOutput && !_outPending)
                {
                    _server.CountTls(TlsCounter.TcpCloseRequest);
                    _tls.Close();
                    TrackTls();
                    MoveCiphertext();
                    _closing = true;
                    return false;
                }

                if (_peerEnded && outputDone && !HasCompleteRequestWaiting())
                {
                    Release();
                    return true;
                }

                return false;
            }

            if (!outputDone)
            {
                return false;
            }

            if (_closeAfterOutput || (_peerEnded && !HasCompleteRequestWaiting()))
            {
                Release();
                return true;
            }

            return false;
        }

        private bool HasCompleteRequestWaiting()
        {
            if (_parser.Length == 0 || _closeAfterOutput)
            {
                return false;
            }

            return _parser.Parse(_request) != HttpRequestParser.NeedMore;
        }

        private void CheckTimers(long now)
        {
            if (_tls != null && now >= _tls.NextDeadline)
            {
                _tls.Tick(now);
                TrackTls();
                MoveCiphertext();
                if (_tcp == null)
                {
                    return;
                }
            }

            HttpServerLimits limits = _server.Limits;
            if (_requestStarted != 0 && !_outPending && !_closeAfterOutput && _parser.HasPartialRequest
                && now - _requestStarted > limits.RequestTimeoutMs)
            {
                // A slow client (slowloris): 408 and close (RFC 9110 15.5.9).
                _server.Statistics.Timeouts++;
                _server.Statistics.Errors++;
                if (_tls == null || _tls.IsHandshakeComplete)
                {
                    QueueError(HttpStatus.RequestTimeout);
                    _requestStarted = 0;
                    _lastActivity = now;
                    return;
                }
            }

            if (now - _lastActivity > limits.IdleTimeoutMs)
            {
                _server.Statistics.Timeouts++;
                Abort();
            }
        }

        /// <summary>Gives everything back: the engine (wiped), the ENCO channel, the socket; the slot is free.</summary>
        private void Release()
        {
            ITcpConnection tcp = _tcp;
            _tcp = null;
            if (_tls != null)
            {
                TlsServerEngine tls = _tls;
                _tls = null;
                _server.ReleaseTls(tls, _channel, _peer);
                _channel = null;
            }

            if (tcp != null)
            {
                tcp.Close();
            }

            _body = null;
            _bodyRemaining = 0;
            _outPending = false;
            _request.Reset();
            _request.Body = null;
            _response.Reset();
            _parser.Clear();
        }

        private static long Microseconds()
        {
            return DateTime.UtcNow.Ticks / 10;
        }
    }
}
