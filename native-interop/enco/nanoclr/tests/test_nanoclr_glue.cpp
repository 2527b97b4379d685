//
// Runs the nanoCLR glue through fake stack frames built on test-stubs/: argument indexes,
// offsets applied against the real array length, results returned as the method's int.
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

static const unsigned char AbcDigest[32] = {
    0xba, 0x78, 0x16, 0xbf, 0x8f, 0x01, 0xcf, 0xea, 0x41, 0x41, 0x40, 0xde, 0x5d, 0xae, 0x22, 0x23,
    0xb0, 0x03, 0x61, 0xa3, 0x96, 0x17, 0x7a, 0x9c, 0xb4, 0x10, 0xff, 0x61, 0xf2, 0x00, 0x15, 0xad};

// A managed byte[] as the stub sees it.
struct FakeArray
{
    CLR_RT_HeapBlock_Array header;
    unsigned char bytes[512];

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

    FakeFrame &Array(int index, FakeArray *array)
    {
        frame.ArgN(index).m_stubArray = array != NULL ? &array->header : NULL;
        return *this;
    }

    // (byte[], offset, count) at index, index + 1, index + 2
    FakeFrame &Segment(int index, FakeArray *array, CLR_INT32 offset, CLR_INT32 count)
    {
        Array(index, array);
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

static void SizeQueries()
{
    CHECK_EQ(ENCO_ABI_VERSION, FakeFrame().Call(Glue::AbiVersion___STATIC__I4));
    CHECK_EQ(32, FakeFrame().Int(0, ENCO_HASH_SHA256).Call(Glue::HashDigestSize___STATIC__I4__I4));
    CHECK_EQ(256, FakeFrame().Int(0, ENCO_HASH_SHA256).Call(Glue::HashContextSize___STATIC__I4__I4));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, FakeFrame().Int(0, 42).Call(Glue::HashContextSize___STATIC__I4__I4));
}

static void HashAppliesOffsets()
{
    FakeArray input(6);
    FakeArray digest(40);
    std::memcpy(input.bytes, "xxabcx", 6);

    CHECK_EQ(ENCO_OK, FakeFrame()
                          .Int(0, ENCO_HASH_SHA256)
                          .Segment(1, &input, 2, 3)
                          .Segment(4, &digest, 8, 32)
                          .Call(Glue::Hash___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4));
    CHECK_EQ(0, std::memcmp(digest.bytes + 8, AbcDigest, 32));
}

// The device glue knows each array's length: segments reaching past it are refused, even
// where the P/Invoke path would have to trust the managed facade.
static void HashRefusesSegmentsOutsideTheArray()
{
    FakeArray input(6);
    FakeArray digest(40);
    CLR_RT_MethodHandler hash = Glue::Hash___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4;

    CHECK_EQ(ENCO_ERR_BAD_LENGTH,
             FakeFrame().Int(0, ENCO_HASH_SHA256).Segment(1, &input, 2, 5).Segment(4, &digest, 0, 32).Call(hash));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH,
             FakeFrame().Int(0, ENCO_HASH_SHA256).Segment(1, &input, 0, 3).Segment(4, &digest, 9, 32).Call(hash));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, FakeFrame()
                                      .Int(0, ENCO_HASH_SHA256)
                                      .Segment(1, &input, 0x7FFFFFFF, 2)
                                      .Segment(4, &digest, 0, 32)
                                      .Call(hash));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH,
             FakeFrame().Int(0, ENCO_HASH_SHA256).Segment(1, &input, -1, 2).Segment(4, &digest, 0, 32).Call(hash));
    CHECK_EQ(ENCO_ERR_NULL_POINTER,
             FakeFrame().Int(0, ENCO_HASH_SHA256).Segment(1, NULL, 0, 3).Segment(4, &digest, 0, 32).Call(hash));
    CHECK_EQ(ENCO_ERR_BUFFER_TOO_SMALL,
             FakeFrame().Int(0, ENCO_HASH_SHA256).Segment(1, &input, 0, 3).Segment(4, &digest, 9, 31).Call(hash));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED,
             FakeFrame().Int(0, 0).Segment(1, &input, 0, 3).Segment(4, &digest, 0, 32).Call(hash));

    static const unsigned char zeros[40] = {0};
    CHECK_EQ(0, std::memcmp(digest.bytes, zeros, sizeof(zeros)));
}

static void StreamThroughTheGlue()
{
    FakeArray context(5 + ENCO_HASH_CONTEXT_SIZE);
    FakeArray fork(ENCO_HASH_CONTEXT_SIZE);
    FakeArray input(3);
    FakeArray digest(32);
    std::memcpy(input.bytes, "abc", 3);

    CHECK_EQ(ENCO_OK, FakeFrame()
                          .Int(0, ENCO_HASH_SHA256)
                          .Segment(1, &context, 5, ENCO_HASH_CONTEXT_SIZE)
                          .Call(Glue::HashInit___STATIC__I4__I4__SZARRAY_U1__I4__I4));
    CHECK_EQ(ENCO_OK, FakeFrame()
                          .Segment(0, &context, 5, ENCO_HASH_CONTEXT_SIZE)
                          .Segment(3, &input, 0, 2)
                          .Call(Glue::HashUpdate___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4));
    CHECK_EQ(ENCO_OK, FakeFrame()
                          .Segment(0, &fork, 0, ENCO_HASH_CONTEXT_SIZE)
                          .Segment(3, &context, 5, ENCO_HASH_CONTEXT_SIZE)
                          .Call(Glue::HashClone___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4));
    CHECK_EQ(ENCO_OK, FakeFrame()
                          .Segment(0, &fork, 0, ENCO_HASH_CONTEXT_SIZE)
                          .Segment(3, &input, 2, 1)
                          .Call(Glue::HashUpdate___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4));
    CHECK_EQ(ENCO_OK, FakeFrame()
                          .Segment(0, &fork, 0, ENCO_HASH_CONTEXT_SIZE)
                          .Segment(3, &digest, 0, 32)
                          .Call(Glue::HashFinal___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4));
    CHECK_EQ(0, std::memcmp(digest.bytes, AbcDigest, 32));

    // The context segment must lie inside its array: 5 + 256 fits, 6 + 256 does not.
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, FakeFrame()
                                      .Segment(0, &context, 6, ENCO_HASH_CONTEXT_SIZE)
                                      .Call(Glue::HashFree___STATIC__I4__SZARRAY_U1__I4__I4));
    CHECK_EQ(ENCO_OK, FakeFrame()
                          .Segment(0, &context, 5, ENCO_HASH_CONTEXT_SIZE)
                          .Call(Glue::HashFree___STATIC__I4__SZARRAY_U1__I4__I4));
}

static void AssemblyTableNamesEveryHandler()
{
    const CLR_RT_NativeAssemblyData &assembly = g_CLR_AssemblyNative_Router_Enco;
    const CLR_RT_MethodHandler handlers[] = {
        Glue::AbiVersion___STATIC__I4,
        Glue::HashDigestSize___STATIC__I4__I4,
        Glue::HashContextSize___STATIC__I4__I4,
        Glue::Hash___STATIC__I4__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
        Glue::HashInit___STATIC__I4__I4__SZARRAY_U1__I4__I4,
        Glue::HashUpdate___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
        Glue::HashFinal___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
        Glue::HashClone___STATIC__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4,
        Glue::HashFree___STATIC__I4__SZARRAY_U1__I4__I4,
    };
    const int count = (int)(sizeof(handlers) / sizeof(handlers[0]));
    const CLR_RT_MethodHandler *table = static_cast<const CLR_RT_MethodHandler *>(assembly.m_pNativeMethods);

    CHECK_EQ(0, std::strcmp(assembly.m_szAssemblyName, "Router.Enco"));
    CHECK_EQ(ENCO_VERSION_MAJOR, assembly.m_Version.iMajorVersion);
    CHECK_EQ(ENCO_VERSION_MINOR, assembly.m_Version.iMinorVersion);
    CHECK_EQ(ENCO_VERSION_BUILD, assembly.m_Version.iBuildNumber);
    CHECK_EQ(ENCO_VERSION_REVISION, assembly.m_Version.iRevisionNumber);

    for (int i = 0; i < count; i++)
    {
        bool found = false;
        for (int slot = 0; slot < count; slot++)
        {
            found = found || table[slot] == handlers[i];
        }

        CHECK_EQ(1, found ? 1 : 0);
    }
}

int main()
{
    RunTest("SizeQueries", SizeQueries);
    RunTest("HashAppliesOffsets", HashAppliesOffsets);
    RunTest("HashRefusesSegmentsOutsideTheArray", HashRefusesSegmentsOutsideTheArray);
    RunTest("StreamThroughTheGlue", StreamThroughTheGlue);
    RunTest("AssemblyTableNamesEveryHandler", AssemblyTableNamesEveryHandler);
    std::printf("%d passed, %d failed\n", ran - failed_tests, failed_tests);
    return failed_tests == 0 ? 0 : 1;
}
