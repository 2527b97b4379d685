/*
 * Not a test: what the key-blob design costs. For RSA-2048 and P-256 it times parsing a blob
 * alone (what every private-key call pays), the operation through the blob API, and the same
 * operation on a context parsed once (what a native handle table would give). Usage:
 * bench_pk [seconds per figure, default 1]. benchmarks/EncoBench prints the facade's figures.
 */
#define _POSIX_C_SOURCE 199309L /* clock_gettime under -std=c11 */

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <mbedtls/ecdsa.h>
#include <mbedtls/rsa.h>

#include "enco_pk_compat.h"
#include "enco_pk_internal.h"
#include "enco_pk_rng.h"

static double seconds_per_figure = 1.0;

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Microseconds per call of `run`, over about seconds_per_figure. */
static double time_call(void (*run)(void *), void *context)
{
    double start = now();
    double elapsed;
    long calls = 0;

    do
    {
        run(context);
        calls++;
        elapsed = now() - start;
    } while (elapsed < seconds_per_figure);

    return elapsed * 1e6 / (double)calls;
}

static uint8_t rsa_blob[ENCO_KEY_HEADER_SIZE + ENCO_KEY_MAX_DER_SIZE];
static int32_t rsa_blob_len;
static uint8_t ec_blob[256];
static int32_t ec_blob_len;
static uint8_t x_blob[128];
static int32_t x_blob_len;
static uint8_t digest[32] = {1, 2, 3};
static uint8_t signature[512];
static mbedtls_rsa_context parsed_rsa;
static mbedtls_ecp_group *parsed_group;
static mbedtls_mpi parsed_d;

static void rsa_parse(void *unused)
{
    enco_key_view key;
    mbedtls_rsa_context rsa;
    (void)unused;
    enco_key_open(rsa_blob, rsa_blob_len, &key);
    enco_rsa_init(&rsa);
    enco_rsa_load_private(&key, &rsa);
    mbedtls_rsa_free(&rsa);
}

static void rsa_sign_blob(void *unused)
{
    (void)unused;
    enco_rsa_sign(rsa_blob, rsa_blob_len, ENCO_RSA_PKCS1_V15, ENCO_HASH_SHA256, digest, 32, signature, sizeof(signature));
}

static void rsa_sign_parsed(void *unused)
{
    (void)unused;
    enco_rsa_pkcs1_v15_sign(&parsed_rsa, MBEDTLS_MD_SHA256, 32, digest, signature);
}

static void ec_parse(void *unused)
{
    enco_key_view key;
    mbedtls_ecp_group *group = NULL;
    mbedtls_mpi d;
    (void)unused;
    mbedtls_mpi_init(&d);
    enco_key_open(ec_blob, ec_blob_len, &key);
    enco_ec_load_private(&key, &group, &d);
    mbedtls_mpi_free(&d);
}

static void ecdsa_sign_blob(void *unused)
{
    (void)unused;
    enco_ecdsa_sign(ec_blob, ec_blob_len, ENCO_HASH_SHA256, digest, 32, ENCO_ECDSA_DER, signature, sizeof(signature));
}

static void ecdsa_sign_parsed(void *unused)
{
    mbedtls_mpi r;
    mbedtls_mpi s;
    (void)unused;
    mbedtls_mpi_init(&r);
    mbedtls_mpi_init(&s);
    mbedtls_ecdsa_sign_det_ext(parsed_group, &r, &s, &parsed_d, digest, 32, MBEDTLS_MD_SHA256, enco_pk_rng, NULL);
    mbedtls_mpi_free(&r);
    mbedtls_mpi_free(&s);
}

static void x25519_agree(void *peer)
{
    uint8_t secret[32];
    enco_key_agree(x_blob, x_blob_len, ENCO_KEY_FORMAT_PUBLIC_RAW, (const uint8_t *)peer, 32, secret, 32);
}

static void report(const char *name, double parse, double with_blob, double parsed_once)
{
    printf("%-18s parse %8.1f us   blob API %9.1f us   pre-parsed %9.1f us   parse share %5.1f%%\n", name, parse,
           with_blob, parsed_once, 100.0 * parse / with_blob);
}

int main(int argc, char **argv)
{
    enco_key_view key;
    uint8_t peer[32];

    if (argc > 1)
    {
        seconds_per_figure = atof(argv[1]);
    }

    rsa_blob_len = enco_key_generate(ENCO_KEY_RSA, 2048, rsa_blob, sizeof(rsa_blob));
    ec_blob_len = enco_key_generate(ENCO_KEY_EC_P256, 0, ec_blob, sizeof(ec_blob));
    x_blob_len = enco_key_generate(ENCO_KEY_X25519, 0, x_blob, sizeof(x_blob));
    enco_key_export(x_blob, x_blob_len, ENCO_KEY_FORMAT_PUBLIC_RAW, peer, sizeof(peer));

    enco_key_open(rsa_blob, rsa_blob_len, &key);
    enco_rsa_init(&parsed_rsa);
    enco_rsa_load_private(&key, &parsed_rsa);
    enco_key_open(ec_blob, ec_blob_len, &key);
    mbedtls_mpi_init(&parsed_d);
    enco_ec_load_private(&key, &parsed_group, &parsed_d);

    report("RSA-2048 sign", time_call(rsa_parse, NULL), time_call(rsa_sign_blob, NULL), time_call(rsa_sign_parsed, NULL));
    report("ECDSA P-256 sign", time_call(ec_parse, NULL), time_call(ecdsa_sign_blob, NULL),
           time_call(ecdsa_sign_parsed, NULL));
    printf("%-18s blob API %9.1f us\n", "X25519 agree", time_call(x25519_agree, peer));

    mbedtls_rsa_free(&parsed_rsa);
    mbedtls_mpi_free(&parsed_d);
    return 0;
}
