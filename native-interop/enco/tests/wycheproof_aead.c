/*
 * Wycheproof AEAD files (aes_gcm, chacha20_poly1305) through enco_aead_seal/open. The engine
 * takes 96-bit nonces only: a valid test with another IV size is skipped, an invalid one must be
 * refused (ENCO_ERR_BAD_NONCE counts as rejected; the 0-bit IVs are such tests).
 */
#include <stdlib.h>
#include <string.h>

#include "enco.h"
#include "wycheproof_runner.h"

#define CANARY 0xA5

wp_outcome wycheproof_aead(const wp_case *c, int algorithm)
{
    uint8_t context[ENCO_AEAD_CONTEXT_SIZE];
    size_t key_len, iv_len, aad_len, msg_len, ct_len, tag_len;
    uint8_t *key = json_member_hex(c->doc, c->test, "key", &key_len);
    uint8_t *iv = json_member_hex(c->doc, c->test, "iv", &iv_len);
    uint8_t *aad = json_member_hex(c->doc, c->test, "aad", &aad_len);
    uint8_t *msg = json_member_hex(c->doc, c->test, "msg", &msg_len);
    uint8_t *ct = json_member_hex(c->doc, c->test, "ct", &ct_len);
    uint8_t *tag = json_member_hex(c->doc, c->test, "tag", &tag_len);
    uint8_t *sealed = (uint8_t *)malloc(ct_len + tag_len + 1);
    uint8_t *opened = (uint8_t *)malloc(ct_len + 1);
    wp_outcome outcome;
    int32_t status;

    memcpy(sealed, ct, ct_len);
    memcpy(sealed + ct_len, tag, tag_len);

    status = enco_aead_init(algorithm, key, (int32_t)key_len, context, sizeof(context));
    if (status != ENCO_OK)
    {
        outcome = status == ENCO_ERR_BAD_KEY ? wp_judge(c, 0) : wp_fail(c, "init failed");
    }
    else if (iv_len != ENCO_AEAD_NONCE_SIZE || tag_len != ENCO_AEAD_TAG_SIZE)
    {
        /* The engine must refuse the nonce, whatever the test's result. */
        status = enco_aead_open(context, sizeof(context), iv, (int32_t)iv_len, aad, (int32_t)aad_len, sealed,
                                (int32_t)(ct_len + tag_len), opened, (int32_t)ct_len);
        if (iv_len != ENCO_AEAD_NONCE_SIZE && status != ENCO_ERR_BAD_NONCE)
        {
            outcome = wp_fail(c, "a nonce that is not 96 bits was not refused");
        }
        else
        {
            outcome = c->valid ? WP_SKIPPED : WP_REJECTED;
        }
    }
    else
    {
        int matches = 1;

        /* Open: the whole record, tag included. On failure the output must stay untouched. */
        memset(opened, CANARY, ct_len + 1);
        status = enco_aead_open(context, sizeof(context), iv, (int32_t)iv_len, aad, (int32_t)aad_len, sealed,
                                (int32_t)(ct_len + tag_len), opened, (int32_t)ct_len);
        if (status == ENCO_OK)
        {
            matches = ct_len == msg_len && memcmp(opened, msg, msg_len) == 0;
        }
        else
        {
            size_t i;
            for (i = 0; i < ct_len; i++)
            {
                if (opened[i] != CANARY)
                {
                    free(key);
                    return wp_fail(c, "a refused open wrote plaintext");
                }
            }

            if (status != ENCO_ERR_AUTH_FAILED)
            {
                matches = 0;
            }
        }

        outcome = wp_judge(c, status == ENCO_OK && matches);

        /* Seal of a valid test gives exactly ct || tag. */
        if (outcome == WP_ACCEPTED)
        {
            uint8_t *output = (uint8_t *)malloc(msg_len + ENCO_AEAD_TAG_SIZE);
            status = enco_aead_seal(context, sizeof(context), iv, (int32_t)iv_len, aad, (int32_t)aad_len, msg,
                                    (int32_t)msg_len, output, (int32_t)(msg_len + ENCO_AEAD_TAG_SIZE));
            if (status != ENCO_OK || memcmp(output, sealed, msg_len + ENCO_AEAD_TAG_SIZE) != 0)
            {
                outcome = wp_fail(c, "seal differs from ct || tag");
            }

            free(output);
        }
    }

    enco_aead_free(context, sizeof(context));
    free(key);
    free(iv);
    free(aad);
    free(msg);
    free(ct);
    free(tag);
    free(sealed);
    free(opened);
    return outcome;
}
