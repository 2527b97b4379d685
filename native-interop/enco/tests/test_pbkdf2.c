/*
 * PBKDF2 (enco_pbkdf2.h): the PBKDF2-HMAC-SHA256 vectors of RFC 7914 section 11, the widely used
 * RFC 6070-style SHA-256 set (same inputs as RFC 6070, checked against Python's hashlib and
 * OpenSSL), RFC 6070's SHA-1 vectors, a password longer than the hash block; hostile arguments
 * refused with their code and nothing written; the P/Invoke entry point's offsets. Prints the
 * host's iteration rate, the figure behind the firmware's iteration count (Router.Enco Pbkdf2.cs).
 */
#define _POSIX_C_SOURCE 199309L /* clock_gettime under -std=c11 */
#include <time.h>

#include "enco.h"
#include "enco_pbkdf2.h"
#include "enco_pinvoke_pbkdf2.h"
#include "enco_test.h"

#define CANARY 0xA5

static void check_vector(int32_t hash, const char *password, size_t password_len, const char *salt, size_t salt_len,
                         int32_t iterations, const char *expected_hex)
{
    uint8_t output[64];
    size_t length = strlen(expected_hex) / 2;

    memset(output, CANARY, sizeof(output));
    CHECK_EQ(ENCO_OK, enco_pbkdf2(hash, (const uint8_t *)password, (int32_t)password_len, (const uint8_t *)salt,
                                  (int32_t)salt_len, iterations, output, (int32_t)length));
    CHECK_HEX(expected_hex, output, length);
    if (length < sizeof(output))
    {
        CHECK_EQ(CANARY, output[length]); /* exactly output_len bytes written */
    }
}

/* RFC 7914 section 11 ("Test Vectors for PBKDF2 with HMAC-SHA-256"). */
static void rfc7914_vectors(void)
{
    check_vector(ENCO_HASH_SHA256, "passwd", 6, "salt", 4, 1,
                 "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                 "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    check_vector(ENCO_HASH_SHA256, "Password", 8, "NaCl", 4, 80000,
                 "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                 "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
}

/* RFC 6070's inputs with HMAC-SHA-256 (the 16777216-iteration case is above the engine's ceiling). */
static void rfc6070_style_sha256_vectors(void)
{
    check_vector(ENCO_HASH_SHA256, "password", 8, "salt", 4, 1,
                 "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
    check_vector(ENCO_HASH_SHA256, "password", 8, "salt", 4, 2,
                 "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
    check_vector(ENCO_HASH_SHA256, "password", 8, "salt", 4, 4096,
                 "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
    check_vector(ENCO_HASH_SHA256, "passwordPASSWORDpassword", 24, "saltSALTsaltSALTsaltSALTsaltSALTsalt", 36, 4096,
                 "348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9");
    check_vector(ENCO_HASH_SHA256, "pass\0word", 9, "sa\0lt", 5, 4096, "89b69d0516f829893c696226650a8687");
}

/* RFC 6070 itself (HMAC-SHA-1): the engine's PBKDF2 takes any hash of the family. */
static void rfc6070_sha1_vectors(void)
{
    check_vector(ENCO_HASH_SHA1, "password", 8, "salt", 4, 1, "0c60c80f961f0e71f3a9b524af6012062fe037a6");
    check_vector(ENCO_HASH_SHA1, "password", 8, "salt", 4, 4096, "4b007901b765489abead49d926f721d065a429c1");
}

/* A password longer than the 64-byte block is hashed into K0 first; an empty password and salt work. */
static void long_and_empty_inputs(void)
{
    char long_password[100];
    memset(long_password, 'x', sizeof(long_password));
    check_vector(ENCO_HASH_SHA256, long_password, sizeof(long_password), "long password is hashed first", 29, 3,
                 "62d1203180fe8be4e733133fbda8a2b691373ab03e927444e7bc6ef66741399f");
    check_vector(ENCO_HASH_SHA256, "", 0, "", 0, 1, "f7ce0b653d2d72a4108cf5abe912ffdd777616dbbb27a70e8204f3ae2d0f6fad");
    check_vector(ENCO_HASH_SHA512, "password", 8, "salt", 4, 2,
                 "e1d9c16aa681708a45f5c7c4e215ceb66e011a2e9f0040713f18aefdb866d53c"
                 "f76cab2868a39b9f7840edce4fef5a82be67335c77a6068e04112754f27ccf4e");
}

static int all_equal(const uint8_t *buffer, size_t length, uint8_t value)
{
    size_t i;
    for (i = 0; i < length; i++)
    {
        if (buffer[i] != value)
        {
            return 0;
        }
    }

    return 1;
}

static void refusals_write_nothing(void)
{
    uint8_t area[128];
    uint8_t output[ENCO_PBKDF2_MAX_OUTPUT + 1];
    const uint8_t *password = (const uint8_t *)"password";
    const uint8_t *salt = (const uint8_t *)"salt";

    memset(output, CANARY, sizeof(output));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_pbkdf2(0, password, 8, salt, 4, 1, output, 32));
    CHECK_EQ(ENCO_ERR_UNSUPPORTED, enco_pbkdf2(99, password, 8, salt, 4, 1, output, 32));
    CHECK_EQ(ENCO_ERR_NULL_POINTER, enco_pbkdf2(ENCO_HASH_SHA256, NULL, 8, salt, 4, 1, output, 32));
    CHECK_EQ(ENCO_ERR_NULL_POINTER, enco_pbkdf2(ENCO_HASH_SHA256, password, 8, NULL, 4, 1, output, 32));
    CHECK_EQ(ENCO_ERR_NULL_POINTER, enco_pbkdf2(ENCO_HASH_SHA256, password, 8, salt, 4, 1, NULL, 32));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_pbkdf2(ENCO_HASH_SHA256, password, -1, salt, 4, 1, output, 32));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_pbkdf2(ENCO_HASH_SHA256, password, 8, salt, -4, 1, output, 32));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_pbkdf2(ENCO_HASH_SHA256, password, 8, salt, 4, 1, output, -32));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_pbkdf2(ENCO_HASH_SHA256, password, 8, salt, 4, 1, output, 0));
    CHECK_EQ(ENCO_ERR_LIMIT, enco_pbkdf2(ENCO_HASH_SHA256, password, 8, salt, 4, 0, output, 32));
    CHECK_EQ(ENCO_ERR_LIMIT, enco_pbkdf2(ENCO_HASH_SHA256, password, 8, salt, 4, -5, output, 32));
    CHECK_EQ(ENCO_ERR_LIMIT, enco_pbkdf2(ENCO_HASH_SHA256, password, 8, salt, 4, ENCO_PBKDF2_MAX_ITERATIONS + 1,
                                         output, 32));
    CHECK_EQ(ENCO_ERR_LIMIT, enco_pbkdf2(ENCO_HASH_SHA256, password, 8, salt, 4, 1, output,
                                         ENCO_PBKDF2_MAX_OUTPUT + 1));
    CHECK(all_equal(output, sizeof(output), CANARY));

    /* The output may not overlap the password or the salt. */
    memset(area, CANARY, sizeof(area));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_pbkdf2(ENCO_HASH_SHA256, area, 16, area + 64, 16, 1, area + 8, 32));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_pbkdf2(ENCO_HASH_SHA256, area, 16, area + 64, 16, 1, area + 70, 32));
    CHECK(all_equal(area, sizeof(area), CANARY));
    CHECK_EQ(ENCO_OK, enco_pbkdf2(ENCO_HASH_SHA256, area, 16, area + 64, 16, 1, area + 16, 32)); /* adjacent is fine */
}

/* The P/Invoke entry point applies the managed offsets and refuses negative ones. */
static void pinvoke_offsets(void)
{
    uint8_t password[20] = "...password";
    uint8_t salt[10] = "..salt";
    uint8_t output[40];

    memset(output, CANARY, sizeof(output));
    CHECK_EQ(ENCO_OK, enco_pinvoke_pbkdf2(ENCO_HASH_SHA256, password, 3, 8, salt, 2, 4, 2, output, 5, 32));
    CHECK_HEX("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43", output + 5, 32);
    CHECK_EQ(CANARY, output[4]);
    CHECK_EQ(CANARY, output[37]);
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_pinvoke_pbkdf2(ENCO_HASH_SHA256, password, -1, 8, salt, 2, 4, 2, output, 5, 32));
    CHECK_EQ(ENCO_ERR_BAD_LENGTH, enco_pinvoke_pbkdf2(ENCO_HASH_SHA256, password, 3, 8, salt, 2, 4, 2, output, -5, 32));
}

/* Not a check: the host's rate, printed for the iteration-count estimate (Pbkdf2.cs). */
static void host_iteration_rate(void)
{
    const int32_t iterations = 200000;
    struct timespec start;
    struct timespec end;
    uint8_t output[32];
    double seconds;

    clock_gettime(CLOCK_MONOTONIC, &start);
    CHECK_EQ(ENCO_OK, enco_pbkdf2(ENCO_HASH_SHA256, (const uint8_t *)"password", 8, (const uint8_t *)"salt", 4,
                                  iterations, output, 32));
    clock_gettime(CLOCK_MONOTONIC, &end);
    seconds = (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9;
    printf("host: PBKDF2-HMAC-SHA256 %d iterations in %.3f s: %.0f iterations/s, %.2f us each\n", (int)iterations,
           seconds, (double)iterations / seconds, seconds * 1e6 / (double)iterations);
}

int main(void)
{
    RUN_TEST(rfc7914_vectors);
    RUN_TEST(rfc6070_style_sha256_vectors);
    RUN_TEST(rfc6070_sha1_vectors);
    RUN_TEST(long_and_empty_inputs);
    RUN_TEST(refusals_write_nothing);
    RUN_TEST(pinvoke_offsets);
    RUN_TEST(host_iteration_rate);
    return enco_test_summary();
}
