using Router.Cli;

namespace Router.Tls.Commands
{
    /// <summary>
    /// show ssl counters in seed 000's Figure 45-3 layout: two columns of dotted names, in the manual's sections
    /// and order, from <see cref="TlsCounters"/>. The layout is one table of cells read top to bottom; the report
    /// allocates nothing. Cells the manual lacks are added where they belong: TLS 1.3's outHelloRetryRequest and
    /// keyUpdate under Server, and the TLS 1.2/1.3 alert descriptions the manual predates under the alert sections
    /// (unknownAlert counts the descriptions with no cell of their own). The manual's "hanshakeFailure" is spelled right.
    /// </summary>
    public sealed class ShowSslCountersCommand : ICommandHandler
    {
        private const string Rule = "----------------------------------------------------------------------";
        private const int Indent = 5;
        private const int LeftValue = 31;
        private const int RightName = 40;
        private const int RightValue = 66;

        // Cells: a TlsCounter index; AlertReceivedBase/AlertSentBase + description; or a special below.
        private const int Empty = -1;
        private const int Blank = -2;
        private const int Section = -3;
        private const int AlertReceivedBase = 1000;
        private const int AlertSentBase = 2000;
        private const int FatalReceived = 3000;
        private const int WarningReceived = 3001;
        private const int UnknownReceived = 3002;
        private const int TotalSent = 3003;
        private const int OtherSent = 3004;

        private static readonly string[] Sections =
        {
            "TCP:", "General:", "Server:", "Client:", "Alerts Received:", "Alerts Sent:", "Enco:", "Session Resumption Cache:",
        };

        // Alert descriptions with a cell of their own (received / sent); the rest count as unknownAlert / other.
        private static readonly int[] ReceivedCells =
        {
            0, 10, 20, 21, 22, 30, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 60, 70, 71, 80, 90, 100,
            86, 109, 110, 112, 115, 116, 120,
        };

        private static readonly int[] SentCells = { 21, 10, 70, 40, 41, 46, 43, 0, 42, 20, 22, 47, 50, 51, 71, 80, 109, 110, 120 };

        private static readonly int[] Layout =
        {
            Section, 0,
            TlsCounter.InData, TlsCounter.OutData,
            TlsCounter.InRecord, TlsCounter.OutRecord,
            TlsCounter.InChangeCS, TlsCounter.OutDataFail,
            TlsCounter.InAlert, TlsCounter.InDataPassThrough,
            TlsCounter.InHandshake, TlsCounter.InDataWhileBusy,
            TlsCounter.InAppData, TlsCounter.InDataWhileClosing,
            TlsCounter.InUnknown, TlsCounter.InDataNoConnection,
            TlsCounter.ClosedAfterFatalSent, TlsCounter.WriteInputFail,
            TlsCounter.InDataNoData, TlsCounter.TcpCloseRequest,
            TlsCounter.TcpClosed, TlsCounter.StartFailed,
            TlsCounter.ClosedNoConnection, TlsCounter.AppData,
            TlsCounter.CloseRequestNoConnection, TlsCounter.AppDataWhileBusy,
            TlsCounter.AppDataNoConnection, TlsCounter.AppDataNoData,
            TlsCounter.ProcessNeedMoreData, TlsCounter.AppFlowControlBlock,
            TlsCounter.ProcessBufferInvalid, TlsCounter.ProcessEncoError,
            TlsCounter.TcpEstablished, TlsCounter.AppDataPassThrough,
            TlsCounter.ProcessDataInvalid, Empty,

            Section, 1,
            TlsCounter.InHSMessages, TlsCounter.InUnexpected,
            TlsCounter.SslStop, Empty,

            Section, 2,
            TlsCounter.ServerStart, Empty,
            TlsCounter.InClientHello, TlsCounter.OutServerHello,
            TlsCounter.InSSLv2ClientHello, TlsCounter.OutCert,
            TlsCounter.InCert, TlsCounter.OutCertRequest,
            TlsCounter.InClientKeyExchange, TlsCounter.OutHelloDone,
            TlsCounter.InCertVerify, TlsCounter.OutChangeCS,
            TlsCounter.InFinished, TlsCounter.OutFinished,
            Blank, Blank,
            TlsCounter.ResumeRequest, TlsCounter.CacheHit,
            TlsCounter.CacheMiss, TlsCounter.CacheFull,
            TlsCounter.NoCipherMatch, TlsCounter.SslVersion,
            TlsCounter.Sslv2ResumeRequest, TlsCounter.ResumeDiffCipher,
            TlsCounter.NoCertLoaded, TlsCounter.FinishBeforeCCS,
            TlsCounter.MissingMessageCheckFail, TlsCounter.HsHashFailMd5,
            TlsCounter.HsHashFailSha, TlsCounter.HsHashFailTls,
            TlsCounter.BadSessionIdLen, TlsCounter.OutHelloRetryRequest,
            TlsCounter.KeyUpdate, Empty,

            Section, 3,
            TlsCounter.ClientStart, Empty,
            TlsCounter.ClientInHelloRequest, TlsCounter.ClientOutClientHello,
            TlsCounter.ClientInServerHello, TlsCounter.ClientOutCert,
            TlsCounter.ClientInCert, TlsCounter.ClientOutCKE,
            TlsCounter.ClientInCertRequest, TlsCounter.ClientOutCertVerify,
            TlsCounter.ClientInSKE, TlsCounter.ClientOutChangeCS,
            TlsCounter.ClientInHelloDone, TlsCounter.ClientOutFinished,
            TlsCounter.ClientInChangeCipherSpec, Empty,
            TlsCounter.ClientInFinished, Empty,
            Blank, Blank,
            TlsCounter.ClientSslVersionFail, TlsCounter.ClientMissingMessageFail,
            TlsCounter.ClientCertRequestNoRSA, TlsCounter.ClientNoCert,
            TlsCounter.ClientRxFinBeforeChangeCS, TlsCounter.ClientHsHashFailMd5,
            TlsCounter.ClientHsHashFailSha, TlsCounter.ClientHsHashFailTls,
            TlsCounter.ClientBadSessionIdLen, Empty,

            Section, 4,
            FatalReceived, WarningReceived,
            AlertReceivedBase + 0, AlertReceivedBase + 10,
            AlertReceivedBase + 20, AlertReceivedBase + 21,
            AlertReceivedBase + 22, AlertReceivedBase + 30,
            AlertReceivedBase + 40, AlertReceivedBase + 41,
            AlertReceivedBase + 42, AlertReceivedBase + 43,
            AlertReceivedBase + 44, AlertReceivedBase + 45,
            AlertReceivedBase + 46, AlertReceivedBase + 47,
            AlertReceivedBase + 48, AlertReceivedBase + 49,
            AlertReceivedBase + 50, AlertReceivedBase + 51,
            AlertReceivedBase + 60, AlertReceivedBase + 70,
            AlertReceivedBase + 71, AlertReceivedBase + 80,
            AlertReceivedBase + 90, AlertReceivedBase + 100,
            AlertReceivedBase + 86, AlertReceivedBase + 109,
            AlertReceivedBase + 110, AlertReceivedBase + 112,
            AlertReceivedBase + 115, AlertReceivedBase + 116,
            AlertReceivedBase + 120, UnknownReceived,

            Section, 5,
            TotalSent, AlertSentBase + 21,
            AlertSentBase + 10, AlertSentBase + 70,
            AlertSentBase + 40, AlertSentBase + 41,
            AlertSentBase + 46, AlertSentBase + 43,
            AlertSentBase + 0, AlertSentBase + 42,
            AlertSentBase + 20, AlertSentBase + 22,
            AlertSentBase + 47, AlertSentBase + 50,
            AlertSentBase + 51, AlertSentBase + 71,
            AlertSentBase + 80, AlertSentBase + 109,
            AlertSentBase + 110, AlertSentBase + 120,
            OtherSent, Empty,

            Section, 6,
            TlsCounter.Attach, TlsCounter.Attached,
            TlsCounter.AttachFail, TlsCounter.Detach,
            TlsCounter.Detached, TlsCounter.ResetE,
            TlsCounter.ResetEDone, TlsCounter.ResetEFail,
            TlsCounter.ResetD, TlsCounter.ResetDDone,
            TlsCounter.ResetDFail, TlsCounter.Encode,
            TlsCounter.Encoded, TlsCounter.EncodeFail,
            TlsCounter.Decode, TlsCounter.Decoded,
            TlsCounter.DecodeFail, TlsCounter.Handshake,
            TlsCounter.HandshakeOK, TlsCounter.HandshakeFail,
            TlsCounter.CallbackNoConnection, TlsCounter.GetKeyOk,
            TlsCounter.GetKeyFail, TlsCounter.GetCertGood,
            TlsCounter.GetCertFail, TlsCounter.AddCertGood,
            TlsCounter.NewCertNotTrusted, TlsCounter.AddCertNoConnection,
            TlsCounter.CertNotTrusted, Empty,

            Section, 7,
            TlsCounter.SessionCreated, TlsCounter.SessionCreateFail,
            TlsCounter.SessionDestroy, TlsCounter.SessionDestroyFail,
        };

        private readonly TlsCounters _counters;
        private readonly ReportLine _line = new ReportLine(96);

        public ShowSslCountersCommand(TlsCounters counters)
        {
            _counters = counters;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            output.WriteLine(string.Empty);
            output.WriteLine("Show SSL Counters");
            output.WriteLine(Rule);
            for (int i = 0; i < Layout.Length; i += 2)
            {
                int left = Layout[i];
                int right = Layout[i + 1];
                if (left == Section)
                {
                    if (i > 0)
                    {
                        output.WriteLine(string.Empty);
                    }

                    output.WriteLine(Sections[right]);
                    continue;
                }

                if (left == Blank)
                {
                    output.WriteLine(string.Empty);
                    continue;
                }

                _line.PadTo(Indent, ' ');
                Cell(left, LeftValue);
                if (right != Empty)
                {
                    _line.PadTo(RightName, ' ');
                    Cell(right, RightValue);
                }

                _line.End(output);
            }

            output.WriteLine(string.Empty);
            output.WriteLine(Rule);
            return CommandResult.Shown;
        }

        /// <summary>"name ....... value", the value at <paramref name="valueColumn"/>.</summary>
        private void Cell(int cell, int valueColumn)
        {
            _line.Append(Name(cell));
            _line.AppendChar(' ');
            _line.PadTo(valueColumn - 1, '.');
            _line.PadTo(valueColumn, ' ');
            _line.AppendNumber(Value(cell));
        }

        private string Name(int cell)
        {
            switch (cell)
            {
                case FatalReceived:
                    return "fatal";
                case WarningReceived:
                    return "warning";
                case UnknownReceived:
                    return "unknownAlert";
                case TotalSent:
                    return "total";
                case OtherSent:
                    return "other";
            }

            if (cell >= AlertSentBase)
            {
                return AlertName(cell - AlertSentBase);
            }

            return cell >= AlertReceivedBase ? AlertName(cell - AlertReceivedBase) : TlsCounter.Name(cell);
        }

        private long Value(int cell)
        {
            switch (cell)
            {
                case FatalReceived:
                    return _counters.FatalAlertsReceived;
                case WarningReceived:
                    return _counters.WarningAlertsReceived;
                case UnknownReceived:
                    return Rest(ReceivedCells, false);
                case TotalSent:
                    return _counters.AlertsSentTotal;
                case OtherSent:
                    return Rest(SentCells, true);
            }

            if (cell >= AlertSentBase)
            {
                return _counters.AlertsSent(cell - AlertSentBase);
            }

            return cell >= AlertReceivedBase ? _counters.AlertsReceived(cell - AlertReceivedBase) : _counters.Get(cell);
        }

        /// <summary>Alerts of the descriptions without a cell of their own.</summary>
        private long Rest(int[] cells, bool sent)
        {
            long total = 0;
            for (int description = 0; description < 256; description++)
            {
                bool hasCell = false;
                for (int i = 0; i < cells.Length && !hasCell; i++)
                {
                    hasCell = cells[i] == description;
                }

                if (!hasCell)
                {
                    total += sent ? _counters.AlertsSent(description) : _counters.AlertsReceived(description);
                }
            }

            return total;
        }

        /// <summary>The manual's camel-case alert names, and the same style for those it predates.</summary>
        private static string AlertName(int description)
        {
            switch (description)
            {
                case 0:
                    return "closeNotify";
                case 10:
                    return "unexpectedMessage";
                case 20:
                    return "badRecordMac";
                case 21:
                    return "decryptionFailed";
                case 22:
                    return "recordOverflow";
                case 30:
                    return "decompressionFailure";
                case 40:
                    return "handshakeFailure";
                case 41:
                    return "noCertificate";
                case 42:
                    return "badCertificate";
                case 43:
                    return "unsupportedCert";
                case 44:
                    return "certRevoked";
                case 45:
                    return "certExpired";
                case 46:
                    return "certUnknown";
                case 47:
                    return "illegalParameter";
                case 48:
                    return "unknownCA";
                case 49:
                    return "accessDenied";
                case 50:
                    return "decodeError";
                case 51:
                    return "decryptError";
                case 60:
                    return "exportRestriction";
                case 70:
                    return "protocolVersion";
                case 71:
                    return "insufficientSecurity";
                case 80:
                    return "internalError";
                case 86:
                    return "inappropriateFallback";
                case 90:
                    return "userCancelled";
                case 100:
                    return "noRenegotiation";
                case 109:
                    return "missingExtension";
                case 110:
                    return "unsupportedExtension";
                case 112:
                    return "unrecognizedName";
                case 115:
                    return "unknownPskIdentity";
                case 116:
                    return "certificateRequired";
                case 120:
                    return "noApplicationProtocol";
                default:
                    return "unknown";
            }
        }
    }
}
