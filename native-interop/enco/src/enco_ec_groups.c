/*
 * The P-256 and P-384 groups, loaded once and shared by every call. A group holds only public
 * constants, plus the comb table of multiples of the generator that mbedTLS builds on the first
 * multiplication by G and keeps in the group (grp->T). Loading a fresh group per call would
 * rebuild that table every time, which doubled the cost of an ECDSA signature (bench_pk). Once
 * warmed here the groups are only read, so concurrent P/Invoke calls may share them; the ESP32
 * runs every engine call on the nanoCLR's one thread. They live as long as the program.
 */
#include "enco_pk_internal.h"

#include "enco_pk_rng.h"

#if defined(ESP_PLATFORM)
#define GROUPS_LOCK()
#define GROUPS_UNLOCK()
#else
#include <pthread.h>
static pthread_mutex_t groups_lock = PTHREAD_MUTEX_INITIALIZER;
#define GROUPS_LOCK() pthread_mutex_lock(&groups_lock)
#define GROUPS_UNLOCK() pthread_mutex_unlock(&groups_lock)
#endif

#define CURVES 2 /* indexed by type - ENCO_KEY_EC_P256 */

static mbedtls_ecp_group groups[CURVES];
static volatile int ready[CURVES];

/* Loads the group and multiplies G once, so that mbedTLS stores the generator's table. */
static int warm_up(mbedtls_ecp_group *group, mbedtls_ecp_group_id id)
{
    mbedtls_ecp_point point;
    mbedtls_mpi one;
    int result;

    mbedtls_ecp_group_init(group);
    mbedtls_ecp_point_init(&point);
    mbedtls_mpi_init(&one);

    result = mbedtls_ecp_group_load(group, id);
    if (result == 0)
    {
        result = mbedtls_mpi_lset(&one, 1);
    }

    if (result == 0)
    {
        result = mbedtls_ecp_mul(group, &point, &one, &group->G, enco_pk_rng, NULL);
    }

    if (result != 0)
    {
        mbedtls_ecp_group_free(group);
    }

    mbedtls_mpi_free(&one);
    mbedtls_ecp_point_free(&point);
    return result;
}

mbedtls_ecp_group *enco_ec_group(const enco_ec_curve *curve)
{
    int index = curve->type - ENCO_KEY_EC_P256;
    mbedtls_ecp_group *group = NULL;

    if (index < 0 || index >= CURVES)
    {
        return NULL;
    }

    GROUPS_LOCK();
    if (!ready[index] && warm_up(&groups[index], curve->group) == 0)
    {
        ready[index] = 1;
    }

    if (ready[index])
    {
        group = &groups[index];
    }
    GROUPS_UNLOCK();
    return group;
}
