//
// Calls the Router.Esp32 flash glue through fake stack frames against a RAM partition: the
// segment and range checks refuse what is outside the array or the partition without touching
// flash, and accepted calls reach esp_partition_* with the right offsets.
//

#include <stdio.h>
#include <string.h>

#include "Router_Esp32.h"
#include "esp_partition.h"

// ---- the RAM partition behind the esp_partition stub -------------------------------------

static const uint32_t kSize = 64 * 1024;
static const uint32_t kSector = 4096;
static uint8_t g_cells[kSize];
static bool g_present = true;
static int g_flashCalls = 0;
static const esp_partition_t g_partition = {ESP_PARTITION_TYPE_DATA, ESP_PARTITION_SUBTYPE_ANY, 0x2B0000, kSize, "router"};

const esp_partition_t *esp_partition_find_first(esp_partition_type_t, esp_partition_subtype_t, const char *label)
{
    return g_present && strcmp(label, "router") == 0 ? &g_partition : NULL;
}

esp_err_t esp_partition_read(const esp_partition_t *, size_t offset, void *dst, size_t size)
{
    g_flashCalls++;
    memcpy(dst, g_cells + offset, size);
    return ESP_OK;
}

esp_err_t esp_partition_write(const esp_partition_t *, size_t offset, const void *src, size_t size)
{
    g_flashCalls++;
    for (size_t i = 0; i < size; i++)
    {
        g_cells[offset + i] &= ((const uint8_t *)src)[i];
    }
    return ESP_OK;
}

esp_err_t esp_partition_erase_range(const esp_partition_t *, size_t offset, size_t size)
{
    g_flashCalls++;
    if (offset % kSector != 0 || size % kSector != 0)
    {
        return ESP_ERR_INVALID_SIZE;
    }
    memset(g_cells + offset, 0xFF, size);
    return ESP_OK;
}

// ---- fake frames ----------------------------------------------------------------------------

typedef Library_Router_Esp32_Router_Esp32_PartitionFlash Glue;

struct FakeArray
{
    CLR_RT_HeapBlock_Array header;
    explicit FakeArray(uint8_t *data, uint32_t length)
    {
        header.m_numOfElements = length;
        header.m_stubElements = data;
    }
};

static CLR_INT32 Call(CLR_RT_MethodHandler handler, CLR_INT32 a0, FakeArray *array, CLR_INT32 offset, CLR_INT32 count)
{
    CLR_RT_StackFrame frame;
    memset(&frame, 0, sizeof(frame));
    frame.ArgN(0).SetInteger(a0);
    frame.ArgN(1).m_stubArray = array != NULL ? &array->header : NULL;
    frame.ArgN(2).SetInteger(offset);
    frame.ArgN(3).SetInteger(count);
    if (FAILED(handler(frame)))
    {
        return -1;
    }
    return frame.m_stubResult.m_stubNumeric.s4;
}

static CLR_INT32 Erase(CLR_INT32 offset, CLR_INT32 count)
{
    CLR_RT_StackFrame frame;
    memset(&frame, 0, sizeof(frame));
    frame.ArgN(0).SetInteger(offset);
    frame.ArgN(1).SetInteger(count);
    Glue::NativeErase___STATIC__I4__I4__I4(frame);
    return frame.m_stubResult.m_stubNumeric.s4;
}

static int g_failures = 0;
#define CHECK_EQ(expected, actual)                                                                 \
    do                                                                                             \
    {                                                                                              \
        long e_ = (long)(expected), a_ = (long)(actual);                                           \
        if (e_ != a_)                                                                              \
        {                                                                                          \
            fprintf(stderr, "%s:%d: expected %ld, got %ld\n", __FILE__, __LINE__, e_, a_);        \
            g_failures++;                                                                          \
        }                                                                                          \
    } while (0)

int main()
{
    uint8_t buffer[32];
    FakeArray array(buffer, sizeof(buffer));
    CLR_RT_MethodHandler read = Glue::NativeRead___STATIC__I4__I4__SZARRAY_U1__I4__I4;
    CLR_RT_MethodHandler write = Glue::NativeWrite___STATIC__I4__I4__SZARRAY_U1__I4__I4;

    // Open answers the partition's size.
    CLR_RT_StackFrame open;
    memset(&open, 0, sizeof(open));
    Glue::NativeOpen___STATIC__I4(open);
    CHECK_EQ(kSize, open.m_stubResult.m_stubNumeric.s4);

    // Erase, write, read back through the glue.
    CHECK_EQ(ESP_OK, Erase(4096, 4096));
    for (int i = 0; i < 32; i++)
    {
        buffer[i] = (uint8_t)(i * 7);
    }
    CHECK_EQ(ESP_OK, Call(write, 4100, &array, 0, 32));
    memset(buffer, 0, sizeof(buffer));
    CHECK_EQ(ESP_OK, Call(read, 4100, &array, 8, 24));
    CHECK_EQ(0, buffer[0]);
    CHECK_EQ(0, buffer[8]);
    CHECK_EQ(7 * 1, buffer[9]);

    // Refusals reach no flash call: array segment, partition range, overflow, null array.
    int before = g_flashCalls;
    CHECK_EQ(ESP_ERR_INVALID_ARG, Call(read, 0, &array, 30, 3));
    CHECK_EQ(ESP_ERR_INVALID_ARG, Call(read, 0, &array, -1, 2));
    CHECK_EQ(ESP_ERR_INVALID_ARG, Call(write, 0, &array, 0, -1));
    CHECK_EQ(ESP_ERR_INVALID_ARG, Call(write, 0, NULL, 0, 0));
    CHECK_EQ(ESP_ERR_INVALID_SIZE, Call(read, (CLR_INT32)kSize - 4, &array, 0, 8));
    CHECK_EQ(ESP_ERR_INVALID_SIZE, Call(write, -4, &array, 0, 8));
    CHECK_EQ(ESP_ERR_INVALID_SIZE, Call(read, 0x7FFFFFF0, &array, 0, 32));
    CHECK_EQ(ESP_ERR_INVALID_SIZE, Erase((CLR_INT32)kSize, 4096));
    CHECK_EQ(ESP_ERR_INVALID_SIZE, Erase(0, -4096));
    CHECK_EQ(before, g_flashCalls);

    if (g_failures == 0)
    {
        printf("partition flash glue: all checks passed\n");
    }
    return g_failures == 0 ? 0 : 1;
}
