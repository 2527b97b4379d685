using System;

namespace Router.Tls.Client
{
    /// <summary>The client's record layer out: handshake messages into records, application data, alerts, close.</summary>
    public sealed partial class TlsClientEngine
    {
        /// <summary>Record overhead of a protected record: header, inner content type, tag.</summary>
        private const int ProtectedOverhead = RecordCipher.HeaderSize + RecordCipher.ExplicitNonceSize + 1 + Router.Enco.Aead.TagSize;

        private readonly byte[] _out = new byte[RecordCipher.HeaderSize + MaxCiphertext + 1024];
        private int _outStart;
        private int _outEnd;
        private int _recordStart;
        private int _w;

        /// <summary>Copies up to <paramref name="count"/> bytes of records to send; returns how many.</summary>
        public int TakeOutput(byte[] buffer, int offset, int count)
        {
            try
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
                }

                _counters.Increment(TlsCounter.OutData);
                return n;
            }
            catch (Exception e)
            {
                FailInternal(e);
                return 0;
            }
        }

        /// <summary>
        /// Encrypts application data into records of at most 2^14 bytes (5.1) while there is room in the output
        /// buffer; returns how many bytes were taken (0 before the handshake completes, after close, or when the
        /// output is full: take output, then write the rest). Allocates nothing.
        /// </summary>
        public int WriteApplicationData(byte[] data, int offset, int count)
        {
            try
            {
                if (_state != TlsClientState.Connected || count <= 0)
                {
                    return 0;
                }

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
                    if (n > MaxPlaintext)
                    {
                        n = MaxPlaintext;
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
                if (_state == TlsClientState.Closed)
                {
                    return;
                }

                if (_state != TlsClientState.Connected)
                {
                    _counters.Increment(TlsCounter.HandshakeFail);
                }

                if (_state != TlsClientState.Start)
                {
                    SendAlert(AlertDescription.CloseNotify);
                }

                CloseNow();
            }
            catch (Exception e)
            {
                FailInternal(e);
            }
        }

        /// <summary>Writes an alert record, protected once the client has keys (6).</summary>
        private void SendAlert(int description)
        {
            CompactOutput();
            if (_out.Length - _outEnd < ProtectedOverhead + 2)
            {
                return;
            }

            int content = OpenRecord();
            _w = content;
            _out[_w++] = description == AlertDescription.CloseNotify || description == AlertDescription.UserCanceled || description == AlertNoRenegotiation
                ? (byte)AlertDescription.LevelWarning : (byte)AlertDescription.LevelFatal;
            _out[_w++] = (byte)description;
            if (_writeCipher.IsActive)
            {
                CloseProtectedRecord(ContentType.Alert);
            }
            else
            {
                ClosePlaintextRecord(ContentType.Alert, 3);
            }

            _alertSent = description;
            _events |= TlsEvent.Alert;
            _counters.AlertSent(description);
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
            _w = _outEnd + RecordCipher.HeaderSize + (_isTls12 && _writeCipher.IsActive ? _writeCipher.Tls12Prefix : 0);
            return _w;
        }

        /// <summary>
        /// Finishes a TLSPlaintext record (5.1) of what was written since <see cref="OpenRecord"/>;
        /// legacy_record_version is 0x0301 for the first ClientHello, else 0x0303 (<paramref name="minor"/>).
        /// </summary>
        private void ClosePlaintextRecord(int type, int minor)
        {
            int length = _w - _recordStart - RecordCipher.HeaderSize;
            _out[_recordStart] = (byte)type;
            _out[_recordStart + 1] = 3;
            _out[_recordStart + 2] = (byte)minor;
            _out[_recordStart + 3] = (byte)(length >> 8);
            _out[_recordStart + 4] = (byte)length;
            _outEnd = _w;
            _counters.Increment(TlsCounter.OutRecord);
        }

        /// <summary>Appends the real content type (no padding) and seals the record (5.2, 5.4).</summary>
        private void CloseProtectedRecord(int innerType)
        {
            if (_isTls12)
            {
                // TLS 1.2 (RFC 5246 6.2.3.3): the real type in the header, the explicit nonce before the ciphertext.
                _counters.Increment(TlsCounter.Encode);
                int count = _w - _recordStart - RecordCipher.HeaderSize - _writeCipher.Tls12Prefix;
                _outEnd = _recordStart + _writeCipher.SealTls12(_out, _recordStart, innerType, count);
                _counters.Increment(TlsCounter.Encoded);
                _counters.Increment(TlsCounter.OutRecord);
                return;
            }

            _out[_w++] = (byte)innerType;
            _counters.Increment(TlsCounter.Encode);
            int length = _writeCipher.Seal(_out, _recordStart, _w - _recordStart - RecordCipher.HeaderSize);
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

        /// <summary>
        /// Fills in the message length and adds the message to the transcript (4.4.1); before the ServerHello names
        /// the transcript's hash, the first ClientHello is kept aside instead.
        /// </summary>
        private void EndMessage(int start)
        {
            int length = _w - start - 4;
            _out[start + 1] = (byte)(length >> 16);
            _out[start + 2] = (byte)(length >> 8);
            _out[start + 3] = (byte)length;
            if (_transcript != null)
            {
                _transcript.Update(_out, start, _w - start);
            }
            else
            {
                _firstHello = new byte[_w - start];
                Array.Copy(_out, start, _firstHello, 0, _w - start);
                _firstHelloLength = _w - start;
            }
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

        private void PutAscii(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                _out[_w++] = (byte)text[i];
            }
        }
    }
}
