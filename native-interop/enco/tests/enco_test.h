/*
 * A minimal test harness for the C tests: CHECK macros that count failures, RUN_TEST that
 * prints one PASS/FAIL line per test function, and a hex comparison for digests.
 */
#ifndef ENCO_TEST_H
#define ENCO_TEST_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int enco_test_failures;
static int enco_test_failed_tests;
static int enco_test_ran;

#define CHECK(condition)                                                                         \
    do                                                                                           \
    {                                                                                            \
        if (!(condition))                                                                        \
        {                                                                                        \
            fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #condition);        \
            enco_test_failures++;                                                                \
        }                                                                                        \
    } while (0)

#define CHECK_EQ(expected, actual)                                                               \
    do                                                                                           \
    {                                                                                            \
        long expected_value = (long)(expected);                                                  \
        long actual_value = (long)(actual);                                                      \
        if (expected_value != actual_value)                                                      \
        {                                                                                        \
            fprintf(stderr, "%s:%d: %s is %ld, expected %ld\n", __FILE__, __LINE__, #actual,     \
                    actual_value, expected_value);                                               \
            enco_test_failures++;                                                                \
        }                                                                                        \
    } while (0)

#define CHECK_HEX(expected_hex, bytes, length) enco_test_check_hex(__FILE__, __LINE__, (expected_hex), (bytes), (length))

#define RUN_TEST(function) enco_test_run(#function, function)

static inline void enco_test_check_hex(const char *file, int line, const char *expected_hex, const uint8_t *bytes,
                                size_t length)
{
    static const char digits[] = "0123456789abcdef";
    char actual[2 * 128 + 1];
    size_t i;

    if (length > 128 || strlen(expected_hex) != 2 * length)
    {
        fprintf(stderr, "%s:%d: bad CHECK_HEX use\n", file, line);
        enco_test_failures++;
        return;
    }

    for (i = 0; i < length; i++)
    {
        actual[2 * i] = digits[bytes[i] >> 4];
        actual[2 * i + 1] = digits[bytes[i] & 0x0F];
    }
    actual[2 * length] = '\0';

    if (strcmp(expected_hex, actual) != 0)
    {
        fprintf(stderr, "%s:%d: digest %s, expected %s\n", file, line, actual, expected_hex);
        enco_test_failures++;
    }
}

static inline void enco_test_run(const char *name, void (*test)(void))
{
    int before = enco_test_failures;
    test();
    enco_test_ran++;
    if (enco_test_failures != before)
    {
        enco_test_failed_tests++;
    }
    printf("%s %s\n", enco_test_failures == before ? "PASS" : "FAIL", name);
}

static inline int enco_test_summary(void)
{
    printf("%d passed, %d failed\n", enco_test_ran - enco_test_failed_tests, enco_test_failed_tests);
    return enco_test_failed_tests == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

/* A deterministic byte pattern, so tests need no data files. */
static inline void enco_test_fill(uint8_t *buffer, size_t length, uint32_t seed)
{
    size_t i;
    uint32_t x = seed * 2654435761u + 1u;
    for (i = 0; i < length; i++)
    {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        buffer[i] = (uint8_t)x;
    }
}

#endif /* ENCO_TEST_H */
