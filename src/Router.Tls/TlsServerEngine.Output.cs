using System;

namespace Router.Tls
{
    /// <summary>
    /// The record layer out: building handshake messages into records, application data, alerts, close.
    /// <para>
    /// Memory: the output buffer is sized to what is being sent. Before the flight it is <see cref="ControlOutput"/>
    /// bytes (HelloRetryRequest, alerts); the flight gets a buffer sized to it (<see cref="ReserveOutput"/>), released
    /// once taken; the first application write allocates config.OutputBufferSize, kept for the connection so records
    /// then allocate nothing. Protected records honour the client's record_size_limit (RFC 8449 4).
    /// </para>
    /// </summary>
    public sealed partial class TlsServerEngine
    {
        /// <summary>Record overhead of a protected record: header, inner content type, tag.</summary>
        /// TLS 1.2's explicit nonce (8 bytes) is larger than TLS 1.3's content type byte, so it is the bound.
        private const int ProtectedOverhead = RecordCipher.HeaderSize + RecordCipher.ExplicitNonceSize + Router.Enco.Aead.TagSize;

        /// <summary>Output before the flight and between flights: a HelloRetryRequest with change_cipher_spec, or alerts.</summary>
        private const int ControlOutput = 320;

        /// <summary>Smallest application output buffer: a record of 227 plaintext bytes.</summary>
        private const int MinOutputBuffer = 256;

        private byte[] _out = new byte[ControlOutput];
        private bool _applicationOutput;
        private int _outStart;
        private int _outEnd;
        private int _recordStart;
        private int _w;

        /// <summary>Largest plaintext of a protected record this server sends: 2^14, or less by the client's record_size_limit.</summary>
        private int _sendLimit = MaxPlaintext;

        /// <summary>Copies up to <paramref name="count"/> bytes of records to send; returns how many.</summary>
        public int TakeOutput(byte[] buffer, int offset, int count)
        {
            int n = _outEnd - _outStart;
            if (n > count)
            {
                n = count;
            }

            if (n <= 0)
            {
                return 0;
            }

            Array.Copy(_out, _outStart, buffer, offset, n);
            _outStart += n;
            if (_outStart == _outEnd)
            {
                _outStart = 0;
                _outEnd = 0;
                if (!_applicationOutput && _out.Length > ControlOutput)
                {
                    ReleaseFlightBuffer();
                }
            }

            _counters.Increment(TlsCounter.OutData);
            return n;
        }

        /// <summary>
        /// Encrypts application data into records of at most 2^14 bytes (5.1), or the client's record_size_limit
        /// (RFC 8449), while there is room in the output buffer; returns how many bytes were taken (0 before the
        /// handshake completes, after close, or when the output is full: take output, then write the rest). The first
        /// call allocates the output buffer (config.OutputBufferSize); after that it allocates nothing.
        /// </summary>
        public int WriteApplicationData(byte[] data, int offset, int count)
        {
            try
            {
                if (_state != TlsState.Connected || count <= 0)
                {
                    return 0;
                }

                UseApplicationOutput();
                int taken = 0;
                while (taken < count)
                {
                    CompactOutput();
                    int room = _out.Length - _outEnd - ProtectedOverhead;
                    if (room <= 0)
                    {
                        break;
                    }

                    int n = count - taken;
                    if (n > _sendLimit)
                    {
                        n = _sendLimit;
                    }

                    if (n > room)
                    {
                        n = room;
                    }

                    int content = OpenRecord();
                    Array.Copy(data, offset + taken, _out, content, n);
                    _w = content + n;
                    CloseProtectedRecord(ContentType.ApplicationData);
                    _counters.Increment(TlsCounter.AppData);
                    taken += n;
                }

                return taken;
            }
            catch (Exception e)
            {
                FailInternal(e);
                return 0;
            }
        }

        /// <summary>Sends close_notify (6.1) and closes; the caller sends the remaining output and closes the socket.</summary>
        public void Close()
        {
            try
            {
                if (_state == TlsState.Closed)
                {
                    return;
                }

                if (_state != TlsState.Connected)
                {
                    _counters.Increment(TlsCounter.HandshakeFail);
                }

                SendAlert(AlertDescription.CloseNotify);
                CloseNow();
            }
            catch (Exception e)
            {
                FailInternal(e);
            }
        }

        /// <summary>Writes an alert record, protected once the server has keys (6).</summary>
        private void SendAlert(int description)
        {
            ReserveOutput(ProtectedOverhead + 2);

            int content = OpenRecord();
            _w = content;
            bool warning = description == AlertDescription.CloseNotify || description == AlertDescription.NoRenegotiation;
            _out[_w++] = warning ? (byte)AlertDescription.LevelWarning : (byte)AlertDescription.LevelFatal;
            _out[_w++] = (byte)description;
            if (_writeCipher.IsActive)
            {
                CloseProtectedRecord(ContentType.Alert);
            }
            else
            {
                ClosePlaintextRecord(ContentType.Alert);
            }

            _alertSent = description;
            _events |= TlsEvent.Alert;
            _counters.AlertSent(description);
        }

        /// <summary>
        /// Makes room for <paramref name="bytes"/> more bytes of records after the unsent output: a larger buffer when
        /// needed (the flight's), keeping what is unsent.
        /// </summary>
        private void ReserveOutput(int bytes)
        {
            CompactOutput();
            if (_out.Length - _outEnd >= bytes)
            {
                return;
            }

            byte[] larger = new byte[_outEnd + bytes];
            Array.Copy(_out, 0, larger, 0, _outEnd);
            Array.Clear(_out, 0, _out.Length);
            _out = larger;
        }

        /// <summary>
        /// Bytes of records for <paramref name="plaintext"/> bytes of protected handshake messages in up to
        /// <paramref name="messages"/> records, each split by the client's record_size_limit.
        /// </summary>
        private int ProtectedSize(int plaintext, int messages)
        {
            int records = messages + plaintext / _sendLimit + 1;
            return plaintext + records * ProtectedOverhead;
        }

        /// <summary>The flight is sent: its buffer goes back to the heap (kept when no small one can be had).</summary>
        private void ReleaseFlightBuffer()
        {
            try
            {
                byte[] small = new byte[ControlOutput];
                Array.Clear(_out, 0, _out.Length);
                _out = small;
            }
            catch (Exception)
            {
                // Out of memory: the larger buffer serves as well.
            }
        }

        /// <summary>From the first application write on: the connection's output buffer of config.OutputBufferSize bytes, kept.</summary>
        private void UseApplicationOutput()
        {
            if (_applicationOutput)
            {
                return;
            }

            CompactOutput();
            int size = _config.OutputBufferSize < MinOutputBuffer ? MinOutputBuffer : _config.OutputBufferSize;
            if (size < _outEnd + ProtectedOverhead)
            {
                // Unsent handshake output first: the caller takes it, then writes again.
                return;
            }

            byte[] buffer = new byte[size];
            Array.Copy(_out, 0, buffer, 0, _outEnd);
            Array.Clear(_out, 0, _out.Length);
            _out = buffer;
            _applicationOutput = true;
        }

        /// <summary>Moves unsent output to the start of the buffer.</summary>
        private void CompactOutput()
        {
            if (_outStart > 0)
            {
                int kept = _outEnd - _outStart;
                Array.Copy(_out, _outStart, _out, 0, kept);
                _outStart = 0;
                _outEnd = kept;
            }
        }

        /// <summary>Reserves a record header at the end of the output; returns where the content starts.</summary>
        private int OpenRecord()
        {
            _recordStart = _outEnd;
            _w = _outEnd + RecordCipher.HeaderSize;
            if (_version == Tls12 && _writeCipher.IsActive)
            {
                // Room for the explicit nonce of a TLS 1.2 AES-GCM record (RFC 5288 3).
                _w += _writeCipher.Tls12Prefix;
            }

            return _w;
        }

        /// <summary>Finishes a TLSPlaintext record (5.1) of what was written since <see cref="OpenRecord"/>.</summary>
        private void ClosePlaintextRecord(int type)
        {
            int length = _w - _recordStart - RecordCipher.HeaderSize;
            _out[_recordStart] = (byte)type;
            _out[_recordStart + 1] = 3;
            _out[_recordStart + 2] = 3;
            _out[_recordStart + 3] = (byte)(length >> 8);
            _out[_recordStart + 4] = (byte)length;
            _outEnd = _w;
            _counters.Increment(TlsCounter.OutRecord);
        }

        /// <summary>
        /// Seals what was written since <see cref="OpenRecord"/> as <paramref name="innerType"/>: one record, or, when
        /// it is longer than the client's record_size_limit allows, several (RFC 8449 4; handshake messages may span
        /// records, RFC 8446 5.1). The fragments are moved apart in place, last first, to make room for each record's
        /// header, nonce, content type and tag.
        /// </summary>
        private void CloseProtectedRecord(int innerType)
        {
            int prefix = RecordCipher.HeaderSize + (_version == Tls12 ? _writeCipher.Tls12Prefix : 0);
            int content = _recordStart + prefix;
            int length = _w - content;
            if (length <= _sendLimit)
            {
                SealRecord(innerType);
                return;
            }

            int fragments = (length + _sendLimit - 1) / _sendLimit;
            int stride = prefix + _sendLimit + (_version == Tls12 ? 0 : 1) + Router.Enco.Aead.TagSize;
            int first = _recordStart;
            if (first + (fragments - 1) * stride + prefix + (length - (fragments - 1) * _sendLimit) + ProtectedOverhead > _out.Length)
            {
                throw new InvalidOperationException("output buffer too small for the fragmented record");
            }

            for (int i = fragments - 1; i > 0; i--)
            {
                int n = i == fragments - 1 ? length - i * _sendLimit : _sendLimit;
                Array.Copy(_out, content + i * _sendLimit, _out, first + i * stride + prefix, n);
            }

            for (int i = 0; i < fragments; i++)
            {
                int n = i == fragments - 1 ? length - i * _sendLimit : _sendLimit;
                _recordStart = first + i * stride;
                _w = _recordStart + prefix + n;
                SealRecord(innerType);
            }
        }

        /// <summary>Appends the real content type (no padding) and seals the record (5.2, 5.4); TLS 1.2: seals it as <paramref name="innerType"/>.</summary>
        private void SealRecord(int innerType)
        {
            _counters.Increment(TlsCounter.Encode);
            int length;
            if (_version == Tls12)
            {
                // TLS 1.2 keeps the content type in the header (RFC 5246 6.2.3.3).
                int content = _recordStart + RecordCipher.HeaderSize + _writeCipher.Tls12Prefix;
                length = _writeCipher.SealTls12(_out, _recordStart, innerType, _w - content);
            }
            else
            {
                _out[_w++] = (byte)innerType;
                length = _writeCipher.Seal(_out, _recordStart, _w - _recordStart - RecordCipher.HeaderSize);
            }

            _counters.Increment(TlsCounter.Encoded);
            _outEnd = _recordStart + length;
            _counters.Increment(TlsCounter.OutRecord);
        }

        /// <summary>Starts a handshake message (4): type and a length filled by <see cref="EndMessage"/>.</summary>
        private int BeginMessage(int type)
        {
            int start = _w;
            _out[_w] = (byte)type;
            _w += 4;
            return start;
        }

        /// <summary>Fills in the message length and adds the message to the transcript (4.4.1).</summary>
        private void EndMessage(int start)
        {
            int length = _w - start - 4;
            _out[start + 1] = (byte)(length >> 16);
            _out[start + 2] = (byte)(length >> 8);
            _out[start + 3] = (byte)length;
            _transcript.Update(_out, start, _w - start);
        }

        private void Put8(int value)
        {
            _out[_w++] = (byte)value;
        }

        private void Put16(int value)
        {
            _out[_w++] = (byte)(value >> 8);
            _out[_w++] = (byte)value;
        }

        private void Put24(int value)
        {
            _out[_w++] = (byte)(value >> 16);
            _out[_w++] = (byte)(value >> 8);
            _out[_w++] = (byte)value;
        }

        private void PutBytes(byte[] source, int offset, int count)
        {
            Array.Copy(source, offset, _out, _w, count);
            _w += count;
        }
    }
}
