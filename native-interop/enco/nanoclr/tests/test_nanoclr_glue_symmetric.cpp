//
// Runs the symmetric nanoCLR handlers through fake stack frames (test-stubs/): the argument
// indexes of the widest calls (AeadSeal/AeadOpen with 15 arguments, CipherCrypt with 14),
// offsets applied against each array's real length, and the method table listing every handler.
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

struct FakeArray
{
    CLR_RT_HeapBlock_Array header;
    unsigned char bytes[1024];

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

static void RunTest(const char *name, void (*test)())
{
    int before = failures;
    test();
    ran++;
    failed_tests += failures != before ? 1 : 0;
    std::printf("%s %s\n", failures == before ? "PASS" : "FAIL", name);
}

static const CLR_RT_MethodHandler AeadSeal =
    Glue::AeadSeal___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4;
static const CLR_RT_MethodHandler AeadOpen =
    Glue::AeadOpen___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4;
static const CLR_RT_MethodHandler AeadInit = Glue::AeadInit___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4;

// GCM test case 2 of the specification: zero key, zero nonce, one zero block.
static void AeadThroughTheGlue()
{
    static const unsigned char Expected[32] = {0x03, 0x88, 0xda, 0xce, 0x60, 0xb6, 0xa3, 0x92, 0xf3, 0x28, 0xc2,
                                               0xb9, 0x71, 0xb2, 0xfe, 0x78, 0xab, 0x6e, 0x47, 0xd4, 0x2c, 0xec,
                                               0x13, 0xbd, 0xf5, 0x3a, 0x67, 0xb2, 0x12, 0x57, 0xbd, 0xdf};
    FakeArray key(16);
    FakeArray context(3 + ENCO_AEAD_CONTEXT_SIZE);
    FakeArray nonce(12);
    FakeArray plain(20);
    FakeArray record(40);
    FakeArray opened(16);

    CHECK_EQ(ENCO_OK, FakeFrame()
                          .Int(0, ENCO_AEAD_AES_GCM)
                          .Segment(1, &key, 0, 16)
                          .Segment(4, &context, 3, ENCO_AEAD_CONTEXT_SIZE)
                          .Call(AeadInit));
    CHECK_EQ(ENCO_OK, FakeFrame()
                          .Segment(0, &context, 3, ENCO_AEAD_CONTEXT_SIZE)
                          .Segment(3, &nonce, 0, 12)
                          .Segment(6, NULL, 0, 0)
                          .Segment(9, &plain, 4, 16)
                          .Segment(12, &record, 8, 32)
                          .Call(AeadSeal));
    CHECK_EQ(0, std::memcmp(record.bytes + 8, Expected, 32));

    CHECK_EQ(ENCO_OK, FakeFrame()
                          .Segment(0, &context, 3, ENCO_AEAD_CONTEXT_SIZE)
                          .Segment(3, &nonce, 0, 12)
                          .Segment(6, NULL, 0, 0)
                          .Segment(9, &record, 8, 32)
                          .Segment(12, &opened, 0, 16)
                          .Call(AeadOpen));

    // The output segment reaches past its array: refused before anything is written.
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, FakeFrame()
                                      .Segment(0, &context, 3, ENCO_AEAD_CONTEXT_SIZE)
                                      .Segment(3, &nonce, 0, 12)
                                      .Segment(6, NULL, 0, 0)
                                      .Segment(9, &plain, 4, 16)
                                      .Segment(12, &record, 9, 32)
                                      .Call(AeadSeal));
    record.bytes[8 + 31] ^= 1;
    CHECK_EQ(ENCO_ERR_AUTH_FAILED, FakeFrame()
                                       .Segment(0, &context, 3, ENCO_AEAD_CONTEXT_SIZE)
                                       .Segment(3, &nonce, 0, 12)
                                       .Segment(6, NULL, 0, 0)
                                       .Segment(9, &record, 8, 32)
                                       .Segment(12, &opened, 0, 16)
                                       .Call(AeadOpen));
}

// SP 800-38A F.1.1, first block, through CipherCrypt's 14 arguments (mode and direction in the middle).
static void CipherThroughTheGlue()
{
    static const unsigned char Key[16] = {0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6,
                                          0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c};
    static const unsigned char Plain[16] = {0x6b, 0xc1, 0xbe, 0xe2, 0x2e, 0x40, 0x9f, 0x96,
                                            0xe9, 0x3d, 0x7e, 0x11, 0x73, 0x93, 0x17, 0x2a};
    static const unsigned char Cipher[16] = {0x3a, 0xd7, 0x7b, 0xb4, 0x0d, 0x7a, 0x36, 0x60,
                                             0xa8, 0x9e, 0xca, 0xf3, 0x24, 0x66, 0xef, 0x97};
    FakeArray key(16);
    FakeArray context(ENCO_CIPHER_CONTEXT_SIZE);
    FakeArray data(16);
    FakeArray output(20);
    std::memcpy(key.bytes, Key, 16);
    std::memcpy(data.bytes, Plain, 16);

    CHECK_EQ(ENCO_OK, FakeFrame()
                          .Int(0, ENCO_CIPHER_AES)
                          .Segment(1, &key, 0, 16)
                          .Segment(4, &context, 0, ENCO_CIPHER_CONTEXT_SIZE)
                          .Call(Glue::CipherInit___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4));
    CHECK_EQ(ENCO_OK,
             FakeFrame()
                 .Segment(0, &context, 0, ENCO_CIPHER_CONTEXT_SIZE)
                 .Int(3, ENCO_MODE_ECB)
                 .Int(4, ENCO_ENCRYPT)
                 .Segment(5, NULL, 0, 0)
                 .Segment(8, &data, 0, 16)
                 .Segment(11, &output, 4, 16)
                 .Call(Glue::CipherCrypt___STATIC__I4__SZARRAY_U1__I4__I4__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4));
    CHECK_EQ(0, std::memcmp(output.bytes + 4, Cipher, 16));
}

static void QueriesThroughTheGlue()
{
    CHECK_EQ(ENCO_HMAC_CONTEXT_SIZE, FakeFrame().Int(0, ENCO_HASH_SHA1).Call(Glue::HmacContextSize___STATIC__I4__I4));
    CHECK_EQ(ENCO_AEAD_CONTEXT_SIZE,
             FakeFrame().Int(0, ENCO_AEAD_CHACHA20_POLY1305).Call(Glue::AeadContextSize___STATIC__I4__I4));
    CHECK_EQ(ENCO_CIPHER_CONTEXT_SIZE, FakeFrame().Int(0, ENCO_CIPHER_3DES).Call(Glue::CipherContextSize___STATIC__I4__I4));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, FakeFrame().Int(0, 7).Call(Glue::AeadPreference___STATIC__I4__I4));
}

static void RandomThroughTheGlue()
{
    FakeArray buffer(64);
    static const unsigned char zeros[32] = {0};
    CHECK_EQ(ENCO_OK, FakeFrame().Segment(0, &buffer, 32, 32).Call(Glue::RandomFill___STATIC__I4__SZARRAY_U1__I4__I4));
    CHECK_EQ(0, std::memcmp(buffer.bytes, zeros, 32));
    CHECK_EQ(1, std::memcmp(buffer.bytes + 32, zeros, 32) != 0 ? 1 : 0);
    CHECK_EQ(ENCO_ERR_BAD_LENGTH,
             FakeFrame().Segment(0, &buffer, 33, 32).Call(Glue::RandomFill___STATIC__I4__SZARRAY_U1__I4__I4));
}

// Every symmetric handler has a slot in the assembly's method table.
static void AssemblyTableNamesEverySymmetricHandler()
{
    const CLR_RT_MethodHandler handlers[] = {
        Glue::HmacContextSize___STATIC__I4__I4,
        Glue::Hmac___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
        Glue::HmacInit___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
        Glue::HmacUpdate___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
        Glue::HmacFinal___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
        Glue::HmacFree___STATIC__I4__SZARRAY_U1__I4__I4,
        Glue::HkdfExtract___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
        Glue::HkdfExpand___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
        Glue::Tls12Prf___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
        Glue::CipherContextSize___STATIC__I4__I4,
        Glue::CipherInit___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
        Glue::CipherCrypt___STATIC__I4__SZARRAY_U1__I4__I4__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
        Glue::CipherFree___STATIC__I4__SZARRAY_U1__I4__I4,
        Glue::AeadContextSize___STATIC__I4__I4,
        AeadInit,
        AeadSeal,
        AeadOpen,
        Glue::AeadFree___STATIC__I4__SZARRAY_U1__I4__I4,
        Glue::AeadPreference___STATIC__I4__I4,
        Glue::RandomFill___STATIC__I4__SZARRAY_U1__I4__I4,
        Glue::RandomReseed___STATIC__I4__SZARRAY_U1__I4__I4,
        Glue::DeflateWorkspaceSize___STATIC__I4__I4,
        Glue::Deflate___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
        Glue::Inflate___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
    };
    const CLR_RT_MethodHandler *table =
        static_cast<const CLR_RT_MethodHandler *>(g_CLR_AssemblyNative_Router_Enco.m_pNativeMethods);

    // ENCO_METHOD_TABLE_SLOTS: the entries CMake counted in Router_Enco.cpp, so the scan stays inside the table.
    for (size_t i = 0; i < sizeof(handlers) / sizeof(handlers[0]); i++)
    {
        bool found = false;
        for (int slot = 0; slot < ENCO_METHOD_TABLE_SLOTS && !found; slot++)
        {
            found = table[slot] == handlers[i];
        }

        CHECK_EQ(1, found ? 1 : 0);
    }
}

int main()
{
    RunTest("AeadThroughTheGlue", AeadThroughTheGlue);
    RunTest("CipherThroughTheGlue", CipherThroughTheGlue);
    RunTest("QueriesThroughTheGlue", QueriesThroughTheGlue);
    RunTest("RandomThroughTheGlue", RandomThroughTheGlue);
    RunTest("AssemblyTableNamesEverySymmetricHandler", AssemblyTableNamesEverySymmetricHandler);
    std::printf("%d passed, %d failed\n", ran - failed_tests, failed_tests);
    return failed_tests == 0 ? 0 : 1;
}
