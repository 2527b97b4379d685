using System;

namespace Router.Tls
{
    /// <summary>The record layer out: building handshake messages into records, application data, alerts, close.</summary>
    public sealed partial class TlsServerEngine
    {
        /// <summary>Record overhead of a protected record: header, inner content type, tag.</summary>
        /// TLS 1.2's explicit nonce (8 bytes) is larger than TLS 1.3's content type byte, so it is the bound.
        private const int ProtectedOverhead = RecordCipher.HeaderSize + RecordCipher.ExplicitNonceSize + Router.Enco.Aead.TagSize;

        private readonly byte[] _out = new byte[RecordCipher.HeaderSize + MaxCiphertext + 1024];
        private int _outStart;
        private int _outEnd;
        private int _recordStart;
        private int _w;

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
            }

            _counters.Increment(TlsCounter.OutData);
            return n;
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
                if (_state != TlsState.Connected || count <= 0)
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
            CompactOutput();
            if (_out.Length - _outEnd < ProtectedOverhead + 2)
            {
                return;
            }

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

        /// <summary>Appends the real content type (no padding) and seals the record (5.2, 5.4); TLS 1.2: seals it as <paramref name="innerType"/>.</summary>
        private void CloseProtectedRecord(int innerType)
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
