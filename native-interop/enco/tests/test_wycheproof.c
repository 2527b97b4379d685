/*
 * Runs one Wycheproof vector file (the argument) through the engine and prints how each test
 * ended. Fails when any test fails, when the file cannot be read, or when the tests counted do
 * not add up to the file's numberOfTests (nothing silently dropped).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "enco.h"
#include "wycheproof_runner.h"

wp_outcome wp_fail(const wp_case *c, const char *why)
{
    fprintf(stderr, "tcId %ld (%s): %s\n", json_member_int(c->doc, c->test, "tcId"), c->valid ? "valid" : "invalid",
            why);
    return WP_FAILED;
}

wp_outcome wp_judge(const wp_case *c, int succeeded)
{
    if (c->valid)
    {
        return succeeded ? WP_ACCEPTED : wp_fail(c, "valid test refused or output differs");
    }

    return succeeded ? wp_fail(c, "invalid test accepted") : WP_REJECTED;
}

static wp_outcome run_case(const char *algorithm, const wp_case *c)
{
    if (strcmp(algorithm, "AES-GCM") == 0)
    {
        return wycheproof_aead(c, ENCO_AEAD_AES_GCM);
    }

    if (strcmp(algorithm, "CHACHA20-POLY1305") == 0)
    {
        return wycheproof_aead(c, ENCO_AEAD_CHACHA20_POLY1305);
    }

    if (strcmp(algorithm, "AES-CBC-PKCS5") == 0)
    {
        return wycheproof_cbc(c);
    }

    if (strcmp(algorithm, "HMACSHA1") == 0)
    {
        return wycheproof_mac(c, ENCO_HASH_SHA1);
    }

    if (strcmp(algorithm, "HMACSHA256") == 0)
    {
        return wycheproof_mac(c, ENCO_HASH_SHA256);
    }

    if (strcmp(algorithm, "HMACSHA384") == 0)
    {
        return wycheproof_mac(c, ENCO_HASH_SHA384);
    }

    if (strcmp(algorithm, "HKDF-SHA-256") == 0)
    {
        return wycheproof_hkdf(c, ENCO_HASH_SHA256);
    }

    if (strcmp(algorithm, "HKDF-SHA-384") == 0)
    {
        return wycheproof_hkdf(c, ENCO_HASH_SHA384);
    }

    return wp_fail(c, "no runner for this algorithm");
}

int main(int argc, char **argv)
{
    json_doc doc;
    char algorithm[64] = {0};
    int counts[4] = {0, 0, 0, 0};
    int root;
    int member;
    int group;
    long expected;
    int total;

    if (argc != 2 || json_load(&doc, argv[1]) != 0)
    {
        fprintf(stderr, "usage: test_wycheproof <vector file>\n");
        return 2;
    }

    root = 0;
    member = json_member(&doc, root, "algorithm");
    if (member < 0 || doc.nodes[member].text_len >= sizeof(algorithm))
    {
        fprintf(stderr, "%s: no algorithm\n", argv[1]);
        return 2;
    }

    memcpy(algorithm, doc.nodes[member].text, doc.nodes[member].text_len);
    for (group = json_first(&doc, json_member(&doc, root, "testGroups")); group >= 0; group = json_next(&doc, group))
    {
        int test;
        for (test = json_first(&doc, json_member(&doc, group, "tests")); test >= 0; test = json_next(&doc, test))
        {
            wp_case c;
            c.doc = &doc;
            c.group = group;
            c.test = test;
            c.valid = json_member_is(&doc, test, "result", "valid");
            if (!c.valid && !json_member_is(&doc, test, "result", "invalid"))
            {
                counts[wp_fail(&c, "unexpected result kind")]++;
                continue;
            }

            counts[run_case(algorithm, &c)]++;
        }
    }

    expected = json_member_int(&doc, root, "numberOfTests");
    total = counts[WP_ACCEPTED] + counts[WP_REJECTED] + counts[WP_SKIPPED] + counts[WP_FAILED];
    printf("%s: %d tests: %d valid accepted, %d invalid rejected, %d skipped (unsupported parameters), %d failed\n",
           algorithm, total, counts[WP_ACCEPTED], counts[WP_REJECTED], counts[WP_SKIPPED], counts[WP_FAILED]);
    json_free(&doc);

    if (total != expected || total == 0)
    {
        fprintf(stderr, "counted %d tests, the file has %ld\n", total, expected);
        return 1;
    }

    return counts[WP_FAILED] == 0 ? 0 : 1;
}
