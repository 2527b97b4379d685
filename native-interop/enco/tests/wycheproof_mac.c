/*
 * Wycheproof HMAC files through enco_hmac (one-shot) and the keyed blob (incremental, message
 * split in two). Groups with tagSize below the hash size compare a prefix (truncated tags);
 * invalid tests carry a wrong tag, which must not match.
 */
#include <stdlib.h>
#include <string.h>

#include "enco.h"
#include "wycheproof_runner.h"

wp_outcome wycheproof_mac(const wp_case *c, int hash)
{
    uint8_t context[ENCO_HMAC_CONTEXT_SIZE];
    uint8_t one_shot[ENCO_HASH_MAX_DIGEST_SIZE];
    uint8_t streamed[ENCO_HASH_MAX_DIGEST_SIZE];
    size_t key_len, msg_len, tag_len;
    uint8_t *key = json_member_hex(c->doc, c->test, "key", &key_len);
    uint8_t *msg = json_member_hex(c->doc, c->test, "msg", &msg_len);
    uint8_t *tag = json_member_hex(c->doc, c->test, "tag", &tag_len);
    size_t tag_size = (size_t)json_member_int(c->doc, c->group, "tagSize") / 8;
    size_t split = msg_len / 3;
    wp_outcome outcome;

    if (enco_hmac(hash, key, (int32_t)key_len, msg, (int32_t)msg_len, one_shot, sizeof(one_shot)) != ENCO_OK ||
        enco_hmac_init(hash, key, (int32_t)key_len, context, sizeof(context)) != ENCO_OK ||
        enco_hmac_update(context, sizeof(context), msg, (int32_t)split) != ENCO_OK ||
        enco_hmac_update(context, sizeof(context), msg + split, (int32_t)(msg_len - split)) != ENCO_OK ||
        enco_hmac_final(context, sizeof(context), streamed, sizeof(streamed)) != ENCO_OK)
    {
        outcome = wp_fail(c, "HMAC call failed");
    }
    else if (memcmp(one_shot, streamed, (size_t)enco_hash_digest_size(hash)) != 0)
    {
        outcome = wp_fail(c, "incremental and one-shot differ");
    }
    else
    {
        outcome = wp_judge(c, tag_len == tag_size && memcmp(one_shot, tag, tag_size) == 0);
    }

    enco_hmac_free(context, sizeof(context));
    free(key);
    free(msg);
    free(tag);
    return outcome;
}
