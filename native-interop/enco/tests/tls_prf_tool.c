/*
 * Test helper: prints enco_tls12_prf's output in hex, for check_tls_prf.cmake to compare with
 * `openssl kdf ... TLS1-PRF` on the same inputs.
 * Usage: tls_prf_tool sha256|sha384 <secret hex> <label text> <seed hex> <length>
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "enco.h"
#include "enco_test_hex.h"

int main(int argc, char **argv)
{
    size_t secret_len, seed_len;
    uint8_t *secret;
    uint8_t *seed;
    uint8_t *out;
    int32_t hash;
    long length;
    long i;

    if (argc != 6)
    {
        fprintf(stderr, "usage: tls_prf_tool sha256|sha384 secret-hex label seed-hex length\n");
        return 2;
    }

    hash = strcmp(argv[1], "sha384") == 0 ? ENCO_HASH_SHA384 : ENCO_HASH_SHA256;
    secret = enco_test_unhex(argv[2], &secret_len);
    seed = enco_test_unhex(argv[4], &seed_len);
    length = strtol(argv[5], NULL, 10);
    out = (uint8_t *)malloc((size_t)length + 1);

    if (enco_tls12_prf(hash, secret, (int32_t)secret_len, (const uint8_t *)argv[3], (int32_t)strlen(argv[3]), seed,
                       (int32_t)seed_len, out, (int32_t)length) != ENCO_OK)
    {
        fprintf(stderr, "enco_tls12_prf failed\n");
        return 1;
    }

    for (i = 0; i < length; i++)
    {
        printf("%02X", out[i]);
    }

    printf("\n");
    free(secret);
    free(seed);
    free(out);
    return 0;
}
