/*
 * The engine's random generator: one CTR_DRBG (NIST SP 800-90A, AES-256) over mbedTLS for the
 * whole engine, seeded from the OS on the host (getrandom) and from the hardware RNG on the
 * ESP32 (esp_fill_random). It seeds itself on first use and mbedTLS reseeds it every
 * MBEDTLS_CTR_DRBG_RESEED_INTERVAL requests; enco_random_reseed forces a reseed.
 */
#include <string.h>

#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>

#include "enco_args.h"
#include "enco_symmetric.h"

#if defined(ESP_PLATFORM)
#include <esp_random.h>
/* The nanoCLR runs managed code, and so every engine call, on one thread: no lock needed. */
#define ENCO_RANDOM_LOCK()
#define ENCO_RANDOM_UNLOCK()
#else
#include <errno.h>
#include <pthread.h>
#include <sys/random.h>
/* P/Invoke calls come from any .NET thread. */
static pthread_mutex_t random_lock = PTHREAD_MUTEX_INITIALIZER;
#define ENCO_RANDOM_LOCK() pthread_mutex_lock(&random_lock)
#define ENCO_RANDOM_UNLOCK() pthread_mutex_unlock(&random_lock)
#endif

static mbedtls_ctr_drbg_context drbg; /* static storage: never moved, so its AES context may point into itself */
static int drbg_seeded;

static const unsigned char personalization[] = "ENCO engine CTR_DRBG";

/* mbedTLS's entropy callback: fills output completely or fails. */
static int entropy_source(void *unused, unsigned char *output, size_t length)
{
    (void)unused;
#if defined(ESP_PLATFORM)
    /* True random only while the RF subsystem (Wi-Fi/Bluetooth) or the bootloader's entropy
       source is enabled; see enco_random_reseed. */
    esp_fill_random(output, length);
    return 0;
#else
    while (length > 0)
    {
        ssize_t got = getrandom(output, length, 0);
        if (got < 0)
        {
            if (errno == EINTR)
            {
                continue;
            }

            return MBEDTLS_ERR_ENTROPY_SOURCE_FAILED;
        }

        output += got;
        length -= (size_t)got;
    }

    return 0;
#endif
}

/* Called with the lock held. */
static int32_t ensure_seeded(void)
{
    if (drbg_seeded)
    {
        return ENCO_OK;
    }

    mbedtls_ctr_drbg_init(&drbg);
    if (mbedtls_ctr_drbg_seed(&drbg, entropy_source, NULL, personalization, sizeof(personalization) - 1) != 0)
    {
        mbedtls_ctr_drbg_free(&drbg);
        return ENCO_ERR_ENTROPY;
    }

    drbg_seeded = 1;
    return ENCO_OK;
}

int32_t enco_random(uint8_t *output, int32_t output_len)
{
    int32_t status = enco_check_buffer(output, output_len);
    size_t done = 0;

    if (status != ENCO_OK)
    {
        return status;
    }

    ENCO_RANDOM_LOCK();
    status = ensure_seeded();
    while (status == ENCO_OK && done < (size_t)output_len)
    {
        size_t chunk = (size_t)output_len - done;
        if (chunk > MBEDTLS_CTR_DRBG_MAX_REQUEST)
        {
            chunk = MBEDTLS_CTR_DRBG_MAX_REQUEST;
        }

        /* A failure here is a failed automatic reseed. */
        if (mbedtls_ctr_drbg_random(&drbg, output + done, chunk) != 0)
        {
            status = ENCO_ERR_ENTROPY;
        }

        done += chunk;
    }
    ENCO_RANDOM_UNLOCK();

    if (status != ENCO_OK && output_len > 0)
    {
        enco_wipe(output, (size_t)output_len); /* never hand out a partial result */
    }

    return status;
}

int32_t enco_random_reseed(const uint8_t *additional, int32_t additional_len)
{
    int32_t status = enco_check_buffer(additional, additional_len);
    if (status != ENCO_OK)
    {
        return status;
    }

    if (additional_len > MBEDTLS_CTR_DRBG_MAX_SEED_INPUT - MBEDTLS_CTR_DRBG_ENTROPY_LEN)
    {
        return ENCO_ERR_LIMIT;
    }

    ENCO_RANDOM_LOCK();
    status = ensure_seeded();
    if (status == ENCO_OK && mbedtls_ctr_drbg_reseed(&drbg, additional, (size_t)additional_len) != 0)
    {
        status = ENCO_ERR_ENTROPY;
    }
    ENCO_RANDOM_UNLOCK();
    return status;
}
