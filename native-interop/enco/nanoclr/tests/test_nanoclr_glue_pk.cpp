//
// Runs the public-key nanoCLR handlers through fake stack frames (test-stubs/): argument indexes
// (RsaVerify and EcdsaVerify take 12), offsets applied against each array's real length, byte
// counts returned as the method's int, and every handler present in the method table.
//

#include <cstdio>
#include <cstring>

#include "Router_Enco.h"
#include "enco.h"

typedef Library_Router_Enco_Router_Enco_EncoNative Glue;

static int failures;
static int failed_tests;
static int ran;

#define CHECK_EQ(expected, actual)                                                                \
    do                                                                                            \
    {                                                                                             \
        long expected_value = (long)(expected);                                                   \
        long actual_value = (long)(actual);                                                       \
        if (expected_value != actual_value)                                                       \
        {                                                                                         \
            std::fprintf(stderr, "%s:%d: %s is %ld, expected %ld\n", __FILE__, __LINE__, #actual, \
                         actual_value, expected_value);                                           \
            failures++;                                                                           \
        }                                                                                         \
    } while (0)

// A managed byte[] as the stub sees it.
struct FakeArray
{
    CLR_RT_HeapBlock_Array header;
    unsigned char bytes[2048];

    explicit FakeArray(CLR_UINT32 length)
    {
        std::memset(bytes, 0, sizeof(bytes));
        header.m_numOfElements = length;
        header.m_stubElements = bytes;
    }
};

struct FakeFrame
{
    CLR_RT_StackFrame frame;

    FakeFrame()
    {
        std::memset(&frame, 0, sizeof(frame));
    }

    FakeFrame &Int(int index, CLR_INT32 value)
    {
        frame.ArgN(index).SetInteger(value);
        return *this;
    }

    // (byte[], offset, count) at index, index + 1, index + 2
    FakeFrame &Segment(int index, FakeArray *array, CLR_INT32 offset, CLR_INT32 count)
    {
        frame.ArgN(index).m_stubArray = array != NULL ? &array->header : NULL;
        frame.ArgN(index + 1).SetInteger(offset);
        frame.ArgN(index + 2).SetInteger(count);
        return *this;
    }

    CLR_INT32 Call(CLR_RT_MethodHandler handler)
    {
        CHECK_EQ(S_OK, handler(frame));
        return frame.m_stubResult.NumericByRef().s4;
    }
};

static const CLR_RT_MethodHandler KeyBlobSize = Glue::KeyBlobSize___STATIC__I4__I4__I4;
static const CLR_RT_MethodHandler KeyGenerate = Glue::KeyGenerate___STATIC__I4__I4__I4__SZARRAY_U1__I4__I4;
static const CLR_RT_MethodHandler KeyImport =
    Glue::KeyImport___STATIC__I4__I4__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4;
static const CLR_RT_MethodHandler KeyCheck = Glue::KeyCheck___STATIC__I4__SZARRAY_U1__I4__I4;
static const CLR_RT_MethodHandler KeyExport = Glue::KeyExport___STATIC__I4__SZARRAY_U1__I4__I4__I4__SZARRAY_U1__I4__I4;
static const CLR_RT_MethodHandler RsaSign =
    Glue::RsaSign___STATIC__I4__SZARRAY_U1__I4__I4__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4;
static const CLR_RT_MethodHandler RsaVerify =
    Glue::RsaVerify___STATIC__I4__SZARRAY_U1__I4__I4__I4__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4;
static const CLR_RT_MethodHandler RsaEncrypt =
    Glue::RsaEncrypt___STATIC__I4__SZARRAY_U1__I4__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4;
static const CLR_RT_MethodHandler RsaDecrypt =
    Glue::RsaDecrypt___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4;
static const CLR_RT_MethodHandler RsaDecryptImplicit =
    Glue::RsaDecryptImplicit___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4;
static const CLR_RT_MethodHandler EcdsaSign =
    Glue::EcdsaSign___STATIC__I4__SZARRAY_U1__I4__I4__I4__SZARRAY_U1__I4__I4__I4__SZARRAY_U1__I4__I4;
static const CLR_RT_MethodHandler EcdsaVerify =
    Glue::EcdsaVerify___STATIC__I4__I4__SZARRAY_U1__I4__I4__I4__SZARRAY_U1__I4__I4__I4__SZARRAY_U1__I4__I4;
static const CLR_RT_MethodHandler KeyAgree =
    Glue::KeyAgree___STATIC__I4__SZARRAY_U1__I4__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4;

static void RunTest(const char *name, void (*test)())
{
    int before = failures;
    test();
    ran++;
    failed_tests += failures != before ? 1 : 0;
    std::printf("%s %s\n", failures == before ? "PASS" : "FAIL", name);
}

// X25519 keys generated at offsets inside larger arrays agree through KeyExport and KeyAgree.
static void KeyAgreementThroughTheGlue()
{
    FakeArray a(300);
    FakeArray b(300);
    FakeArray publicA(40);
    FakeArray secrets(80);

    CHECK_EQ(80, FakeFrame().Int(0, ENCO_KEY_X25519).Int(1, 0).Call(KeyBlobSize));
    int32_t aLength = FakeFrame().Int(0, ENCO_KEY_X25519).Int(1, 0).Segment(2, &a, 7, 100).Call(KeyGenerate);
    int32_t bLength = FakeFrame().Int(0, ENCO_KEY_X25519).Int(1, 0).Segment(2, &b, 0, 80).Call(KeyGenerate);
    CHECK_EQ(80, aLength);
    CHECK_EQ(80, bLength);
    CHECK_EQ(80, FakeFrame().Segment(0, &a, 7, aLength).Call(KeyCheck));
    CHECK_EQ(32, FakeFrame().Segment(0, &a, 7, aLength).Int(3, ENCO_KEY_FORMAT_PUBLIC_RAW).Segment(4, &publicA, 8, 32)
                     .Call(KeyExport));

    // b's secret with a's public key; a's with b's public key (exported into secrets[40..72)).
    CHECK_EQ(32, FakeFrame().Segment(0, &b, 0, bLength).Int(3, ENCO_KEY_FORMAT_PUBLIC_RAW).Segment(4, &publicA, 8, 32)
                     .Segment(7, &secrets, 0, 32).Call(KeyAgree));
    CHECK_EQ(32, FakeFrame().Segment(0, &b, 0, bLength).Int(3, ENCO_KEY_FORMAT_PUBLIC_RAW).Segment(4, &secrets, 40, 32)
                     .Call(KeyExport));
    CHECK_EQ(32, FakeFrame().Segment(0, &a, 7, aLength).Int(3, ENCO_KEY_FORMAT_PUBLIC_RAW).Segment(4, &secrets, 40, 32)
                     .Segment(7, &secrets, 40, 32).Call(KeyAgree));
    CHECK_EQ(0, std::memcmp(secrets.bytes, secrets.bytes + 40, 32));

    // The blob segment must lie inside its array.
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, FakeFrame().Segment(0, &a, 250, 80).Call(KeyCheck));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, FakeFrame().Segment(0, &b, 0, bLength).Int(3, ENCO_KEY_FORMAT_PUBLIC_RAW)
                                      .Segment(4, &publicA, 9, 32).Segment(7, &secrets, 0, 32).Call(KeyAgree));
}

// RSA through every RSA handler, including the two decryptions and the 12-argument RsaVerify.
static void RsaThroughTheGlue()
{
    static FakeArray blob(2048);
    static FakeArray publicKey(400);
    static FakeArray digest(64);
    static FakeArray signature(300);
    static FakeArray message(64);
    static FakeArray import(2048);
    std::memset(digest.bytes, 0x42, 64);
    std::memset(message.bytes, 0x17, 48);

    int32_t length = FakeFrame().Int(0, ENCO_KEY_RSA).Int(1, 1024).Segment(2, &blob, 0, 2048).Call(KeyGenerate);
    CHECK_EQ(1, length > 600 && length < 700);
    int32_t publicLength = FakeFrame().Segment(0, &blob, 0, length).Int(3, ENCO_KEY_FORMAT_PUBLIC_SPKI)
                               .Segment(4, &publicKey, 0, 400).Call(KeyExport);
    CHECK_EQ(162, publicLength);

    CHECK_EQ(128, FakeFrame().Segment(0, &blob, 0, length).Int(3, ENCO_RSA_PSS).Int(4, ENCO_HASH_SHA256)
                      .Segment(5, &digest, 16, 32).Segment(8, &signature, 10, 128).Call(RsaSign));
    CHECK_EQ(ENCO_OK, FakeFrame().Segment(0, &publicKey, 0, publicLength).Int(3, ENCO_KEY_FORMAT_PUBLIC_SPKI)
                          .Int(4, ENCO_RSA_PSS).Int(5, ENCO_HASH_SHA256).Segment(6, &digest, 16, 32)
                          .Segment(9, &signature, 10, 128).Call(RsaVerify));
    CHECK_EQ(ENCO_ERR_BAD_SIGNATURE, FakeFrame().Segment(0, &publicKey, 0, publicLength).Int(3, ENCO_KEY_FORMAT_PUBLIC_SPKI)
                                         .Int(4, ENCO_RSA_PKCS1_V15).Int(5, ENCO_HASH_SHA256).Segment(6, &digest, 16, 32)
                                         .Segment(9, &signature, 10, 128).Call(RsaVerify));

    CHECK_EQ(128, FakeFrame().Segment(0, &publicKey, 0, publicLength).Int(3, ENCO_KEY_FORMAT_PUBLIC_SPKI)
                      .Segment(4, &message, 0, 48).Segment(7, &signature, 0, 128).Call(RsaEncrypt));
    std::memset(message.bytes, 0, 64);
    CHECK_EQ(48, FakeFrame().Segment(0, &blob, 0, length).Segment(3, &signature, 0, 128).Segment(6, &message, 0, 64)
                     .Call(RsaDecrypt));
    CHECK_EQ(0x17, message.bytes[47]);
    std::memset(message.bytes, 0, 64);
    CHECK_EQ(ENCO_OK, FakeFrame().Segment(0, &blob, 0, length).Segment(3, &signature, 0, 128).Segment(6, &message, 16, 48)
                          .Call(RsaDecryptImplicit));
    CHECK_EQ(0x17, message.bytes[16]);
    CHECK_EQ(0x17, message.bytes[63]);

    // PKCS#8 out and in again through KeyImport.
    int32_t der = FakeFrame().Segment(0, &blob, 0, length).Int(3, ENCO_KEY_FORMAT_PRIVATE_PKCS8).Segment(4, &import, 0, 2048)
                      .Call(KeyExport);
    CHECK_EQ(length, FakeFrame().Int(0, ENCO_KEY_RSA).Int(1, 0).Int(2, ENCO_KEY_FORMAT_PRIVATE_PKCS8).Segment(3, &import, 0, der)
                         .Segment(6, &import, 1000, 1000).Call(KeyImport));
    CHECK_EQ(0, std::memcmp(import.bytes + 1000, blob.bytes, (size_t)length));
}

static void EcdsaThroughTheGlue()
{
    FakeArray blob(200);
    FakeArray point(65);
    FakeArray digest(32);
    FakeArray signature(80);

    int32_t length = FakeFrame().Int(0, ENCO_KEY_EC_P256).Int(1, 0).Segment(2, &blob, 0, 200).Call(KeyGenerate);
    CHECK_EQ(113, length);
    CHECK_EQ(65, FakeFrame().Segment(0, &blob, 0, length).Int(3, ENCO_KEY_FORMAT_PUBLIC_RAW).Segment(4, &point, 0, 65)
                     .Call(KeyExport));
    CHECK_EQ(64, FakeFrame().Segment(0, &blob, 0, length).Int(3, ENCO_HASH_SHA256).Segment(4, &digest, 0, 32)
                     .Int(7, ENCO_ECDSA_RAW).Segment(8, &signature, 16, 64).Call(EcdsaSign));
    CHECK_EQ(ENCO_OK, FakeFrame().Int(0, ENCO_KEY_EC_P256).Segment(1, &point, 0, 65).Int(4, ENCO_KEY_FORMAT_PUBLIC_RAW)
                          .Segment(5, &digest, 0, 32).Int(8, ENCO_ECDSA_RAW).Segment(9, &signature, 16, 64)
                          .Call(EcdsaVerify));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, FakeFrame().Int(0, ENCO_KEY_EC_P256).Segment(1, &point, 0, 65)
                                      .Int(4, ENCO_KEY_FORMAT_PUBLIC_RAW).Segment(5, &digest, 0, 32)
                                      .Int(8, ENCO_ECDSA_RAW).Segment(9, &signature, 17, 64).Call(EcdsaVerify));
}

static void MethodTableNamesEveryHandler()
{
    const CLR_RT_MethodHandler handlers[] = {KeyBlobSize, KeyGenerate, KeyImport,          KeyCheck,  KeyExport,
                                             RsaSign,     RsaVerify,   RsaEncrypt,         RsaDecrypt, RsaDecryptImplicit,
                                             EcdsaSign,   EcdsaVerify, KeyAgree};
    const CLR_RT_MethodHandler *table =
        static_cast<const CLR_RT_MethodHandler *>(g_CLR_AssemblyNative_Router_Enco.m_pNativeMethods);

    for (size_t i = 0; i < sizeof(handlers) / sizeof(handlers[0]); i++)
    {
        int found = 0;
        for (int slot = 0; slot < ENCO_METHOD_TABLE_SLOTS; slot++)
        {
            found += table[slot] == handlers[i] ? 1 : 0;
        }

        CHECK_EQ(1, found);
    }
}

int main()
{
    RunTest("KeyAgreementThroughTheGlue", KeyAgreementThroughTheGlue);
    RunTest("RsaThroughTheGlue", RsaThroughTheGlue);
    RunTest("EcdsaThroughTheGlue", EcdsaThroughTheGlue);
    RunTest("MethodTableNamesEveryHandler", MethodTableNamesEveryHandler);
    std::printf("%d passed, %d failed\n", ran - failed_tests, failed_tests);
    return failed_tests == 0 ? 0 : 1;
}
