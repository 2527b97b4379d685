/*
 * Wycheproof HKDF files through enco_hkdf_extract and enco_hkdf_expand. The invalid tests ask
 * for more than 255 * HashLen bytes, which expand must refuse (ENCO_ERR_LIMIT).
 */
#include <stdlib.h>
#include <string.h>

#include "enco.h"
#include "wycheproof_runner.h"

wp_outcome wycheproof_hkdf(const wp_case *c, int hash)
{
    uint8_t prk[ENCO_HASH_MAX_DIGEST_SIZE];
    size_t ikm_len, salt_len, info_len, okm_len;
    uint8_t *ikm = json_member_hex(c->doc, c->test, "ikm", &ikm_len);
    uint8_t *salt = json_member_hex(c->doc, c->test, "salt", &salt_len);
    uint8_t *info = json_member_hex(c->doc, c->test, "info", &info_len);
    uint8_t *okm = json_member_hex(c->doc, c->test, "okm", &okm_len);
    long size = json_member_int(c->doc, c->test, "size");
    uint8_t *output = (uint8_t *)malloc((size_t)size + 1);
    wp_outcome outcome;
    int32_t status;

    if (enco_hkdf_extract(hash, salt, (int32_t)salt_len, ikm, (int32_t)ikm_len, prk, sizeof(prk)) != ENCO_OK)
    {
        outcome = wp_fail(c, "extract failed");
    }
    else
    {
        status = enco_hkdf_expand(hash, prk, enco_hash_digest_size(hash), info, (int32_t)info_len, output,
                                  (int32_t)size);
        if (status == ENCO_OK)
        {
            outcome = wp_judge(c, (size_t)size == okm_len && memcmp(output, okm, okm_len) == 0);
        }
        else
        {
            outcome = status == ENCO_ERR_LIMIT ? wp_judge(c, 0) : wp_fail(c, "expand failed");
        }
    }

    free(ikm);
    free(salt);
    free(info);
    free(okm);
    free(output);
    return outcome;
}
