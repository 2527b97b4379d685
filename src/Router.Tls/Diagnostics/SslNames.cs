namespace Router.Tls.Diagnostics
{
    /// <summary>The RFC names debug output prints for record content types, versions, handshake types and alerts.</summary>
    public static class SslNames
    {
        /// <summary>RFC 8446 5.1 / RFC 5246 6.2.1.</summary>
        public static string ContentType(int type)
        {
            switch (type)
            {
                case Router.Tls.ContentType.ChangeCipherSpec:
                    return "change_cipher_spec";
                case Router.Tls.ContentType.Alert:
                    return "alert";
                case Router.Tls.ContentType.Handshake:
                    return "handshake";
                case Router.Tls.ContentType.ApplicationData:
                    return "application_data";
                default:
                    return "unknown";
            }
        }

        /// <summary>The protocol a record version 3.x stands for (3.1 is TLS 1.0, as in seed 003's "SSL V 3.1").</summary>
        public static string Version(int major, int minor)
        {
            if (major != 3)
            {
                return "unknown";
            }

            switch (minor)
            {
                case 0:
                    return "SSL 3.0";
                case 1:
                    return "TLS 1.0";
                case 2:
                    return "TLS 1.1";
                case 3:
                    return "TLS 1.2";
                case 4:
                    return "TLS 1.3";
                default:
                    return "unknown";
            }
        }

        /// <summary>RFC 8446 4 and RFC 5246 7.4 handshake message types.</summary>
        public static string HandshakeType(int type)
        {
            switch (type)
            {
                case 0:
                    return "hello_request";
                case 1:
                    return "client_hello";
                case 2:
                    return "server_hello";
                case 4:
                    return "new_session_ticket";
                case 5:
                    return "end_of_early_data";
                case 8:
                    return "encrypted_extensions";
                case 11:
                    return "certificate";
                case 12:
                    return "server_key_exchange";
                case 13:
                    return "certificate_request";
                case 14:
                    return "server_hello_done";
                case 15:
                    return "certificate_verify";
                case 16:
                    return "client_key_exchange";
                case 20:
                    return "finished";
                case 24:
                    return "key_update";
                case 254:
                    return "message_hash";
                default:
                    return "unknown";
            }
        }

        public static string AlertLevel(int level)
        {
            return level == 1 ? "warning" : (level == 2 ? "fatal" : "unknown");
        }

        /// <summary>RFC 8446 6 and RFC 5246 7.2 alert descriptions.</summary>
        public static string Alert(int description)
        {
            switch (description)
            {
                case 0:
                    return "close_notify";
                case 10:
                    return "unexpected_message";
                case 20:
                    return "bad_record_mac";
                case 21:
                    return "decryption_failed";
                case 22:
                    return "record_overflow";
                case 30:
                    return "decompression_failure";
                case 40:
                    return "handshake_failure";
                case 41:
                    return "no_certificate";
                case 42:
                    return "bad_certificate";
                case 43:
                    return "unsupported_certificate";
                case 44:
                    return "certificate_revoked";
                case 45:
                    return "certificate_expired";
                case 46:
                    return "certificate_unknown";
                case 47:
                    return "illegal_parameter";
                case 48:
                    return "unknown_ca";
                case 49:
                    return "access_denied";
                case 50:
                    return "decode_error";
                case 51:
                    return "decrypt_error";
                case 60:
                    return "export_restriction";
                case 70:
                    return "protocol_version";
                case 71:
                    return "insufficient_security";
                case 80:
                    return "internal_error";
                case 86:
                    return "inappropriate_fallback";
                case 90:
                    return "user_canceled";
                case 100:
                    return "no_renegotiation";
                case 109:
                    return "missing_extension";
                case 110:
                    return "unsupported_extension";
                case 112:
                    return "unrecognized_name";
                case 113:
                    return "bad_certificate_status_response";
                case 115:
                    return "unknown_psk_identity";
                case 116:
                    return "certificate_required";
                case 120:
                    return "no_application_protocol";
                default:
                    return "unknown";
            }
        }
    }
}
