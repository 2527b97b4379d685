using System;
using Router.Enco;

namespace Router.Tls.Client
{
    /// <summary>
    /// A sans-I/O TLS client connection, the counterpart of <see cref="TlsServerEngine"/>: TLS 1.3 (RFC 8446), and
    /// TLS 1.2 (RFC 5246, ECDHE with AEAD suites) for servers without it. The caller
    /// connects the socket, calls <see cref="Start"/> and sends what <see cref="TakeOutput"/> gives (the
    /// ClientHello), hands received bytes to <see cref="Feed"/>, reads with <see cref="ReadApplicationData"/>,
    /// writes with <see cref="WriteApplicationData"/>, calls <see cref="Tick"/> at <see cref="NextDeadline"/> and
    /// reacts to <see cref="TakeEvents"/>. No entry point throws: a server that cannot be authenticated or that
    /// breaks the protocol gets an alert and the engine closes (<see cref="TlsEvent.Closed"/>).
    /// <para>
    /// The server is authenticated by the configured <see cref="ITlsCertificateVerifier"/> (its chain) and by the
    /// engine (the CertificateVerify signature with the leaf's key, the server Finished). Buffers are allocated
    /// once per connection; after the handshake a record in or out allocates nothing. This file holds the entry
    /// points and the record layer in; the hellos are in TlsClientEngine.Hello.cs, the rest of the TLS 1.3 handshake
    /// in TlsClientEngine.Handshake.cs, TLS 1.2 in TlsClientEngine.Tls12.cs and the record layer out in
    /// TlsClientEngine.Output.cs.
    /// </para>
    /// </summary>
    public sealed partial class TlsClientEngine : IDisposable
    {
        /// <summary>Largest TLSPlaintext / TLSInnerPlaintext content (RFC 8446 5.1).</summary>
        public const int MaxPlaintext = 16384;

        /// <summary>Largest TLSCiphertext.length (RFC 8446 5.2): 2^14 + 256.</summary>
        public const int MaxCiphertext = MaxPlaintext + 256;

        private readonly TlsClientConfig _config;
        private readonly TlsCounters _counters;
        private readonly byte[] _in = new byte[RecordCipher.HeaderSize + MaxCiphertext];
        private readonly RecordCipher _readCipher = new RecordCipher();
        private readonly RecordCipher _writeCipher = new RecordCipher();

        private int _inStart;
        private int _inEnd;
        private int _appOffset;
        private int _appCount;
        private int _appRecordEnd;

        private int _state = TlsClientState.Start;
        private int _events;
        private int _alertSent = AlertDescription.None;
        private int _alertReceived = AlertDescription.None;
        private bool _seenChangeCipherSpec;
        private long _now;
        private long _deadline = long.MaxValue;

        public TlsClientEngine(TlsClientConfig config)
        {
            _config = config;
            _counters = config.Counters != null ? config.Counters : new TlsCounters();
            int max = config.MaxHandshakeMessage;
            _hs = new byte[4 + (max < 1024 ? 1024 : max)];
        }

        /// <summary>The handshake state (<see cref="TlsClientState"/>).</summary>
        public int State
        {
            get { return _state; }
        }

        public bool IsHandshakeComplete
        {
            get { return _state == TlsClientState.Connected; }
        }

        public bool IsClosed
        {
            get { return _state == TlsClientState.Closed; }
        }

        /// <summary>The last alert this engine sent, or <see cref="AlertDescription.None"/>.</summary>
        public int AlertSent
        {
            get { return _alertSent; }
        }

        /// <summary>The alert the server sent, or <see cref="AlertDescription.None"/>.</summary>
        public int AlertReceived
        {
            get { return _alertReceived; }
        }

        /// <summary>Milliseconds (caller's clock) at which <see cref="Tick"/> must be called; long.MaxValue for none.</summary>
        public long NextDeadline
        {
            get { return _state == TlsClientState.Connected || _state == TlsClientState.Closed ? long.MaxValue : _deadline; }
        }

        /// <summary>Bytes waiting in <see cref="TakeOutput"/>.</summary>
        public int PendingOutput
        {
            get { return _outEnd - _outStart; }
        }

        /// <summary>Decrypted bytes waiting in <see cref="ReadApplicationData"/>.</summary>
        public int PendingApplicationData
        {
            get { return _appCount; }
        }

        /// <summary>
        /// Begins the handshake at time <paramref name="now"/> (milliseconds): the ClientHello waits in
        /// <see cref="TakeOutput"/>. Called once after the connection is up; <see cref="Feed"/> calls it if the
        /// caller did not. A configuration that cannot make a hello closes the engine (counted as startFailed).
        /// </summary>
        public void Start(long now)
        {
            try
            {
                _now = now;
                if (_state != TlsClientState.Start)
                {
                    return;
                }

                _handshakeStart = now;
                _deadline = now + _config.HandshakeTimeoutMs;
                _counters.Increment(TlsCounter.ClientStart);
                _counters.Increment(TlsCounter.Handshake);
                if (!_config.IsUsable)
                {
                    _counters.Increment(TlsCounter.StartFailed);
                    _counters.Increment(TlsCounter.HandshakeFail);
                    CloseNow();
                    return;
                }

                SendFirstClientHello();
            }
            catch (Exception e)
            {
                FailInternal(e);
            }
        }

        /// <summary>
        /// Takes received bytes at time <paramref name="now"/> (milliseconds) and processes every complete record.
        /// Returns how many bytes were taken: fewer than offered only while decrypted application data waits to
        /// be read (read it, then feed the rest). Bytes fed after the connection closed are taken and dropped.
        /// </summary>
        public int Feed(byte[] data, int offset, int count, long now)
        {
            try
            {
                if (_state == TlsClientState.Start)
                {
                    Start(now);
                }

                _now = now;
                if (_state == TlsClientState.Closed)
                {
                    return count;
                }

                _counters.Increment(TlsCounter.InData);
                int taken = Append(data, offset, count);
                ProcessInput();
                return taken;
            }
            catch (Exception e)
            {
                FailInternal(e);
                return count;
            }
        }

        /// <summary>Copies up to <paramref name="count"/> bytes of decrypted application data; returns how many.</summary>
        public int ReadApplicationData(byte[] buffer, int offset, int count)
        {
            try
            {
                int n = count < _appCount ? count : _appCount;
                if (n <= 0)
                {
                    return 0;
                }

                Array.Copy(_in, _appOffset, buffer, offset, n);
                _appOffset += n;
                _appCount -= n;
                if (_appCount == 0)
                {
                    _inStart = _appRecordEnd;
                    ProcessInput();
                }

                return n;
            }
            catch (Exception e)
            {
                FailInternal(e);
                return 0;
            }
        }

        /// <summary>Lets the engine act on the time: a handshake past its deadline is abandoned.</summary>
        public void Tick(long now)
        {
            try
            {
                _now = now;
                if (_state != TlsClientState.Connected && _state != TlsClientState.Closed && now >= _deadline)
                {
                    _counters.Increment(TlsCounter.HandshakeFail);
                    CloseNow();
                }
            }
            catch (Exception e)
            {
                FailInternal(e);
            }
        }

        /// <summary>Returns the <see cref="TlsEvent"/> flags raised since the last call, and clears them.</summary>
        public int TakeEvents()
        {
            int events = _events;
            _events = 0;
            if (_outEnd > _outStart)
            {
                events |= TlsEvent.OutputReady;
            }

            if (_appCount > 0)
            {
                events |= TlsEvent.ApplicationData;
            }

            return events;
        }

        /// <summary>Wipes every key and secret of the connection (DESIGN rule 6).</summary>
        public void Dispose()
        {
            try
            {
                _readCipher.Dispose();
                _writeCipher.Dispose();
                WipeHandshakeSecrets();
                Array.Clear(_clientTrafficSecret, 0, _clientTrafficSecret.Length);
                Array.Clear(_serverTrafficSecret, 0, _serverTrafficSecret.Length);
                Array.Clear(_resumptionSecret, 0, _resumptionSecret.Length);
                _hasResumptionSecret = false;
                Array.Clear(_in, 0, _in.Length);
                Array.Clear(_out, 0, _out.Length);
                _appCount = 0;
                _state = TlsClientState.Closed;
            }
            catch (Exception)
            {
                _state = TlsClientState.Closed;
            }
        }

        /// <summary>Appends to the input buffer, first moving unprocessed bytes to its start when that makes room.</summary>
        private int Append(byte[] data, int offset, int count)
        {
            if (_in.Length - _inEnd < count && _inStart > 0)
            {
                int kept = _inEnd - _inStart;
                Array.Copy(_in, _inStart, _in, 0, kept);
                _appOffset -= _inStart;
                _appRecordEnd -= _inStart;
                _inStart = 0;
                _inEnd = kept;
            }

            int room = _in.Length - _inEnd;
            int n = count < room ? count : room;
            Array.Copy(data, offset, _in, _inEnd, n);
            _inEnd += n;
            return n;
        }

        /// <summary>Processes every complete record while no application data waits to be read (RFC 8446 5).</summary>
        private void ProcessInput()
        {
            while (_state != TlsClientState.Closed && _appCount == 0)
            {
                int available = _inEnd - _inStart;
                if (available < RecordCipher.HeaderSize)
                {
                    return;
                }

                int type = _in[_inStart];
                int length = (_in[_inStart + 3] << 8) | _in[_inStart + 4];
                // change_cipher_spec is never protected (5); a 2-byte plaintext alert during the handshake is taken
                // too: it can only end a connection the server could end anyway.
                bool protectedRecord = _readCipher.IsActive && type != ContentType.ChangeCipherSpec
                    && !(type == ContentType.Alert && _state != TlsClientState.Connected && length == 2);
                if (length > (protectedRecord ? MaxCiphertext : MaxPlaintext))
                {
                    Fail(AlertDescription.RecordOverflow);
                    return;
                }

                if (available < RecordCipher.HeaderSize + length)
                {
                    return;
                }

                _counters.Increment(TlsCounter.InRecord);
                int recordEnd = _inStart + RecordCipher.HeaderSize + length;
                if (protectedRecord)
                {
                    ProcessProtectedRecord(type, recordEnd);
                }
                else
                {
                    ProcessPlaintextRecord(type, _inStart + RecordCipher.HeaderSize, length);
                }

                if (_appCount == 0)
                {
                    _inStart = recordEnd;
                }
                else
                {
                    _appRecordEnd = recordEnd;
                }
            }
        }

        /// <summary>A TLSPlaintext record (5.1): the server's hellos, a compatibility change_cipher_spec, an early alert.</summary>
        private void ProcessPlaintextRecord(int type, int offset, int length)
        {
            switch (type)
            {
                case ContentType.Handshake:
                    _counters.Increment(TlsCounter.InHandshake);
                    if (length == 0)
                    {
                        Fail(AlertDescription.UnexpectedMessage);
                        return;
                    }

                    GatherHandshake(offset, length);
                    return;
                case ContentType.Alert:
                    ProcessAlert(offset, length);
                    return;
                case ContentType.ChangeCipherSpec:
                    // Middlebox compatibility (D.4): one byte 0x01, once, after a ServerHello or HelloRetryRequest
                    // and before the server's Finished.
                    _counters.Increment(TlsCounter.InChangeCS);
                    _counters.Increment(TlsCounter.ClientInChangeCipherSpec);
                    if (_isTls12)
                    {
                        ProcessTls12ChangeCipherSpec(offset, length);
                        return;
                    }

                    bool afterHello = _state == TlsClientState.ExpectSecondServerHello
                        || (_state >= TlsClientState.ExpectEncryptedExtensions && _state <= TlsClientState.ExpectFinished);
                    if (length != 1 || _in[offset] != 1 || !afterHello || _seenChangeCipherSpec)
                    {
                        Fail(AlertDescription.UnexpectedMessage);
                        return;
                    }

                    _seenChangeCipherSpec = true;
                    return;
                default:
                    _counters.Increment(type == ContentType.ApplicationData ? TlsCounter.InAppData : TlsCounter.InUnknown);
                    Fail(AlertDescription.UnexpectedMessage);
                    return;
            }
        }

        /// <summary>A TLSCiphertext record (5.2): opened in place, padding stripped, the real content type recovered.</summary>
        private void ProcessProtectedRecord(int type, int recordEnd)
        {
            if (_isTls12)
            {
                ProcessTls12Record(type);
                return;
            }

            if (type != ContentType.ApplicationData)
            {
                Fail(AlertDescription.UnexpectedMessage);
                return;
            }

            int inner = CountedRecordOpen.Open(_readCipher, _in, _inStart, false, _counters);
            if (inner < 0)
            {
                Fail(AlertDescription.BadRecordMac);
                return;
            }

            int start = _inStart + RecordCipher.HeaderSize;
            int at = InnerPlaintext.TypeOffset(_in, start, inner);
            if (at < 0)
            {
                // No non-zero octet: no content type (5.4).
                Fail(AlertDescription.UnexpectedMessage);
                return;
            }

            int innerType = _in[at];
            int contentLength = at - start;
            if (contentLength > MaxPlaintext)
            {
                Fail(AlertDescription.RecordOverflow);
                return;
            }

            DispatchContent(innerType, start, contentLength, TlsCounter.InUnknown);
        }

        /// <summary>
        /// Hands an opened record's content (TLS 1.3 inner type, or the TLS 1.2 header's type) to its layer;
        /// <paramref name="otherCounter"/> counts a type that has no place here.
        /// </summary>
        private void DispatchContent(int type, int start, int length, int otherCounter)
        {
            switch (type)
            {
                case ContentType.Handshake:
                    _counters.Increment(TlsCounter.InHandshake);
                    if (length == 0)
                    {
                        Fail(AlertDescription.UnexpectedMessage);
                        return;
                    }

                    GatherHandshake(start, length);
                    return;
                case ContentType.Alert:
                    ProcessAlert(start, length);
                    return;
                case ContentType.ApplicationData:
                    _counters.Increment(TlsCounter.InAppData);
                    if (_state != TlsClientState.Connected)
                    {
                        Fail(AlertDescription.UnexpectedMessage);
                        return;
                    }

                    if (length > 0)
                    {
                        _appOffset = start;
                        _appCount = length;
                    }

                    return;
                default:
                    _counters.Increment(otherCounter);
                    Fail(AlertDescription.UnexpectedMessage);
                    return;
            }
        }

        /// <summary>An Alert (6): close_notify ends the connection cleanly; every other alert is fatal in TLS 1.3 except user_canceled.</summary>
        private void ProcessAlert(int offset, int length)
        {
            _counters.Increment(TlsCounter.InAlert);
            if (length != 2)
            {
                Fail(AlertDescription.DecodeError);
                return;
            }

            int level = _in[offset];
            int description = _in[offset + 1];
            _counters.AlertReceived(level, description);
            _alertReceived = description;
            _events |= TlsEvent.Alert;
            if (description == AlertDescription.UserCanceled
                || (_isTls12 && level == AlertDescription.LevelWarning && description != AlertDescription.CloseNotify))
            {
                // TLS 1.2 warnings (no_renegotiation, ...) are not fatal (RFC 5246 7.2).
                return;
            }

            if (_state != TlsClientState.Connected)
            {
                _counters.Increment(TlsCounter.HandshakeFail);
            }

            if (description == AlertDescription.CloseNotify)
            {
                _events |= TlsEvent.PeerClosed;
                SendAlert(AlertDescription.CloseNotify);
            }

            CloseNow();
        }

        /// <summary>Sends a fatal alert and closes (6.2).</summary>
        private void Fail(int description)
        {
            if (_state == TlsClientState.Closed)
            {
                return;
            }

            if (_state != TlsClientState.Connected)
            {
                _counters.Increment(TlsCounter.HandshakeFail);
            }

            if (description == AlertDescription.UnexpectedMessage)
            {
                _counters.Increment(TlsCounter.InUnexpected);
            }

            if (description == AlertDescription.DecodeError || description == AlertDescription.RecordOverflow)
            {
                _counters.Increment(TlsCounter.ProcessDataInvalid);
            }

            SendAlert(description);
            _counters.Increment(TlsCounter.ClosedAfterFatalSent);
            CloseNow();
        }

        /// <summary>The last line of defence of every entry point: an internal_error alert, and closed.</summary>
        private void FailInternal(Exception e)
        {
            try
            {
                if (e is EncoException)
                {
                    _counters.Increment(TlsCounter.ProcessEncoError);
                }

                Fail(AlertDescription.InternalError);
            }
            catch (Exception)
            {
                _state = TlsClientState.Closed;
                _events |= TlsEvent.Closed;
            }
        }

        private void CloseNow()
        {
            _state = TlsClientState.Closed;
            _events |= TlsEvent.Closed;
            _appCount = 0;
            _readCipher.Dispose();
            _writeCipher.Dispose();
            WipeHandshakeSecrets();
            Array.Clear(_resumptionSecret, 0, _resumptionSecret.Length);
            _hasResumptionSecret = false;
        }
    }
}
