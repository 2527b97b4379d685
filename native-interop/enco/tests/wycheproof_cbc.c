/*
 * Wycheproof aes_cbc_pkcs5 through enco_cipher_crypt (CBC without padding): the test applies
 * and strips PKCS#5/#7 padding (RFC 5652 section 6.3) itself. Invalid tests carry bad padding
 * (or a ciphertext that is not whole blocks): they must fail the padding check after decryption.
 */
#include <stdlib.h>
#include <string.h>

#include "enco.h"
#include "wycheproof_runner.h"

/* Length of the message inside a padded plaintext, or -1 for bad padding. */
static long unpad(const uint8_t *plain, size_t length)
{
    uint8_t pad;
    size_t i;

    if (length == 0 || length % 16 != 0)
    {
        return -1;
    }

    pad = plain[length - 1];
    if (pad == 0 || pad > 16)
    {
        return -1;
    }

    for (i = length - pad; i < length; i++)
    {
        if (plain[i] != pad)
        {
            return -1;
        }
    }

    return (long)(length - pad);
}

wp_outcome wycheproof_cbc(const wp_case *c)
{
    uint8_t context[ENCO_CIPHER_CONTEXT_SIZE];
    size_t key_len, iv_len, msg_len, ct_len;
    uint8_t *key = json_member_hex(c->doc, c->test, "key", &key_len);
    uint8_t *iv = json_member_hex(c->doc, c->test, "iv", &iv_len);
    uint8_t *msg = json_member_hex(c->doc, c->test, "msg", &msg_len);
    uint8_t *ct = json_member_hex(c->doc, c->test, "ct", &ct_len);
    size_t padded_len = (msg_len / 16 + 1) * 16;
    uint8_t *padded = (uint8_t *)malloc(padded_len);
    uint8_t *buffer = (uint8_t *)malloc(ct_len > padded_len ? ct_len : padded_len);
    wp_outcome outcome;
    int32_t status;

    if (enco_cipher_init(ENCO_CIPHER_AES, key, (int32_t)key_len, context, sizeof(context)) != ENCO_OK)
    {
        outcome = wp_fail(c, "init failed");
    }
    else
    {
        /* Decrypt, then the padding decides. */
        status = enco_cipher_crypt(context, sizeof(context), ENCO_MODE_CBC, ENCO_DECRYPT, iv, (int32_t)iv_len, ct,
                                   (int32_t)ct_len, buffer, (int32_t)ct_len);
        if (status == ENCO_OK)
        {
            long length = unpad(buffer, ct_len);
            outcome = wp_judge(c, length >= 0 && (size_t)length == msg_len && memcmp(buffer, msg, msg_len) == 0);
        }
        else
        {
            outcome = status == ENCO_ERR_BLOCK_SIZE ? wp_judge(c, 0) : wp_fail(c, "decrypt failed");
        }

        /* Encrypting a valid test's padded message gives its ciphertext. */
        if (outcome == WP_ACCEPTED)
        {
            memcpy(padded, msg, msg_len);
            memset(padded + msg_len, (int)(padded_len - msg_len), padded_len - msg_len);
            status = enco_cipher_crypt(context, sizeof(context), ENCO_MODE_CBC, ENCO_ENCRYPT, iv, (int32_t)iv_len,
                                       padded, (int32_t)padded_len, buffer, (int32_t)padded_len);
            if (status != ENCO_OK || padded_len != ct_len || memcmp(buffer, ct, ct_len) != 0)
            {
                outcome = wp_fail(c, "encryption differs from ct");
            }
        }
    }

    enco_cipher_free(context, sizeof(context));
    free(key);
    free(iv);
    free(msg);
    free(ct);
    free(padded);
    free(buffer);
    return outcome;
}
