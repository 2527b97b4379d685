/*
 * Test-only: runs one Wycheproof file against the engine. Each test ends in exactly one of:
 * valid and accepted (outputs match), invalid and rejected, skipped (a parameter the engine
 * does not offer, such as a GCM IV other than 96 bits - never counted as a pass), or failed.
 * The vectors README says how to read "valid", "invalid" and "acceptable".
 */
#ifndef WYCHEPROOF_RUNNER_H
#define WYCHEPROOF_RUNNER_H

#include "wycheproof_json.h"

typedef enum wp_outcome
{
    WP_ACCEPTED,
    WP_REJECTED,
    WP_SKIPPED,
    WP_FAILED
} wp_outcome;

/* One test case: the file, its group and its test node. */
typedef struct wp_case
{
    const json_doc *doc;
    int group;
    int test;
    int valid; /* result "valid" (1), "invalid" (0); "acceptable" never occurs in these files */
} wp_case;

/* Reports a failure with the test's tcId and returns WP_FAILED. */
wp_outcome wp_fail(const wp_case *c, const char *why);

/* For a test whose operation succeeded (matched) or was refused: the outcome the README asks for. */
wp_outcome wp_judge(const wp_case *c, int succeeded);

wp_outcome wycheproof_aead(const wp_case *c, int algorithm);
wp_outcome wycheproof_cbc(const wp_case *c);
wp_outcome wycheproof_mac(const wp_case *c, int hash);
wp_outcome wycheproof_hkdf(const wp_case *c, int hash);

#endif /* WYCHEPROOF_RUNNER_H */
