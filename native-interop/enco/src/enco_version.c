/* The native interface version, checked by the managed side against its own expectation. */
#include "enco.h"

int32_t enco_abi_version(void)
{
    return ENCO_ABI_VERSION;
}
