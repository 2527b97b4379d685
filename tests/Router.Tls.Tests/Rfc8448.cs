namespace Router.Tls.Tests
{
    /// <summary>Inputs and intermediate values of RFC 8448 section 3, "Simple 1-RTT Handshake".</summary>
    internal static class Rfc8448
    {
        public const string ClientHello =
            "010000c00303cb34ecb1e78163ba1c38c6dacb196a6dffa21a8d9912ec18a2ef6283024dece700000613011303130201" +
            "0000910000000b0009000006736572766572ff01000100000a00140012001d0017001800190100010101020103010400" +
            "230000003300260024001d002099381de560e4bd43d23d8e435a7dbafeb3c06e51c13cae4d5413691e529aaf2c002b00" +
            "03020304000d0020001e040305030603020308040805080604010501060102010402050206020202002d00020101001c" +
            "00024001";

        public const string ServerHello =
            "020000560303a6af06a4121860dc5e6e60249cd34c95930c8ac5cb1434dac155772ed3e26928" +
            "00130100002e00330024001d0020c9828876112095fe66762bdbf7c672e156d6cc253b833df1dd69b1b04e751f0f" +
            "002b00020304";

        public const string ServerRandom = "a6af06a4121860dc5e6e60249cd34c95930c8ac5cb1434dac155772ed3e26928";
        public const string ServerPrivateKey = "b1580eeadf6dd589b8ef4f2d5652578cc810e9980191ec8d058308cea216a21e";

        public const string SharedSecret = "8bd4054fb55b9d63fdfbacf9f04b9f0d35e6d63f537563efd46272900f89492d";
        public const string HelloHash = "860c06edc07858ee8e78f0e7428c58edd6b43f2ca3e6e95f02ed063cf0e1cad8";
        public const string FinishedHash = "9608102a0f1ccc6db6250b7b7e417b1a000eaada3daae4777a7686c9ff83df13";
        public const string HandshakeSecret = "1dc826e93606aa6fdc0aadc12f741b01046aa6b99f691ed221a9f0ca043fbeac";
        public const string ClientHandshakeTraffic = "b3eddb126e067f35a780b3abf45e2d8f3b1a950738f52e9600746a0e27a55a21";
        public const string ServerHandshakeTraffic = "b67b7d690cc16c4e75e54213cb2d37b4e9c912bcded9105d42befd59d391ad38";
        public const string MasterSecret = "18df06843d13a08bf2a449844c5f8a478001bc4d4c627984d5a41da8d0402919";
        public const string ClientApplicationTraffic = "9e40646ce79a7f9dc05af8889bce6552875afa0b06df0087f792ebb7c17504a5";
        public const string ServerApplicationTraffic = "a11af9f05531f856ad47116b45a950328204b4f44bfb6b3a4b4f1f3fcb631643";
        public const string ServerHandshakeKey = "3fce516009c21727d0f2e4e86ee403bc";
        public const string ServerHandshakeIv = "5d313eb2671276ee13000b30";
        public const string ClientHandshakeIv = "5bd3c71b836e0b76bb73265f";
        public const string ServerFinishedKey = "008d3b66f816ea559f96b537e885c31fc068bf492c652f01f288a1d8cdc19fc8";
        public const string ClientFinishedKey = "b80ad01015fb2f0bd65ff7d4da5d6bf83f84821d1f87fdc7d3c75b5a7b42d9c4";
        public const string ClientVerifyData = "a8ec436d677634ae525ac1fcebe11a039ec17694fac6e98527b642f2edd5ce61";

        /// <summary>The ClientHello in a TLSPlaintext record (legacy_record_version 0x0301).</summary>
        public static byte[] ClientHelloRecord()
        {
            byte[] message = Hex.Decode(ClientHello);
            byte[] record = new byte[5 + message.Length];
            record[0] = 22;
            record[1] = 3;
            record[2] = 1;
            record[3] = (byte)(message.Length >> 8);
            record[4] = (byte)message.Length;
            System.Array.Copy(message, 0, record, 5, message.Length);
            return record;
        }
    }
}
