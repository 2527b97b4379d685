/* HMAC over the hash family's ops (see enco_hmac_core.h). */
#include "enco_hmac_core.h"

#include <string.h>

#include "enco_args.h"

#define HMAC_IPAD 0x36
#define HMAC_OPAD 0x5C

static int hash_pieces(const enco_hash_ops *ops, void *state, const uint8_t *a, size_t a_len, const uint8_t *b,
                       size_t b_len, uint8_t *digest)
{
    int status = ops->start(state);
    if (status == 0 && a_len > 0)
    {
        status = ops->update(state, a, a_len);
    }

    if (status == 0 && b_len > 0)
    {
        status = ops->update(state, b, b_len);
    }

    if (status == 0)
    {
        status = ops->finish(state, digest);
    }

    ops->release(state);
    return status;
}

int enco_hmac_core_key(enco_hmac_core *core, const enco_hash_ops *ops, const uint8_t *key, size_t key_len)
{
    int status = 0;
    size_t block = (size_t)ops->block_size;

    core->ops = ops;
    memset(core->key_block, 0, sizeof(core->key_block));
    if (key_len > block)
    {
        /* FIPS 198-1 step 2: a key longer than the block is hashed first. */
        status = hash_pieces(ops, core->inner.bytes, key, key_len, NULL, 0, core->key_block);
        enco_wipe(&core->inner, sizeof(core->inner));
    }
    else if (key_len > 0)
    {
        memcpy(core->key_block, key, key_len);
    }

    return status;
}

/* Hashes K0 ^ pad as the first block, one byte at a time into a stack block that is wiped. */
static int start_padded(const enco_hmac_core *core, void *state, uint8_t pad)
{
    uint8_t block[ENCO_HASH_MAX_BLOCK_SIZE];
    size_t size = (size_t)core->ops->block_size;
    size_t i;
    int status;

    for (i = 0; i < size; i++)
    {
        block[i] = (uint8_t)(core->key_block[i] ^ pad);
    }

    status = core->ops->start(state);
    if (status == 0)
    {
        status = core->ops->update(state, block, size);
    }

    enco_wipe(block, sizeof(block));
    return status;
}

int enco_hmac_core_start(enco_hmac_core *core)
{
    int status = start_padded(core, core->inner.bytes, HMAC_IPAD);
    if (status != 0)
    {
        core->ops->release(core->inner.bytes);
    }

    return status;
}

int enco_hmac_core_finish(enco_hmac_core *core, uint8_t *mac)
{
    enco_hash_state_buffer outer;
    uint8_t inner_digest[ENCO_HASH_MAX_DIGEST_SIZE];
    uint8_t result[ENCO_HASH_MAX_DIGEST_SIZE];
    const enco_hash_ops *ops = core->ops;
    int status;

    status = ops->finish(core->inner.bytes, inner_digest);
    ops->release(core->inner.bytes);

    if (status == 0)
    {
        status = start_padded(core, outer.bytes, HMAC_OPAD);
        if (status == 0)
        {
            status = ops->update(outer.bytes, inner_digest, (size_t)ops->digest_size);
        }

        if (status == 0)
        {
            status = ops->finish(outer.bytes, result);
        }

        ops->release(outer.bytes);
    }

    /* Through a stack copy, so mac may overlap anything the caller passed in. */
    if (status == 0)
    {
        memcpy(mac, result, (size_t)ops->digest_size);
    }

    enco_wipe(&outer, sizeof(outer));
    enco_wipe(inner_digest, sizeof(inner_digest));
    enco_wipe(result, sizeof(result));
    return status;
}

int enco_hmac_core_compute(enco_hmac_core *core, const uint8_t *a, size_t a_len, const uint8_t *b, size_t b_len,
                           const uint8_t *c, size_t c_len, uint8_t *mac)
{
    int status = enco_hmac_core_start(core);
    if (status != 0)
    {
        return status;
    }

    if (a_len > 0)
    {
        status = core->ops->update(core->inner.bytes, a, a_len);
    }

    if (status == 0 && b_len > 0)
    {
        status = core->ops->update(core->inner.bytes, b, b_len);
    }

    if (status == 0 && c_len > 0)
    {
        status = core->ops->update(core->inner.bytes, c, c_len);
    }

    if (status != 0)
    {
        core->ops->release(core->inner.bytes);
        return status;
    }

    return enco_hmac_core_finish(core, mac);
}
