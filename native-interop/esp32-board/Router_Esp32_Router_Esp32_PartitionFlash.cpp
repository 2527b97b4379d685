//
// The router's flash: the data partition named "router" (partitions.csv), through ESP-IDF's
// esp_partition API. Every handler returns an esp_err_t as the method's int result (0 = ESP_OK),
// and checks both the managed array segment and the partition range before touching flash, so
// managed code can never reach outside its partition.
//

#include <stdint.h>

#include <esp_partition.h>

#include "Router_Esp32.h"

#define ROUTER_PARTITION_LABEL "router"

static const esp_partition_t *RouterPartition()
{
    static const esp_partition_t *partition = NULL;
    if (partition == NULL)
    {
        partition = esp_partition_find_first(ESP_PARTITION_TYPE_DATA, ESP_PARTITION_SUBTYPE_ANY, ROUTER_PARTITION_LABEL);
    }

    return partition;
}

// True when [offset, offset + count) lies inside a range of `size` bytes (no overflow).
static bool InRange(int32_t offset, int32_t count, uint32_t size)
{
    return offset >= 0 && count >= 0 && (uint32_t)offset <= size && (uint32_t)count <= size - (uint32_t)offset;
}

// The array segment of arguments first (array), first + 1 (offset) and first + 2 (count).
static esp_err_t ArraySegment(CLR_RT_StackFrame &stack, int first, uint8_t *&data, int32_t &count)
{
    CLR_RT_HeapBlock_Array *array = stack.ArgN(first).DereferenceArray();
    int32_t offset = stack.ArgN(first + 1).NumericByRef().s4;
    count = stack.ArgN(first + 2).NumericByRef().s4;
    if (array == NULL || !InRange(offset, count, array->m_numOfElements))
    {
        return ESP_ERR_INVALID_ARG;
    }

    data = array->GetFirstElement() + offset;
    return ESP_OK;
}

HRESULT Library_Router_Esp32_Router_Esp32_PartitionFlash::NativeOpen___STATIC__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    const esp_partition_t *partition = RouterPartition();
    stack.SetResult_I4(partition != NULL && partition->size <= INT32_MAX ? (int32_t)partition->size : 0);

    NANOCLR_NOCLEANUP_NOLABEL();
}

// Read or write between the flash at argument 0 and the array segment of arguments 1-3.
static esp_err_t Transfer(CLR_RT_StackFrame &stack, bool write)
{
    const esp_partition_t *partition = RouterPartition();
    int32_t offset = stack.Arg0().NumericByRef().s4;
    uint8_t *data = NULL;
    int32_t count = 0;
    esp_err_t result = ArraySegment(stack, 1, data, count);
    if (result != ESP_OK)
    {
        return result;
    }

    if (partition == NULL)
    {
        return ESP_ERR_NOT_FOUND;
    }

    if (!InRange(offset, count, partition->size))
    {
        return ESP_ERR_INVALID_SIZE;
    }

    return write ? esp_partition_write(partition, (size_t)offset, data, (size_t)count)
                 : esp_partition_read(partition, (size_t)offset, data, (size_t)count);
}

HRESULT Library_Router_Esp32_Router_Esp32_PartitionFlash::NativeRead___STATIC__I4__I4__SZARRAY_U1__I4__I4(
    CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    stack.SetResult_I4(Transfer(stack, false));

    NANOCLR_NOCLEANUP_NOLABEL();
}

HRESULT Library_Router_Esp32_Router_Esp32_PartitionFlash::NativeErase___STATIC__I4__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    const esp_partition_t *partition = RouterPartition();
    int32_t offset = stack.Arg0().NumericByRef().s4;
    int32_t count = stack.Arg1().NumericByRef().s4;
    esp_err_t result = partition == NULL                        ? ESP_ERR_NOT_FOUND
                       : !InRange(offset, count, partition->size) ? ESP_ERR_INVALID_SIZE
                                                                  : esp_partition_erase_range(partition, (size_t)offset, (size_t)count);
    stack.SetResult_I4(result);

    NANOCLR_NOCLEANUP_NOLABEL();
}

HRESULT Library_Router_Esp32_Router_Esp32_PartitionFlash::NativeWrite___STATIC__I4__I4__SZARRAY_U1__I4__I4(
    CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    stack.SetResult_I4(Transfer(stack, true));

    NANOCLR_NOCLEANUP_NOLABEL();
}
