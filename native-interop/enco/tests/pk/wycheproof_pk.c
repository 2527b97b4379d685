/*
 * Runs one public-key Wycheproof file (the argument) and prints the tally: valid accepted,
 * invalid rejected, acceptable accepted/rejected (by flag), failed. Fails on any failure, on an
 * unreadable file, or when the tally does not add up to the file's numberOfTests.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "enco.h"
#include "wycheproof_pk.h"

#define MAX_FLAGS 64

typedef struct flag_tally
{
    char name[48];
    int accepted;
    int rejected;
} flag_tally;

static flag_tally flags[MAX_FLAGS];
static int flag_count;

pk_outcome pk_fail(const pk_case *c, const char *why)
{
    static const char *const kinds[] = {"valid", "invalid", "acceptable"};
    fprintf(stderr, "tcId %ld (%s): %s\n", json_member_int(c->doc, c->test, "tcId"), kinds[c->expected], why);
    return PK_FAILED;
}

pk_outcome pk_judge(const pk_case *c, int accepted, int mismatch)
{
    if (accepted && mismatch)
    {
        return pk_fail(c, "accepted with an output that differs from the vector");
    }

    switch (c->expected)
    {
    case PK_VALID:
        return accepted ? PK_VALID_ACCEPTED : pk_fail(c, "valid test refused");
    case PK_INVALID:
        return accepted ? pk_fail(c, "invalid test accepted") : PK_INVALID_REJECTED;
    default:
        return accepted ? PK_ACCEPTABLE_ACCEPTED : PK_ACCEPTABLE_REJECTED;
    }
}

uint8_t *pk_hex(const pk_case *c, const char *name, size_t *length)
{
    int node = json_member(c->doc, c->test, name) >= 0 ? c->test : c->group;
    return json_member_hex(c->doc, node, name, length);
}

size_t pk_digest(const pk_case *c, uint8_t *digest, int *hash)
{
    size_t length = 0;
    uint8_t *msg = pk_hex(c, "msg", &length);
    size_t size = 0;

    if (json_member_is(c->doc, c->group, "sha", "SHA-256"))
    {
        *hash = ENCO_HASH_SHA256;
        size = 32;
    }
    else if (json_member_is(c->doc, c->group, "sha", "SHA-384"))
    {
        *hash = ENCO_HASH_SHA384;
        size = 48;
    }

    if (size == 0 || enco_hash(*hash, msg, (int32_t)length, digest, 64) != ENCO_OK)
    {
        size = 0;
    }

    free(msg);
    return size;
}

/* Counts an acceptable test's way under each of its flags. */
static void tally_flags(const pk_case *c, int accepted)
{
    int flag;
    for (flag = json_first(c->doc, json_member(c->doc, c->test, "flags")); flag >= 0; flag = json_next(c->doc, flag))
    {
        const json_node *node = &c->doc->nodes[flag];
        int i;
        for (i = 0; i < flag_count; i++)
        {
            if (strlen(flags[i].name) == node->text_len && memcmp(flags[i].name, node->text, node->text_len) == 0)
            {
                break;
            }
        }

        if (i == flag_count && flag_count < MAX_FLAGS && node->text_len < sizeof(flags[0].name))
        {
            memcpy(flags[i].name, node->text, node->text_len);
            flag_count++;
        }

        if (i < flag_count)
        {
            flags[i].accepted += accepted;
            flags[i].rejected += !accepted;
        }
    }
}

static pk_outcome run_case(const char *schema, const pk_case *c)
{
    if (strcmp(schema, "ecdsa_verify_schema_v1.json") == 0)
    {
        return wycheproof_ecdsa(c);
    }

    if (strcmp(schema, "ecdh_test_schema_v1.json") == 0)
    {
        return wycheproof_ecdh(c, 1);
    }

    if (strcmp(schema, "ecdh_ecpoint_test_schema_v1.json") == 0)
    {
        return wycheproof_ecdh(c, 0);
    }

    if (strcmp(schema, "xdh_comp_schema_v1.json") == 0)
    {
        return wycheproof_x25519(c);
    }

    if (strcmp(schema, "rsassa_pkcs1_verify_schema_v1.json") == 0)
    {
        return wycheproof_rsa_signature(c, ENCO_RSA_PKCS1_V15);
    }

    if (strcmp(schema, "rsassa_pss_verify_schema_v1.json") == 0)
    {
        return wycheproof_rsa_signature(c, ENCO_RSA_PSS);
    }

    if (strcmp(schema, "rsaes_pkcs1_decrypt_schema_v1.json") == 0)
    {
        return wycheproof_rsa_decrypt(c);
    }

    return pk_fail(c, "no runner for this schema");
}

int main(int argc, char **argv)
{
    json_doc doc;
    char schema[64] = {0};
    int counts[PK_FAILED + 1] = {0};
    int member;
    int group;
    int total = 0;
    int i;

    if (argc != 2 || json_load(&doc, argv[1]) != 0)
    {
        fprintf(stderr, "usage: test_wycheproof_pk <vector file>\n");
        return 2;
    }

    member = json_member(&doc, 0, "schema");
    if (member < 0 || doc.nodes[member].text_len >= sizeof(schema))
    {
        fprintf(stderr, "%s: no schema\n", argv[1]);
        return 2;
    }

    memcpy(schema, doc.nodes[member].text, doc.nodes[member].text_len);
    for (group = json_first(&doc, json_member(&doc, 0, "testGroups")); group >= 0; group = json_next(&doc, group))
    {
        int test;
        for (test = json_first(&doc, json_member(&doc, group, "tests")); test >= 0; test = json_next(&doc, test))
        {
            pk_case c;
            pk_outcome outcome;
            c.doc = &doc;
            c.group = group;
            c.test = test;
            c.expected = json_member_is(&doc, test, "result", "valid")     ? PK_VALID
                         : json_member_is(&doc, test, "result", "invalid") ? PK_INVALID
                                                                            : PK_ACCEPTABLE;
            outcome = run_case(schema, &c);
            if (outcome == PK_ACCEPTABLE_ACCEPTED || outcome == PK_ACCEPTABLE_REJECTED)
            {
                tally_flags(&c, outcome == PK_ACCEPTABLE_ACCEPTED);
            }

            counts[outcome]++;
            total++;
        }
    }

    printf("%s: %d tests: %d valid accepted, %d invalid rejected, %d acceptable accepted, %d acceptable rejected, "
           "%d failed\n",
           argv[1], total, counts[PK_VALID_ACCEPTED], counts[PK_INVALID_REJECTED], counts[PK_ACCEPTABLE_ACCEPTED],
           counts[PK_ACCEPTABLE_REJECTED], counts[PK_FAILED]);
    for (i = 0; i < flag_count; i++)
    {
        printf("  acceptable flag %s: %d accepted, %d rejected\n", flags[i].name, flags[i].accepted, flags[i].rejected);
    }

    if (total != json_member_int(&doc, 0, "numberOfTests") || total == 0)
    {
        fprintf(stderr, "counted %d tests, the file has %ld\n", total, json_member_int(&doc, 0, "numberOfTests"));
        json_free(&doc);
        return 1;
    }

    json_free(&doc);
    printf("%d passed, %d failed\n", total - counts[PK_FAILED], counts[PK_FAILED]);
    return counts[PK_FAILED] == 0 ? 0 : 1;
}
