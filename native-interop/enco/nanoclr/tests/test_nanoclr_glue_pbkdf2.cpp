//
// Runs the Pbkdf2 nanoCLR handler through fake stack frames (test-stubs/): its 11 argument indexes
// (the iteration count sits between two segments), offsets applied against each array's real
// length, and a segment outside its array refused before the engine runs.
//

#include <cstdio>
#include <cstring>

#include "Router_Enco.h"
#include "enco.h"

typedef Library_Router_Enco_Router_Enco_EncoNative Glue;

static int failures;

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
    unsigned char bytes[64];

    explicit FakeArray(CLR_UINT32 length)
    {
        std::memset(bytes, 0xA5, sizeof(bytes));
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

static const CLR_RT_MethodHandler Pbkdf2 =
    Glue::Pbkdf2___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4__I4__SZARRAY_U1__I4__I4;

// PBKDF2-HMAC-SHA256("password", "salt", 2 iterations, 32 bytes), RFC 6070's inputs.
static void DerivesThroughTheGlue()
{
    static const unsigned char Expected[32] = {0xae, 0x4d, 0x0c, 0x95, 0xaf, 0x6b, 0x46, 0xd3, 0x2d, 0x0a, 0xdf,
                                               0xf9, 0x28, 0xf0, 0x6d, 0xd0, 0x2a, 0x30, 0x3f, 0x8e, 0xf3, 0xc2,
                                               0x51, 0xdf, 0xd6, 0xe2, 0xd8, 0x5a, 0x95, 0x47, 0x4c, 0x43};
    FakeArray password(12);
    FakeArray salt(6);
    FakeArray output(40);
    std::memcpy(password.bytes + 2, "password", 8);
    std::memcpy(salt.bytes + 1, "salt", 4);

    CHECK_EQ(ENCO_OK, FakeFrame()
                          .Int(0, ENCO_HASH_SHA256)
                          .Segment(1, &password, 2, 8)
                          .Segment(4, &salt, 1, 4)
                          .Int(7, 2)
                          .Segment(8, &output, 4, 32)
                          .Call(Pbkdf2));
    CHECK_EQ(0, std::memcmp(output.bytes + 4, Expected, 32));
    CHECK_EQ(0xA5, output.bytes[3]);
    CHECK_EQ(0xA5, output.bytes[36]);
}

static void RefusesSegmentsOutsideTheirArrays()
{
    FakeArray password(8);
    FakeArray salt(4);
    FakeArray output(32);

    CHECK_EQ(ENCO_ERR_BAD_LENGTH, FakeFrame()
                                      .Int(0, ENCO_HASH_SHA256)
                                      .Segment(1, &password, 1, 8)
                                      .Segment(4, &salt, 0, 4)
                                      .Int(7, 1)
                                      .Segment(8, &output, 0, 32)
                                      .Call(Pbkdf2));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, FakeFrame()
                                      .Int(0, ENCO_HASH_SHA256)
                                      .Segment(1, &password, 0, 8)
                                      .Segment(4, &salt, 0, 4)
                                      .Int(7, 1)
                                      .Segment(8, &output, 1, 32)
                                      .Call(Pbkdf2));
    CHECK_EQ(ENCO_ERR_LIMIT, FakeFrame()
                                 .Int(0, ENCO_HASH_SHA256)
                                 .Segment(1, &password, 0, 8)
                                 .Segment(4, &salt, 0, 4)
                                 .Int(7, 0)
                                 .Segment(8, &output, 0, 32)
                                 .Call(Pbkdf2));
    CHECK_EQ(0xA5, output.bytes[0]);
}

// The assembly table lists the handler (ENCO_METHOD_TABLE_SLOTS: the entries CMake counted in Router_Enco.cpp).
static void AssemblyTableNamesTheHandler()
{
    const CLR_RT_MethodHandler *table =
        static_cast<const CLR_RT_MethodHandler *>(g_CLR_AssemblyNative_Router_Enco.m_pNativeMethods);
    bool found = false;
    for (int slot = 0; slot < ENCO_METHOD_TABLE_SLOTS && !found; slot++)
    {
        found = table[slot] == Pbkdf2;
    }

    CHECK_EQ(1, found ? 1 : 0);
}

int main()
{
    int passed = 0;
    int before = failures;
    DerivesThroughTheGlue();
    passed += failures == before ? 1 : 0;
    std::printf("%s DerivesThroughTheGlue\n", failures == before ? "PASS" : "FAIL");

    before = failures;
    RefusesSegmentsOutsideTheirArrays();
    passed += failures == before ? 1 : 0;
    std::printf("%s RefusesSegmentsOutsideTheirArrays\n", failures == before ? "PASS" : "FAIL");

    before = failures;
    AssemblyTableNamesTheHandler();
    passed += failures == before ? 1 : 0;
    std::printf("%s AssemblyTableNamesTheHandler\n", failures == before ? "PASS" : "FAIL");

    std::printf("%d passed, %d failed\n", passed, 3 - passed);
    return failures == 0 ? 0 : 1;
}
