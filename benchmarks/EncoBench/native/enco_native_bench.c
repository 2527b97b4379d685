/*
 * Native half of EncoBench (no P/Invoke): the engine's own GCM (AES block + 4-bit GHASH tables)
 * against mbedTLS's GCM and ChaCha20-Poly1305 on the same buffers, and the native cost of one call
 * on 64-byte inputs, which EncoBench subtracts from its managed per-call time to show the P/Invoke
 * overhead. Prints "key value" lines.
 * Usage: enco_native_bench <seconds per measurement>
 */
#define _POSIX_C_SOURCE 199309L /* clock_gettime */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <mbedtls/chachapoly.h>
#include <mbedtls/gcm.h>

#include "enco.h"

#define RECORD 16384

static uint8_t input[RECORD];
static uint8_t output[RECORD + 16];
static uint8_t key[32];
static uint8_t nonce[12];
static uint8_t tag[16];
static uint8_t context[ENCO_AEAD_CONTEXT_SIZE];
static mbedtls_gcm_context gcm;
static mbedtls_chachapoly_context chachapoly;

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

typedef int (*operation)(size_t length);

/* Calls op(length) until `seconds` have passed; returns calls per second. */
static double rate(operation op, size_t length, double seconds)
{
    double start = now();
    double elapsed;
    long calls = 0;

    do
    {
        int i;
        for (i = 0; i < 16; i++)
        {
            if (op(length) != 0)
            {
                fprintf(stderr, "operation failed\n");
                exit(1);
            }
        }

        calls += 16;
        elapsed = now() - start;
    } while (elapsed < seconds);

    return (double)calls / elapsed;
}

static int enco_seal(size_t length)
{
    return enco_aead_seal(context, sizeof(context), nonce, 12, NULL, 0, input, (int32_t)length, output,
                          (int32_t)length + 16);
}

static int mbedtls_gcm_seal(size_t length)
{
    return mbedtls_gcm_crypt_and_tag(&gcm, MBEDTLS_GCM_ENCRYPT, length, nonce, 12, NULL, 0, input, output, 16, tag);
}

static int mbedtls_chachapoly_seal(size_t length)
{
    return mbedtls_chachapoly_encrypt_and_tag(&chachapoly, length, nonce, NULL, 0, input, output, tag);
}

static int enco_sha256(size_t length)
{
    return enco_hash(ENCO_HASH_SHA256, input, (int32_t)length, output, 32);
}

static int enco_hmac_sha256(size_t length)
{
    return enco_hmac(ENCO_HASH_SHA256, key, 32, input, (int32_t)length, output, 32);
}

static void print_throughput(const char *name, operation op, double seconds)
{
    printf("%s %.1f\n", name, rate(op, RECORD, seconds) * RECORD / (1024.0 * 1024.0));
}

static void print_call_ns(const char *name, operation op, double seconds)
{
    printf("%s %.1f\n", name, 1e9 / rate(op, 64, seconds));
}

int main(int argc, char **argv)
{
    double seconds = argc > 1 ? atof(argv[1]) : 1.0;

    memset(input, 0x5A, sizeof(input));
    mbedtls_gcm_init(&gcm);
    mbedtls_chachapoly_init(&chachapoly);
    if (mbedtls_gcm_setkey(&gcm, MBEDTLS_CIPHER_ID_AES, key, 128) != 0 ||
        mbedtls_chachapoly_setkey(&chachapoly, key) != 0 ||
        enco_aead_init(ENCO_AEAD_AES_GCM, key, 16, context, sizeof(context)) != ENCO_OK)
    {
        fprintf(stderr, "setup failed\n");
        return 1;
    }

    /* MiB/s on 16 KiB records */
    print_throughput("gcm.enco", enco_seal, seconds);
    print_throughput("gcm.mbedtls", mbedtls_gcm_seal, seconds);
    enco_aead_init(ENCO_AEAD_CHACHA20_POLY1305, key, 32, context, sizeof(context));
    print_throughput("chachapoly.enco", enco_seal, seconds);
    print_throughput("chachapoly.mbedtls", mbedtls_chachapoly_seal, seconds);

    /* ns per call on 64-byte inputs */
    enco_aead_init(ENCO_AEAD_AES_GCM, key, 16, context, sizeof(context));
    print_call_ns("call64.gcm", enco_seal, seconds / 2);
    print_call_ns("call64.sha256", enco_sha256, seconds / 2);
    print_call_ns("call64.hmac", enco_hmac_sha256, seconds / 2);

    mbedtls_gcm_free(&gcm);
    mbedtls_chachapoly_free(&chachapoly);
    return 0;
}
