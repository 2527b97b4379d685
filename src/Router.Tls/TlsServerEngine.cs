using System;
using Router.Enco;

namespace Router.Tls
{
    /// <summary>
    /// A sans-I/O TLS 1.3 (RFC 8446) and TLS 1.2 (RFC 5246) server connection. The caller owns the socket and the loop: it hands received
    /// bytes and the time to <see cref="Feed"/>, sends what <see cref="TakeOutput"/> gives, reads decrypted data
    /// with <see cref="ReadApplicationData"/>, writes with <see cref="WriteApplicationData"/>, calls
    /// <see cref="Tick"/> at <see cref="NextDeadline"/>, and reacts to <see cref="TakeEvents"/>. No entry point
    /// throws: malformed or hostile input ends in an alert and <see cref="TlsEvent.Closed"/>.
    /// <para>
    /// Buffers are allocated once per connection; after the handshake a record in or out allocates nothing.
    /// This file holds the entry points and the record layer in; the handshake is in TlsServerEngine.Handshake.cs
    /// (TLS 1.2's in TlsServerEngine.Tls12.cs) and the record layer out in TlsServerEngine.Output.cs.
    /// </para>
    /// </summary>
    public sealed partial class TlsServerEngine : IDisposable
    {
        /// <summary>Largest TLSPlaintext / TLSInnerPlaintext content (RFC 8446 5.1).</summary>
        public const int MaxPlaintext = 16384;

        /// <summary>Largest TLSCiphertext.length (RFC 8446 5.2): 2^14 + 256.</summary>
        public const int MaxCiphertext = MaxPlaintext + 256;

        private readonly TlsServerConfig _config;
        private readonly TlsCounters _counters;
        /// <summary>Smallest record_size_limit (RFC 8449 4).</summary>
        public const int MinRecordLimit = 64;

        /// <summary>Input bytes past the plaintext limit when it is advertised: TLS 1.2 explicit nonce and tag, TLS 1.3 content type and tag.</summary>
        private const int LimitedRecordSlack = 32;

        /// <summary>
        /// Plaintext bytes the input buffer holds at least: unprotected records (a ClientHello, about 1.8 KB from a
        /// browser with a post-quantum share) are not bound by record_size_limit (RFC 8449 4).
        /// </summary>
        private const int MinInputBuffer = 2048;

        /// <summary>One record in: 5 + 2^14 + 256 bytes, or 5 + config.MaxInputRecord (at least 2048) + 32 with a smaller limit (RFC 8449).</summary>
        private readonly byte[] _in;

        /// <summary>Largest record plaintext accepted (config.MaxInputRecord within 64..2^14).</summary>
        private readonly int _inputLimit;

        /// <summary>True once record_size_limit with <see cref="_inputLimit"/> was sent to the client.</summary>
        private bool _recordLimitSent;
        private readonly RecordCipher _readCipher = new RecordCipher();
        private readonly RecordCipher _writeCipher = new RecordCipher();

        private int _inStart;
        private int _inEnd;
        private int _appOffset;
        private int _appCount;
        private int _appRecordEnd;

        private int _state = TlsState.ExpectClientHello;
        private int _events;
        private int _alertSent = AlertDescription.None;
        private int _alertReceived = AlertDescription.None;
        private bool _seenFirstRecord;
        private long _now;
        private long _deadline = long.MaxValue;
        private bool _started;

        public TlsServerEngine(TlsServerConfig config)
        {
            _config = config;
            _counters = config.Counters;
            int limit = config.MaxInputRecord;
            _inputLimit = limit > MaxPlaintext ? MaxPlaintext : (limit < MinRecordLimit ? MinRecordLimit : limit);
            int held = _inputLimit < MinInputBuffer ? MinInputBuffer : _inputLimit;
            _in = new byte[RecordCipher.HeaderSize + (_inputLimit == MaxPlaintext ? MaxCiphertext : held + LimitedRecordSlack)];
            _hs = new byte[config.MaxHandshakeMessage < InitialHandshakeBuffer ? config.MaxHandshakeMessage : InitialHandshakeBuffer];
        }

        /// <summary>The handshake state (<see cref="TlsState"/>).</summary>
        public int State
        {
            get { return _state; }
        }

        public bool IsHandshakeComplete
        {
            get { return _state == TlsState.Connected; }
        }

        public bool IsClosed
        {
            get { return _state == TlsState.Closed; }
        }

        /// <summary>The last alert this engine sent, or <see cref="AlertDescription.None"/>.</summary>
        public int AlertSent
        {
            get { return _alertSent; }
        }

        /// <summary>The alert the peer sent, or <see cref="AlertDescription.None"/>.</summary>
        public int AlertReceived
        {
            get { return _alertReceived; }
        }

        /// <summary>Milliseconds (caller's clock) at which <see cref="Tick"/> must be called; long.MaxValue for none.</summary>
        public long NextDeadline
        {
            get { return _state == TlsState.Connected || _state == TlsState.Closed ? long.MaxValue : _deadline; }
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
        /// Takes received bytes at time <paramref name="now"/> (milliseconds) and processes every complete record.
        /// Returns how many bytes were taken: fewer than offered only while decrypted application data waits to
        /// be read (read it, then feed the rest). Bytes fed after the connection closed are taken and dropped.
        /// </summary>
        public int Feed(byte[] data, int offset, int count, long now)
        {
            try
            {
                _now = now;
                Start();
                if (_state == TlsState.Closed)
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
            _now = now;
            if (_state != TlsState.Connected && _state != TlsState.Closed && now >= _deadline)
            {
                _counters.Increment(TlsCounter.HandshakeFail);
                CloseNow();
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
            _readCipher.Dispose();
            _writeCipher.Dispose();
            WipeHandshakeSecrets();
            WipeTls12Secrets();
            Array.Clear(_clientTrafficSecret, 0, _clientTrafficSecret.Length);
            Array.Clear(_serverTrafficSecret, 0, _serverTrafficSecret.Length);
            Array.Clear(_in, 0, _in.Length);
            Array.Clear(_out, 0, _out.Length);
            if (_state != TlsState.Closed)
            {
                _state = TlsState.Closed;
            }
        }

        private void Start()
        {
            if (!_started)
            {
                _started = true;
                _handshakeStart = _now;
                _deadline = _now + _config.HandshakeTimeoutMs;
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
            while (_state != TlsState.Closed && _appCount == 0)
            {
                int available = _inEnd - _inStart;
                if (available < 1)
                {
                    return;
                }

                if (!_seenFirstRecord && (_in[_inStart] & 0x80) != 0)
                {
                    // An SSL 2.0 CLIENT-HELLO (msg_type 1 after the 2-byte header): counted and refused (E.2).
                    if (available < 3)
                    {
                        return;
                    }

                    if (_in[_inStart + 2] == 1)
                    {
                        _counters.Increment(TlsCounter.InSSLv2ClientHello);
                        _counters.Increment(TlsCounter.SslVersion);
                        Fail(AlertDescription.ProtocolVersion);
                        return;
                    }
                }

                if (available < RecordCipher.HeaderSize)
                {
                    return;
                }

                int type = _in[_inStart];
                int length = (_in[_inStart + 3] << 8) | _in[_inStart + 4];
                // change_cipher_spec is never protected (5); nor is an alert from a client that could not use our
                // ServerHello, so it has no handshake keys to protect it with.
                bool protectedRecord = _readCipher.IsActive && type != ContentType.ChangeCipherSpec
                    && !(type == ContentType.Alert && AwaitsClientFlight13 && length == 2);
                int maxLength = protectedRecord ? MaxCiphertext : MaxPlaintext;
                if (length > maxLength || length > _in.Length - RecordCipher.HeaderSize)
                {
                    Fail(AlertDescription.RecordOverflow);
                    return;
                }

                if (available < RecordCipher.HeaderSize + length)
                {
                    return;
                }

                if (_version == Tls12 && _state != TlsState.ExpectClientHello
                    && (_in[_inStart + 1] != 3 || _in[_inStart + 2] != 3))
                {
                    // After ServerHello every TLS 1.2 record carries the negotiated version (RFC 5246 6.2.1, E.1).
                    Fail(AlertDescription.ProtocolVersion);
                    return;
                }

                _seenFirstRecord = true;
                _counters.Increment(TlsCounter.InRecord);
                int recordEnd = _inStart + RecordCipher.HeaderSize + length;
                if (protectedRecord && _version == Tls12)
                {
                    ProcessProtectedRecord12(type);
                }
                else if (protectedRecord)
                {
                    ProcessProtectedRecord(type, length, recordEnd);
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

        /// <summary>A TLSPlaintext record (5.1): before the client's handshake keys, or a compatibility change_cipher_spec.</summary>
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
                    // Middlebox compatibility (D.4): one byte 0x01, only between the hellos and the client's Finished.
                    // TLS 1.2 (RFC 5246 7.1): the one that switches the client's keys, right before its Finished.
                    _counters.Increment(TlsCounter.InChangeCS);
                    bool expected = _version == Tls12
                        ? _state == TlsState.ExpectChangeCipherSpec
                        : _state == TlsState.ExpectSecondClientHello || _state == TlsState.ExpectFinished || _state == TlsState.ExpectClientCertificate;
                    if (length != 1 || _in[offset] != 1 || !expected)
                    {
                        Fail(AlertDescription.UnexpectedMessage);
                    }
                    else if (_version == Tls12)
                    {
                        HandleChangeCipherSpec12();
                    }

                    return;
                default:
                    _counters.Increment(type == ContentType.ApplicationData ? TlsCounter.InAppData : TlsCounter.InUnknown);
                    Fail(AlertDescription.UnexpectedMessage);
                    return;
            }
        }

        /// <summary>A TLSCiphertext record (5.2): opened in place, padding stripped, the real content type recovered.</summary>
        private void ProcessProtectedRecord(int type, int length, int recordEnd)
        {
            if (type != ContentType.ApplicationData)
            {
                Fail(AlertDescription.UnexpectedMessage);
                return;
            }

            int inner = CountedRecordOpen.Open(_readCipher, _in, _inStart, false, _counters);
            if (inner < 0)
            {
                if (SkipsEarlyData(length))
                {
                    return;
                }

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
            if (contentLength > ReceiveLimit)
            {
                Fail(AlertDescription.RecordOverflow);
                return;
            }

            DispatchContent(innerType, start, contentLength, false);
        }

        /// <summary>
        /// Hands an opened record's content (TLS 1.3 inner type, or the TLS 1.2 header's type) to its layer;
        /// with <paramref name="renegotiationRefused"/> (TLS 1.2) a handshake message after the handshake is refused.
        /// </summary>
        private void DispatchContent(int type, int start, int length, bool renegotiationRefused)
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

                    if (renegotiationRefused && _state == TlsState.Connected)
                    {
                        RefuseRenegotiation(start, length);
                        return;
                    }

                    GatherHandshake(start, length);
                    return;
                case ContentType.Alert:
                    ProcessAlert(start, length);
                    return;
                case ContentType.ApplicationData:
                    _counters.Increment(TlsCounter.InAppData);
                    if (_state != TlsState.Connected)
                    {
                        Fail(AlertDescription.UnexpectedMessage);
                        return;
                    }

                    _appOffset = start;
                    _appCount = length;
                    return;
                default:
                    _counters.Increment(TlsCounter.InUnknown);
                    Fail(AlertDescription.UnexpectedMessage);
                    return;
            }
        }

        /// <summary>Largest plaintext of a record in: the advertised record_size_limit (RFC 8449 4), else 2^14 (5.1).</summary>
        private int ReceiveLimit
        {
            get { return _recordLimitSent ? _inputLimit : MaxPlaintext; }
        }

        /// <summary>
        /// Retained bytes of this connection's buffers (input, output, handshake reassembly) and fixed-size state
        /// arrays and contexts, for the memory figures of the README; objects shared through the config are not counted.
        /// </summary>
        public int BufferBytes
        {
            get { return _in.Length + _out.Length + _hs.Length + FixedStateBytes; }
        }

        /// <summary>The fixed-size arrays of the connection state: record ciphers, transcript contexts, secrets (TLS 1.2's too).</summary>
        private int FixedStateBytes
        {
            get
            {
                return _readCipher.StateBytes + _writeCipher.StateBytes + _transcriptContext.Length + _forkContext.Length + _hash.Length
                    + _clientHandshakeSecret.Length + _serverHandshakeSecret.Length + _clientTrafficSecret.Length
                    + _serverTrafficSecret.Length + _nextSecret.Length + _finishedKey.Length + _expectedFinished.Length + _shared.Length
                    + _share.Length + _serverRandom.Length + _psk.Length + _binderKey.Length + _ticket.Length + _ticketNonce.Length
                    + _firstRandom.Length + _hello.Random.Length + _hello.SessionId.Length + _masterSecret.Length + _keyBlock.Length
                    + _verifyData.Length + _sessionId.Length;
            }
        }

        /// <summary>
        /// With early data offered and not accepted, the server skips records it cannot open under the handshake
        /// keys, up to a bound (4.2.10).
        /// </summary>
        private bool SkipsEarlyData(int length)
        {
            if (!AwaitsClientFlight13 || !_skippingEarlyData || _earlyDataSkipped + length > MaxPlaintext + MaxCiphertext)
            {
                return false;
            }

            // A record that did not open did not advance the sequence number.
            _earlyDataSkipped += length;
            return true;
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
            if (description == AlertDescription.UserCanceled)
            {
                return;
            }

            if (description != AlertDescription.CloseNotify && IsTolerableWarning12(level))
            {
                return;
            }

            if (description == AlertDescription.CloseNotify)
            {
                _events |= TlsEvent.PeerClosed;
                if (_state != TlsState.Connected)
                {
                    _counters.Increment(TlsCounter.HandshakeFail);
                }

                SendAlert(AlertDescription.CloseNotify);
                CloseNow();
                return;
            }

            if (_state != TlsState.Connected)
            {
                _counters.Increment(TlsCounter.HandshakeFail);
            }

            InvalidateSession12();
            CloseNow();
        }

        /// <summary>Sends a fatal alert and closes (6.2).</summary>
        private void Fail(int description)
        {
            if (_state == TlsState.Closed)
            {
                return;
            }

            if (_state != TlsState.Connected)
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

            InvalidateSession12();
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
                _state = TlsState.Closed;
                _events |= TlsEvent.Closed;
            }
        }

        private void CloseNow()
        {
            _state = TlsState.Closed;
            _events |= TlsEvent.Closed;
            _appCount = 0;
            _readCipher.Dispose();
            _writeCipher.Dispose();
            WipeHandshakeSecrets();
            WipeTls12Secrets();
        }
    }
}
