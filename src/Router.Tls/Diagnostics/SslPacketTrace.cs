using Router.Cli;

namespace Router.Tls.Diagnostics
{
    /// <summary>
    /// debug=packet: each piece of TLS traffic as it crossed the wire, dumped in hex as seed 003's traces show it
    /// (offset, four 4-byte words, the printable characters), then every record header in it decoded: content
    /// type, version, length, and for plaintext records the handshake message types and alert level and
    /// description. TCP splits records anywhere, so each connection and direction keeps its own parse position
    /// (record header, bytes left in the record, handshake message header) across reads, in a table of
    /// <see cref="MaxStreams"/> streams reused oldest first. A connection is known by its peer string instance
    /// (a browser opens several connections from one address; each connection reports with its own string). After a change_cipher_spec, handshake and alert records
    /// of that direction are encrypted (TLS 1.2 Finished; TLS 1.3 hides them in application_data) and only their
    /// headers are decoded. Dumps stop after <see cref="MaxDumpBytes"/> bytes and say how many were left out.
    /// Writing allocates nothing beyond what the output does.
    /// </summary>
    public sealed class SslPacketTrace
    {
        public const int MaxStreams = 8;
        public const int MaxDumpBytes = 128;

        private const int BytesPerLine = 16;
        private const int RecordHeaderSize = 5;
        private const int MessageHeaderSize = 4;

        // Largest TLSCiphertext.length (RFC 8446 5.2; RFC 5246 6.2.3 allows 2^14 + 2048): beyond it the stream is lost.
        private const int MaxRecordLength = 16384 + 2048;

        private readonly ReportLine _line;
        private readonly string[] _peer = new string[MaxStreams];
        private readonly bool[] _sent = new bool[MaxStreams];
        private readonly long[] _lastUse = new long[MaxStreams];
        private readonly byte[] _header = new byte[MaxStreams * RecordHeaderSize];
        private readonly int[] _headerFill = new int[MaxStreams];
        private readonly int[] _recordLeft = new int[MaxStreams];
        private readonly int[] _recordType = new int[MaxStreams];
        private readonly bool[] _encrypted = new bool[MaxStreams];
        private readonly bool[] _lost = new bool[MaxStreams];
        private readonly byte[] _message = new byte[MaxStreams * MessageHeaderSize];
        private readonly int[] _messageFill = new int[MaxStreams];
        private readonly int[] _messageLeft = new int[MaxStreams];
        private long _uses;

        public SslPacketTrace(ReportLine line)
        {
            _line = line;
        }

        /// <summary>Dumps and decodes <paramref name="count"/> bytes sent to or received from <paramref name="peer"/>.</summary>
        public void Trace(ICommandOutput output, string peer, bool sent, byte[] data, int offset, int count)
        {
            _line.Clear();
            _line.Append("SSL ");
            _line.Append(peer);
            _line.Append(sent ? " sent " : " received ");
            _line.AppendNumber(count);
            _line.Append(count == 1 ? " byte" : " bytes");
            _line.End(output);

            int shown = count < MaxDumpBytes ? count : MaxDumpBytes;
            for (int at = 0; at < shown; at += BytesPerLine)
            {
                DumpLine(output, data, offset + at, at, shown - at < BytesPerLine ? shown - at : BytesPerLine);
            }

            if (count > shown)
            {
                _line.Append("  ... ");
                _line.AppendNumber(count - shown);
                _line.Append(" more bytes not shown");
                _line.End(output);
            }

            int stream = Stream(peer, sent);
            if (!_lost[stream])
            {
                Decode(output, stream, data, offset, count);
            }
        }

        /// <summary>Forgets the parse position of a connection's streams (it closed).</summary>
        public void Forget(string peer)
        {
            for (int i = 0; i < MaxStreams; i++)
            {
                if (_peer[i] != null && object.ReferenceEquals(_peer[i], peer))
                {
                    _peer[i] = null;
                }
            }
        }

        private int Stream(string peer, bool sent)
        {
            int oldest = 0;
            for (int i = 0; i < MaxStreams; i++)
            {
                if (_peer[i] != null && _sent[i] == sent && object.ReferenceEquals(_peer[i], peer))
                {
                    _lastUse[i] = ++_uses;
                    return i;
                }

                if (_peer[i] == null || (_peer[oldest] != null && _lastUse[i] < _lastUse[oldest]))
                {
                    oldest = i;
                }
            }

            _peer[oldest] = peer;
            _sent[oldest] = sent;
            _lastUse[oldest] = ++_uses;
            _headerFill[oldest] = 0;
            _recordLeft[oldest] = 0;
            _encrypted[oldest] = false;
            _lost[oldest] = false;
            _messageFill[oldest] = 0;
            _messageLeft[oldest] = 0;
            return oldest;
        }

        private void Decode(ICommandOutput output, int stream, byte[] data, int offset, int count)
        {
            int at = offset;
            int end = offset + count;
            while (at < end && !_lost[stream])
            {
                if (_recordLeft[stream] == 0)
                {
                    _header[stream * RecordHeaderSize + _headerFill[stream]] = data[at++];
                    _headerFill[stream]++;
                    if (_headerFill[stream] == RecordHeaderSize)
                    {
                        _headerFill[stream] = 0;
                        RecordHeader(output, stream);
                    }

                    continue;
                }

                int take = end - at < _recordLeft[stream] ? end - at : _recordLeft[stream];
                int type = _recordType[stream];
                if (type == ContentType.Handshake && !_encrypted[stream])
                {
                    Messages(output, stream, data, at, take);
                }
                else if (type == ContentType.Alert && !_encrypted[stream])
                {
                    AlertBytes(output, stream, data, at, take);
                }

                at += take;
                _recordLeft[stream] -= take;
            }
        }

        private void RecordHeader(ICommandOutput output, int stream)
        {
            int h = stream * RecordHeaderSize;
            int type = _header[h];
            int major = _header[h + 1];
            int minor = _header[h + 2];
            int length = (_header[h + 3] << 8) | _header[h + 4];
            bool valid = type >= ContentType.ChangeCipherSpec && type <= ContentType.ApplicationData && major == 3
                && length <= MaxRecordLength;
            if (!valid)
            {
                // An SSLv2 hello (first byte 0x80) or not TLS at all: no header to trust from here on.
                _lost[stream] = true;
                _line.Append("  Not a TLS record header (");
                AppendHex(_header, h, RecordHeaderSize);
                _line.Append("): decoding stops for this connection");
                _line.End(output);
                return;
            }

            _recordType[stream] = type;
            _recordLeft[stream] = length;
            _line.Append("  Content type: ");
            _line.Append(SslNames.ContentType(type));
            AppendCode(type);
            _line.End(output);
            _line.Append("  Version: ");
            _line.AppendNumber(major);
            _line.AppendChar('.');
            _line.AppendNumber(minor);
            _line.Append(" (");
            _line.Append(SslNames.Version(major, minor));
            _line.AppendChar(')');
            _line.End(output);
            _line.Append("  Length: ");
            _line.AppendNumber(length);
            _line.End(output);
            if (type == ContentType.ChangeCipherSpec)
            {
                _encrypted[stream] = true;
            }
            else if (_encrypted[stream] && type != ContentType.ApplicationData)
            {
                _line.Append(type == ContentType.Handshake ? "  Handshake type: (encrypted)" : "  Alert: (encrypted)");
                _line.End(output);
            }
        }

        /// <summary>Handshake message headers in a plaintext handshake record; a message may span records.</summary>
        private void Messages(ICommandOutput output, int stream, byte[] data, int at, int count)
        {
            int end = at + count;
            int m = stream * MessageHeaderSize;
            while (at < end)
            {
                if (_messageLeft[stream] > 0)
                {
                    int skip = end - at < _messageLeft[stream] ? end - at : _messageLeft[stream];
                    at += skip;
                    _messageLeft[stream] -= skip;
                    continue;
                }

                _message[m + _messageFill[stream]] = data[at++];
                _messageFill[stream]++;
                if (_messageFill[stream] < MessageHeaderSize)
                {
                    continue;
                }

                _messageFill[stream] = 0;
                int type = _message[m];
                _messageLeft[stream] = (_message[m + 1] << 16) | (_message[m + 2] << 8) | _message[m + 3];
                _line.Append("  Handshake type: ");
                _line.Append(SslNames.HandshakeType(type));
                AppendCode(type);
                _line.Append(", length ");
                _line.AppendNumber(_messageLeft[stream]);
                _line.End(output);
            }
        }

        /// <summary>A plaintext alert's two bytes (level, description), which may arrive one at a time.</summary>
        private void AlertBytes(ICommandOutput output, int stream, byte[] data, int at, int count)
        {
            int m = stream * MessageHeaderSize;
            for (int i = 0; i < count; i++)
            {
                int position = _recordLeft[stream] - i;
                int length = (_header[stream * RecordHeaderSize + 3] << 8) | _header[stream * RecordHeaderSize + 4];
                int index = length - position;
                if (index == 0)
                {
                    _message[m] = data[at + i];
                }
                else if (index == 1)
                {
                    int level = _message[m];
                    int description = data[at + i];
                    _line.Append("  Alert: ");
                    _line.Append(SslNames.AlertLevel(level));
                    AppendCode(level);
                    _line.Append(", ");
                    _line.Append(SslNames.Alert(description));
                    AppendCode(description);
                    _line.End(output);
                }
            }
        }

        private void DumpLine(ICommandOutput output, byte[] data, int at, int position, int count)
        {
            _line.Append("  ");
            AppendHexDigits(position >> 8);
            AppendHexDigits(position);
            _line.Append("  ");
            for (int i = 0; i < BytesPerLine; i++)
            {
                if (i > 0 && i % 4 == 0)
                {
                    _line.AppendChar(' ');
                }

                if (i < count)
                {
                    AppendHexDigits(data[at + i]);
                }
                else
                {
                    _line.Append("  ");
                }
            }

            _line.Append("  >");
            for (int i = 0; i < count; i++)
            {
                int b = data[at + i];
                _line.AppendChar(b >= 0x20 && b < 0x7F ? (char)b : '.');
            }

            _line.AppendChar('<');
            _line.End(output);
        }

        private void AppendCode(int value)
        {
            _line.Append(" (");
            _line.AppendNumber(value);
            _line.AppendChar(')');
        }

        private void AppendHex(byte[] bytes, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                AppendHexDigits(bytes[offset + i]);
            }
        }

        private void AppendHexDigits(int value)
        {
            _line.AppendChar(HexDigit((value >> 4) & 0xF));
            _line.AppendChar(HexDigit(value & 0xF));
        }

        private static char HexDigit(int nibble)
        {
            return (char)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);
        }
    }
}
