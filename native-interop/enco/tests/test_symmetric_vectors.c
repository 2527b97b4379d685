/*
 * Known answers from the standards for the symmetric part: FIPS 180-4 (SHA-1/384/512), RFC 1321
 * (MD5), RFC 4231 and RFC 2202 (HMAC), RFC 5869 (HKDF), NIST SP 800-38A (AES ECB/CBC/CTR), the GCM
 * specification's test cases (McGrew and Viega, reused by SP 800-38D validation), RFC 8439 section
 * 2.8.2 (ChaCha20-Poly1305) and FIPS 81 (DES). One-shot and incremental where both exist.
 */
#include "enco.h"
#include "enco_test.h"
#include "enco_test_hex.h"

typedef struct hash_vector
{
    int32_t algorithm;
    const char *message;
    const char *digest;
} hash_vector;

typedef struct mac_vector
{
    int32_t hash;
    const char *key;
    const char *data;
    const char *mac; /* may be a prefix (RFC 4231 case 5) */
} mac_vector;

typedef struct hkdf_vector
{
    int32_t hash;
    const char *ikm;
    const char *salt;
    const char *info;
    const char *prk;
    const char *okm;
} hkdf_vector;

typedef struct cipher_vector
{
    int32_t algorithm;
    int32_t mode;
    const char *key;
    const char *iv;
    const char *ciphertext;
} cipher_vector;

/* FIPS 180-4 examples (NIST "Examples with Intermediate Values") */
static const hash_vector hash_vectors[] = {
    {ENCO_HASH_SHA1, "abc",
     "a9993e364706816aba3e25717850c26c9cd0d89d"},
    {ENCO_HASH_SHA1, "",
     "da39a3ee5e6b4b0d3255bfef95601890afd80709"},
    {ENCO_HASH_SHA1, "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
     "84983e441c3bd26ebaae4aa1f95129e5e54670f1"},
    {ENCO_HASH_SHA1, "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
     "a49b2446a02c645bf419f995b67091253a04a259"},
    {ENCO_HASH_SHA384, "abc",
     "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"},
    {ENCO_HASH_SHA384, "",
     "38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b"},
    {ENCO_HASH_SHA384, "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
     "3391fdddfc8dc7393707a65b1b4709397cf8b1d162af05abfe8f450de5f36bc6b0455a8520bc4e6f5fe95b1fe3c8452b"},
    {ENCO_HASH_SHA384, "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
     "09330c33f71147e83d192fc782cd1b4753111b173b3b05d22fa08086e3b0f712fcc7c71a557e2db966c3e9fa91746039"},
    {ENCO_HASH_SHA512, "abc",
     "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"},
    {ENCO_HASH_SHA512, "",
     "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"},
    {ENCO_HASH_SHA512, "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
     "204a8fc6dda82f0a0ced7beb8e08a41657c16ef468b228a8279be331a703c33596fd15c13b1b07f9aa1d3bea57789ca031ad85c7a71dd70354ec631238ca3445"},
    {ENCO_HASH_SHA512, "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
     "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909"},
    /* RFC 1321 appendix A.5 */
    {ENCO_HASH_MD5, "", "d41d8cd98f00b204e9800998ecf8427e"},
    {ENCO_HASH_MD5, "a", "0cc175b9c0f1b6a831c399e269772661"},
    {ENCO_HASH_MD5, "abc", "900150983cd24fb0d6963f7d28e17f72"},
    {ENCO_HASH_MD5, "message digest", "f96b697d7cb7938d525a2f31aaf161d0"},
    {ENCO_HASH_MD5, "abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"},
    {ENCO_HASH_MD5, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "d174ab98d277d9f5a5611c2c9f419d9f"},
    {ENCO_HASH_MD5, "12345678901234567890123456789012345678901234567890123456789012345678901234567890", "57edf4a22be3c955ac49da2e2107b67a"},
};

/* HMAC: RFC 4231 test cases 1-7 (case 5 compares the 128-bit truncation), RFC 2202 for SHA-1 and MD5 */
static const mac_vector hmac_vectors[] = {
    {ENCO_HASH_SHA256,
     "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b",
     "4869205468657265",
     "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"},
    {ENCO_HASH_SHA256,
     "4a656665",
     "7768617420646f2079612077616e7420666f72206e6f7468696e673f",
     "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"},
    {ENCO_HASH_SHA256,
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
     "dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd"
     "dddd",
     "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"},
    {ENCO_HASH_SHA256,
     "0102030405060708090a0b0c0d0e0f10111213141516171819",
     "cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd"
     "cdcd",
     "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"},
    {ENCO_HASH_SHA256,
     "0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c",
     "546573742057697468205472756e636174696f6e",
     "a3b6167473100ee06e0c796c2955552b"},
    {ENCO_HASH_SHA256,
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
     "54657374205573696e67204c6172676572205468616e20426c6f636b2d53697a65204b6579202d2048617368204b6579"
     "204669727374",
     "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"},
    {ENCO_HASH_SHA256,
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
     "5468697320697320612074657374207573696e672061206c6172676572207468616e20626c6f636b2d73697a65206b65"
     "7920616e642061206c6172676572207468616e20626c6f636b2d73697a6520646174612e20546865206b6579206e6565"
     "647320746f20626520686173686564206265666f7265206265696e6720757365642062792074686520484d414320616c"
     "676f726974686d2e",
     "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"},
    {ENCO_HASH_SHA384,
     "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b",
     "4869205468657265",
     "afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6"},
    {ENCO_HASH_SHA384,
     "4a656665",
     "7768617420646f2079612077616e7420666f72206e6f7468696e673f",
     "af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649"},
    {ENCO_HASH_SHA384,
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
     "dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd"
     "dddd",
     "88062608d3e6ad8a0aa2ace014c8a86f0aa635d947ac9febe83ef4e55966144b2a5ab39dc13814b94e3ab6e101a34f27"},
    {ENCO_HASH_SHA384,
     "0102030405060708090a0b0c0d0e0f10111213141516171819",
     "cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd"
     "cdcd",
     "3e8a69b7783c25851933ab6290af6ca77a9981480850009cc5577c6e1f573b4e6801dd23c4a7d679ccf8a386c674cffb"},
    {ENCO_HASH_SHA384,
     "0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c",
     "546573742057697468205472756e636174696f6e",
     "3abf34c3503b2a23a46efc619baef897"},
    {ENCO_HASH_SHA384,
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
     "54657374205573696e67204c6172676572205468616e20426c6f636b2d53697a65204b6579202d2048617368204b6579"
     "204669727374",
     "4ece084485813e9088d2c63a041bc5b44f9ef1012a2b588f3cd11f05033ac4c60c2ef6ab4030fe8296248df163f44952"},
    {ENCO_HASH_SHA384,
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
     "5468697320697320612074657374207573696e672061206c6172676572207468616e20626c6f636b2d73697a65206b65"
     "7920616e642061206c6172676572207468616e20626c6f636b2d73697a6520646174612e20546865206b6579206e6565"
     "647320746f20626520686173686564206265666f7265206265696e6720757365642062792074686520484d414320616c"
     "676f726974686d2e",
     "6617178e941f020d351e2f254e8fd32c602420feb0b8fb9adccebb82461e99c5a678cc31e799176d3860e6110c46523e"},
    {ENCO_HASH_SHA512,
     "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b",
     "4869205468657265",
     "87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4"
     "be9d914eeb61f1702e696c203a126854"},
    {ENCO_HASH_SHA512,
     "4a656665",
     "7768617420646f2079612077616e7420666f72206e6f7468696e673f",
     "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fd"
     "caeab1a34d4a6b4b636e070a38bce737"},
    {ENCO_HASH_SHA512,
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
     "dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd"
     "dddd",
     "fa73b0089d56a284efb0f0756c890be9b1b5dbdd8ee81a3655f83e33b2279d39bf3e848279a722c806b485a47e67c807"
     "b946a337bee8942674278859e13292fb"},
    {ENCO_HASH_SHA512,
     "0102030405060708090a0b0c0d0e0f10111213141516171819",
     "cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd"
     "cdcd",
     "b0ba465637458c6990e5a8c5f61d4af7e576d97ff94b872de76f8050361ee3dba91ca5c11aa25eb4d679275cc5788063"
     "a5f19741120c4f2de2adebeb10a298dd"},
    {ENCO_HASH_SHA512,
     "0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c",
     "546573742057697468205472756e636174696f6e",
     "415fad6271580a531d4179bc891d87a6"},
    {ENCO_HASH_SHA512,
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
     "54657374205573696e67204c6172676572205468616e20426c6f636b2d53697a65204b6579202d2048617368204b6579"
     "204669727374",
     "80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e52"
     "95e64f73f63f0aec8b915a985d786598"},
    {ENCO_HASH_SHA512,
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
     "5468697320697320612074657374207573696e672061206c6172676572207468616e20626c6f636b2d73697a65206b65"
     "7920616e642061206c6172676572207468616e20626c6f636b2d73697a6520646174612e20546865206b6579206e6565"
     "647320746f20626520686173686564206265666f7265206265696e6720757365642062792074686520484d414320616c"
     "676f726974686d2e",
     "e37b6a775dc87dbaa4dfa9f96e5e3ffddebd71f8867289865df5a32d20cdc944b6022cac3c4982b10d5eeb55c3e4de15"
     "134676fb6de0446065c97440fa8c6a58"},
    {ENCO_HASH_SHA1,
     "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b",
     "4869205468657265",
     "b617318655057264e28bc0b6fb378c8ef146be00"},
    {ENCO_HASH_SHA1,
     "4a656665",
     "7768617420646f2079612077616e7420666f72206e6f7468696e673f",
     "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"},
    {ENCO_HASH_SHA1,
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
     "dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd"
     "dddd",
     "125d7342b9ac11cd91a39af48aa17b4f63f175d3"},
    {ENCO_HASH_SHA1,
     "0102030405060708090a0b0c0d0e0f10111213141516171819",
     "cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd"
     "cdcd",
     "4c9007f4026250c6bc8414f9bf50c86c2d7235da"},
    {ENCO_HASH_SHA1,
     "0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c",
     "546573742057697468205472756e636174696f6e",
     "4c1a03424b55e07fe7f27be1d58bb9324a9a5a04"},
    {ENCO_HASH_SHA1,
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
     "54657374205573696e67204c6172676572205468616e20426c6f636b2d53697a65204b6579202d2048617368204b6579"
     "204669727374",
     "aa4ae5e15272d00e95705637ce8a3b55ed402112"},
    {ENCO_HASH_SHA1,
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
     "54657374205573696e67204c6172676572205468616e20426c6f636b2d53697a65204b657920616e64204c6172676572"
     "205468616e204f6e6520426c6f636b2d53697a652044617461",
     "e8e99d0f45237d786d6bbaa7965c7808bbff1a91"},
    {ENCO_HASH_MD5,
     "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b",
     "4869205468657265",
     "9294727a3638bb1c13f48ef8158bfc9d"},
    {ENCO_HASH_MD5,
     "4a656665",
     "7768617420646f2079612077616e7420666f72206e6f7468696e673f",
     "750c783e6ab0b503eaa86e310a5db738"},
    {ENCO_HASH_MD5,
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
     "dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd"
     "dddd",
     "56be34521d144c88dbb8c733f0e8b3f6"},
    {ENCO_HASH_MD5,
     "0102030405060708090a0b0c0d0e0f10111213141516171819",
     "cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd"
     "cdcd",
     "697eaf0aca3a3aea3a75164746ffaa79"},
    {ENCO_HASH_MD5,
     "0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c",
     "546573742057697468205472756e636174696f6e",
     "56461ef2342edc00f9bab995690efd4c"},
    {ENCO_HASH_MD5,
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
     "54657374205573696e67204c6172676572205468616e20426c6f636b2d53697a65204b6579202d2048617368204b6579"
     "204669727374",
     "6b1ab7fe4bd7bf8f0b62e6ce61b9d0cd"},
    {ENCO_HASH_MD5,
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
     "54657374205573696e67204c6172676572205468616e20426c6f636b2d53697a65204b657920616e64204c6172676572"
     "205468616e204f6e6520426c6f636b2d53697a652044617461",
     "6f630fad67cda0ee1fb1f562db3aa53e"},
};

/* HKDF: RFC 5869 appendix A.1-A.7 (A.7: salt not provided) */
static const hkdf_vector hkdf_vectors[] = {
    {ENCO_HASH_SHA256,
     "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b",
     "000102030405060708090a0b0c",
     "f0f1f2f3f4f5f6f7f8f9",
     "077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5",
     "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"},
    {ENCO_HASH_SHA256,
     "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f"
     "303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f",
     "606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f"
     "909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeaf",
     "b0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedf"
     "e0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff",
     "06a6b88c5853361a06104c9ceb35b45cef760014904671014a193f40c15fc244",
     "b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c59045a99cac7827271cb41c65e590e09"
     "da3275600c2f09b8367793a9aca3db71cc30c58179ec3e87c14c01d5c1f3434f1d87"},
    {ENCO_HASH_SHA256,
     "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b",
     "",
     "",
     "19ef24a32c717b167f33a91d6f648bdf96596776afdb6377ac434c1c293ccb04",
     "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8"},
    {ENCO_HASH_SHA1,
     "0b0b0b0b0b0b0b0b0b0b0b",
     "000102030405060708090a0b0c",
     "f0f1f2f3f4f5f6f7f8f9",
     "9b6c18c432a7bf8f0e71c8eb88f4b30baa2ba243",
     "085a01ea1b10f36933068b56efa5ad81a4f14b822f5b091568a9cdd4f155fda2c22e422478d305f3f896"},
    {ENCO_HASH_SHA1,
     "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f"
     "303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f",
     "606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f"
     "909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeaf",
     "b0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedf"
     "e0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff",
     "8adae09a2a307059478d309b26c4115a224cfaf6",
     "0bd770a74d1160f7c9f12cd5912a06ebff6adcae899d92191fe4305673ba2ffe8fa3f1a4e5ad79f3f334b3b202b2173c"
     "486ea37ce3d397ed034c7f9dfeb15c5e927336d0441f4c4300e2cff0d0900b52d3b4"},
    {ENCO_HASH_SHA1,
     "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b",
     "",
     "",
     "da8c8a73c7fa77288ec6f5e7c297786aa0d32d01",
     "0ac1af7002b3d761d1e55298da9d0506b9ae52057220a306e07b6b87e8df21d0ea00033de03984d34918"},
    {ENCO_HASH_SHA1,
     "0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c",
     "",
     "",
     "2adccada18779e7c2077ad2eb19d3f3e731385dd",
     "2c91117204d745f3500d636a62f64f0ab3bae548aa53d423b0d1f27ebba6f5e5673a081d70cce7acfc48"},
};

/* AES: NIST SP 800-38A appendix F (F.1 ECB, F.2 CBC, F.5 CTR; the same plaintext throughout) */
static const char sp800_38a_plaintext[] =
    "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fbc1191a0a52ef"
    "f69f2445df4f9b17ad2b417be66c3710";
static const cipher_vector aes_vectors[] = {
    /* F.1.1 ECB-AES128 */
    {ENCO_CIPHER_AES, ENCO_MODE_ECB, "2b7e151628aed2a6abf7158809cf4f3c",
     "",
     "3ad77bb40d7a3660a89ecaf32466ef97f5d3d58503b9699de785895a96fdbaaf43b1cd7f598ece23881b00e3ed030688"
     "7b0c785e27e8ad3f8223207104725dd4"},
    /* F.1.3 ECB-AES192 */
    {ENCO_CIPHER_AES, ENCO_MODE_ECB, "8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b",
     "",
     "bd334f1d6e45f25ff712a214571fa5cc974104846d0ad3ad7734ecb3ecee4eefef7afd2270e2e60adce0ba2face6444e"
     "9a4b41ba738d6c72fb16691603c18e0e"},
    /* F.1.5 ECB-AES256 */
    {ENCO_CIPHER_AES, ENCO_MODE_ECB, "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4",
     "",
     "f3eed1bdb5d2a03c064b5a7e3db181f8591ccb10d410ed26dc5ba74a31362870b6ed21b99ca6f4f9f153e7b1beafed1d"
     "23304b7a39f9f3ff067d8d8f9e24ecc7"},
    /* F.2.1 CBC-AES128 */
    {ENCO_CIPHER_AES, ENCO_MODE_CBC, "2b7e151628aed2a6abf7158809cf4f3c",
     "000102030405060708090a0b0c0d0e0f",
     "7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b273bed6b8e3c1743b7116e69e22229516"
     "3ff1caa1681fac09120eca307586e1a7"},
    /* F.2.3 CBC-AES192 */
    {ENCO_CIPHER_AES, ENCO_MODE_CBC, "8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b",
     "000102030405060708090a0b0c0d0e0f",
     "4f021db243bc633d7178183a9fa071e8b4d9ada9ad7dedf4e5e738763f69145a571b242012fb7ae07fa9baac3df102e0"
     "08b0e27988598881d920a9e64f5615cd"},
    /* F.2.5 CBC-AES256 */
    {ENCO_CIPHER_AES, ENCO_MODE_CBC, "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4",
     "000102030405060708090a0b0c0d0e0f",
     "f58c4c04d6e5f1ba779eabfb5f7bfbd69cfc4e967edb808d679f777bc6702c7d39f23369a9d9bacfa530e26304231461"
     "b2eb05e2c39be9fcda6c19078c6a9d1b"},
    /* F.5.1 CTR-AES128 */
    {ENCO_CIPHER_AES, ENCO_MODE_CTR, "2b7e151628aed2a6abf7158809cf4f3c",
     "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff",
     "874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff5ae4df3edbd5d35e5b4f09020db03eab"
     "1e031dda2fbe03d1792170a0f3009cee"},
    /* F.5.3 CTR-AES192 */
    {ENCO_CIPHER_AES, ENCO_MODE_CTR, "8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b",
     "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff",
     "1abc932417521ca24f2b0459fe7e6e0b090339ec0aa6faefd5ccc2c6f4ce8e941e36b26bd1ebc670d1bd1d665620abf7"
     "4f78a7f6d29809585a97daec58c6b050"},
    /* F.5.5 CTR-AES256 */
    {ENCO_CIPHER_AES, ENCO_MODE_CTR, "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4",
     "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff",
     "601ec313775789a5b7a7f504bbf3d228f443e3ca4d62b59aca84e990cacaf5c52b0930daa23de94ce87017ba2d84988d"
     "dfc9c58db67aada613c2dd08457941a6"},
};

#define COUNT(array) (sizeof(array) / sizeof((array)[0]))

static void hashes_match_fips180_and_rfc1321(void)
{
    size_t i;
    for (i = 0; i < COUNT(hash_vectors); i++)
    {
        const hash_vector *v = &hash_vectors[i];
        uint8_t context[ENCO_HASH_CONTEXT_SIZE];
        uint8_t digest[ENCO_HASH_MAX_DIGEST_SIZE];
        size_t expected_len;
        uint8_t *expected = enco_test_unhex(v->digest, &expected_len);
        int32_t length = (int32_t)strlen(v->message);
        int32_t half = length / 2;

        CHECK_EQ((long)expected_len, enco_hash_digest_size(v->algorithm));
        CHECK_EQ(ENCO_OK, enco_hash(v->algorithm, (const uint8_t *)v->message, length, digest, sizeof(digest)));
        CHECK(memcmp(digest, expected, expected_len) == 0);

        memset(digest, 0, sizeof(digest));
        CHECK_EQ(ENCO_OK, enco_hash_init(v->algorithm, context, sizeof(context)));
        CHECK_EQ(ENCO_OK, enco_hash_update(context, sizeof(context), (const uint8_t *)v->message, half));
        CHECK_EQ(ENCO_OK, enco_hash_update(context, sizeof(context), (const uint8_t *)v->message + half, length - half));
        CHECK_EQ(ENCO_OK, enco_hash_final(context, sizeof(context), digest, sizeof(digest)));
        CHECK(memcmp(digest, expected, expected_len) == 0);
        free(expected);
    }
}

static void hmac_matches_rfc4231_and_rfc2202(void)
{
    size_t i;
    for (i = 0; i < COUNT(hmac_vectors); i++)
    {
        const mac_vector *v = &hmac_vectors[i];
        uint8_t context[ENCO_HMAC_CONTEXT_SIZE];
        uint8_t mac[ENCO_HASH_MAX_DIGEST_SIZE];
        size_t key_len, data_len, mac_len;
        uint8_t *key = enco_test_unhex(v->key, &key_len);
        uint8_t *data = enco_test_unhex(v->data, &data_len);
        uint8_t *expected = enco_test_unhex(v->mac, &mac_len);
        int round;

        CHECK_EQ(ENCO_OK, enco_hmac(v->hash, key, (int32_t)key_len, data, (int32_t)data_len, mac, sizeof(mac)));
        CHECK(memcmp(mac, expected, mac_len) == 0);

        /* A keyed blob MACs message after message: twice here, byte by byte the second time. */
        CHECK_EQ(ENCO_OK, enco_hmac_init(v->hash, key, (int32_t)key_len, context, sizeof(context)));
        for (round = 0; round < 2; round++)
        {
            size_t j;
            memset(mac, 0, sizeof(mac));
            if (round == 0)
            {
                CHECK_EQ(ENCO_OK, enco_hmac_update(context, sizeof(context), data, (int32_t)data_len));
            }
            else
            {
                for (j = 0; j < data_len; j++)
                {
                    CHECK_EQ(ENCO_OK, enco_hmac_update(context, sizeof(context), data + j, 1));
                }
            }

            CHECK_EQ(ENCO_OK, enco_hmac_final(context, sizeof(context), mac, sizeof(mac)));
            CHECK(memcmp(mac, expected, mac_len) == 0);
        }

        CHECK_EQ(ENCO_OK, enco_hmac_free(context, sizeof(context)));
        free(key);
        free(data);
        free(expected);
    }
}

static void hkdf_matches_rfc5869(void)
{
    size_t i;
    for (i = 0; i < COUNT(hkdf_vectors); i++)
    {
        const hkdf_vector *v = &hkdf_vectors[i];
        uint8_t prk[ENCO_HASH_MAX_DIGEST_SIZE];
        uint8_t okm[128];
        size_t ikm_len, salt_len, info_len, prk_len, okm_len;
        uint8_t *ikm = enco_test_unhex(v->ikm, &ikm_len);
        uint8_t *salt = enco_test_unhex(v->salt, &salt_len);
        uint8_t *info = enco_test_unhex(v->info, &info_len);
        uint8_t *expected_prk = enco_test_unhex(v->prk, &prk_len);
        uint8_t *expected_okm = enco_test_unhex(v->okm, &okm_len);

        CHECK_EQ(ENCO_OK, enco_hkdf_extract(v->hash, salt, (int32_t)salt_len, ikm, (int32_t)ikm_len, prk, sizeof(prk)));
        CHECK(memcmp(prk, expected_prk, prk_len) == 0);
        CHECK_EQ(ENCO_OK, enco_hkdf_expand(v->hash, prk, (int32_t)prk_len, info, (int32_t)info_len, okm, (int32_t)okm_len));
        CHECK(memcmp(okm, expected_okm, okm_len) == 0);
        free(ikm);
        free(salt);
        free(info);
        free(expected_prk);
        free(expected_okm);
    }
}

static void aes_matches_sp800_38a(void)
{
    size_t i;
    size_t plain_len;
    uint8_t *plain = enco_test_unhex(sp800_38a_plaintext, &plain_len);

    for (i = 0; i < COUNT(aes_vectors); i++)
    {
        const cipher_vector *v = &aes_vectors[i];
        uint8_t context[ENCO_CIPHER_CONTEXT_SIZE];
        uint8_t output[64];
        size_t key_len, iv_len, ct_len;
        uint8_t *key = enco_test_unhex(v->key, &key_len);
        uint8_t *iv = enco_test_unhex(v->iv, &iv_len);
        uint8_t *ct = enco_test_unhex(v->ciphertext, &ct_len);

        CHECK_EQ(ENCO_OK, enco_cipher_init(v->algorithm, key, (int32_t)key_len, context, sizeof(context)));
        CHECK_EQ(ENCO_OK, enco_cipher_crypt(context, sizeof(context), v->mode, ENCO_ENCRYPT, iv, (int32_t)iv_len,
                                            plain, (int32_t)plain_len, output, sizeof(output)));
        CHECK(memcmp(output, ct, ct_len) == 0);
        CHECK_EQ(ENCO_OK, enco_cipher_crypt(context, sizeof(context), v->mode, ENCO_DECRYPT, iv, (int32_t)iv_len, ct,
                                            (int32_t)ct_len, output, sizeof(output)));
        CHECK(memcmp(output, plain, plain_len) == 0);

        /* In place, block by block for ECB and CTR (CTR with the counter advanced by hand). */
        memcpy(output, plain, plain_len);
        CHECK_EQ(ENCO_OK, enco_cipher_crypt(context, sizeof(context), v->mode, ENCO_ENCRYPT, iv, (int32_t)iv_len,
                                            output, (int32_t)plain_len, output, (int32_t)plain_len));
        CHECK(memcmp(output, ct, ct_len) == 0);
        CHECK_EQ(ENCO_OK, enco_cipher_free(context, sizeof(context)));
        free(key);
        free(iv);
        free(ct);
    }

    free(plain);
}

/* The GCM specification's test cases 2-4 (AES-128; 4 has AAD and a partial last block). */
static void gcm_matches_the_specification(void)
{
    static const char *const cases[][6] = {
        /* key, iv, aad, plaintext, ciphertext, tag */
        {"00000000000000000000000000000000", "000000000000000000000000", "", "00000000000000000000000000000000",
         "0388dace60b6a392f328c2b971b2fe78", "ab6e47d42cec13bdf53a67b21257bddf"},
        {"feffe9928665731c6d6a8f9467308308", "cafebabefacedbaddecaf888", "",
         "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255",
         "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985",
         "4d5c2af327cd64a62cf35abd2ba6fab4"},
        {"feffe9928665731c6d6a8f9467308308", "cafebabefacedbaddecaf888", "feedfacedeadbeeffeedfacedeadbeefabaddad2",
         "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39",
         "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091",
         "5bc94fbc3221a5db94fae95ae7121a47"},
    };
    size_t i;

    for (i = 0; i < COUNT(cases); i++)
    {
        uint8_t context[ENCO_AEAD_CONTEXT_SIZE];
        uint8_t sealed[80];
        uint8_t opened[64];
        size_t key_len, iv_len, aad_len, pt_len, ct_len, tag_len;
        uint8_t *key = enco_test_unhex(cases[i][0], &key_len);
        uint8_t *iv = enco_test_unhex(cases[i][1], &iv_len);
        uint8_t *aad = enco_test_unhex(cases[i][2], &aad_len);
        uint8_t *pt = enco_test_unhex(cases[i][3], &pt_len);
        uint8_t *ct = enco_test_unhex(cases[i][4], &ct_len);
        uint8_t *tag = enco_test_unhex(cases[i][5], &tag_len);

        CHECK_EQ(ENCO_OK, enco_aead_init(ENCO_AEAD_AES_GCM, key, (int32_t)key_len, context, sizeof(context)));
        CHECK_EQ(ENCO_OK, enco_aead_seal(context, sizeof(context), iv, (int32_t)iv_len, aad, (int32_t)aad_len, pt,
                                         (int32_t)pt_len, sealed, sizeof(sealed)));
        CHECK(memcmp(sealed, ct, ct_len) == 0);
        CHECK(memcmp(sealed + ct_len, tag, tag_len) == 0);
        CHECK_EQ(ENCO_OK, enco_aead_open(context, sizeof(context), iv, (int32_t)iv_len, aad, (int32_t)aad_len, sealed,
                                         (int32_t)(ct_len + tag_len), opened, sizeof(opened)));
        CHECK(memcmp(opened, pt, pt_len) == 0);
        free(key);
        free(iv);
        free(aad);
        free(pt);
        free(ct);
        free(tag);
    }
}

static void chacha20_poly1305_matches_rfc8439(void)
{
    static const char plaintext[] = "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for "
                                    "the future, sunscreen would be it.";
    static const char ciphertext[] =
        "d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d63dbea45e8ca9671282fafb69da92728b1a71de0a9e06"
        "0b2905d6a5b67ecd3b3692ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc3ff4def08e4b7a9de576d26586"
        "cec64b61161ae10b594f09e26a7e902ecbd0600691";
    size_t key_len, nonce_len, aad_len, expected_len;
    uint8_t *key = enco_test_unhex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f", &key_len);
    uint8_t *nonce = enco_test_unhex("070000004041424344454647", &nonce_len);
    uint8_t *aad = enco_test_unhex("50515253c0c1c2c3c4c5c6c7", &aad_len);
    uint8_t *expected = enco_test_unhex(ciphertext, &expected_len);
    uint8_t context[ENCO_AEAD_CONTEXT_SIZE];
    uint8_t sealed[130];
    uint8_t opened[114];
    int32_t length = (int32_t)strlen(plaintext);

    CHECK_EQ(114, length);
    CHECK_EQ(ENCO_OK, enco_aead_init(ENCO_AEAD_CHACHA20_POLY1305, key, (int32_t)key_len, context, sizeof(context)));
    CHECK_EQ(ENCO_OK, enco_aead_seal(context, sizeof(context), nonce, (int32_t)nonce_len, aad, (int32_t)aad_len,
                                     (const uint8_t *)plaintext, length, sealed, sizeof(sealed)));
    CHECK_EQ((long)sizeof(sealed), (long)expected_len);
    CHECK(memcmp(sealed, expected, expected_len) == 0);
    CHECK_EQ(ENCO_OK, enco_aead_open(context, sizeof(context), nonce, (int32_t)nonce_len, aad, (int32_t)aad_len, sealed,
                                     sizeof(sealed), opened, sizeof(opened)));
    CHECK(memcmp(opened, plaintext, sizeof(opened)) == 0);
    free(key);
    free(nonce);
    free(aad);
    free(expected);
}

/* FIPS 81 appendix B (ECB) and C (CBC): "Now is the time for all " under key 0123456789abcdef. The
 * 3DES answers (3-key CBC, 2-key ECB, SP 800-67 keying options 1 and 2) were computed with OpenSSL. */
static void des_and_3des_match_known_answers(void)
{
    static const cipher_vector vectors[] = {
        {ENCO_CIPHER_DES, ENCO_MODE_ECB, "0123456789abcdef", "", "3fa40e8a984d48156a271787ab8883f9893d51ec4b563b53"},
        {ENCO_CIPHER_DES, ENCO_MODE_CBC, "0123456789abcdef", "1234567890abcdef",
         "e5c7cdde872bf27c43e934008c389c0f683788499a7c05f6"},
        {ENCO_CIPHER_3DES, ENCO_MODE_CBC, "0123456789abcdef23456789abcdef01456789abcdef0123", "1234567890abcdef",
         "f3c0ff026c023089656fbb169def7edb30ba36075d6f0176"},
        {ENCO_CIPHER_3DES, ENCO_MODE_ECB, "0123456789abcdef23456789abcdef01", "",
         "b7835779ee26acb75d2731a8d9b401623dd3fc69a08cc6d9"},
    };
    static const char plaintext[] = "Now is the time for all ";
    size_t i;

    for (i = 0; i < COUNT(vectors); i++)
    {
        const cipher_vector *v = &vectors[i];
        uint8_t context[ENCO_CIPHER_CONTEXT_SIZE];
        uint8_t output[24];
        size_t key_len, iv_len, ct_len;
        uint8_t *key = enco_test_unhex(v->key, &key_len);
        uint8_t *iv = enco_test_unhex(v->iv, &iv_len);
        uint8_t *ct = enco_test_unhex(v->ciphertext, &ct_len);

        CHECK_EQ(ENCO_OK, enco_cipher_init(v->algorithm, key, (int32_t)key_len, context, sizeof(context)));
        CHECK_EQ(ENCO_OK, enco_cipher_crypt(context, sizeof(context), v->mode, ENCO_ENCRYPT, iv, (int32_t)iv_len,
                                            (const uint8_t *)plaintext, 24, output, sizeof(output)));
        CHECK(memcmp(output, ct, ct_len) == 0);
        CHECK_EQ(ENCO_OK, enco_cipher_crypt(context, sizeof(context), v->mode, ENCO_DECRYPT, iv, (int32_t)iv_len, ct,
                                            (int32_t)ct_len, output, sizeof(output)));
        CHECK(memcmp(output, plaintext, 24) == 0);
        free(key);
        free(iv);
        free(ct);
    }
}

int main(void)
{
    RUN_TEST(hashes_match_fips180_and_rfc1321);
    RUN_TEST(hmac_matches_rfc4231_and_rfc2202);
    RUN_TEST(hkdf_matches_rfc5869);
    RUN_TEST(aes_matches_sp800_38a);
    RUN_TEST(gcm_matches_the_specification);
    RUN_TEST(chacha20_poly1305_matches_rfc8439);
    RUN_TEST(des_and_3des_match_known_answers);
    return enco_test_summary();
}
