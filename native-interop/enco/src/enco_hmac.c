/*
 * The HMAC family of enco_symmetric.h: one-shot, and keyed blobs with init / update / final.
 *
 * Blob layout (ENCO_HMAC_CONTEXT_SIZE bytes, copied to an aligned stack variable by each call):
 *   [0..16)    header: magic, hash algorithm, phase (KEYED: no running hash; RUNNING), reserved
 *   [16..144)  K0, the key padded to the hash's block (secret: wiped by free)
 *   [144..384) the running inner hash state while RUNNING
 * A keyed blob starts its inner hash lazily on the first update, so an idle SA or TLS connection
 * keeps no hash stream open (on the ESP32 an open stream may hold the SHA accelerator).
 */
#include <string.h>

#include "enco_args.h"
#include "enco_hmac_core.h"
#include "enco_symmetric.h"

#define HMAC_MAGIC 0x454E434Du   /* "ENCM" */
#define HMAC_KEYED 0x4B455944u   /* "KEYD" */
#define HMAC_RUNNING 0x52554E53u /* "RUNS" */

#define HMAC_HEADER_SIZE 16
#define HMAC_KEY_OFFSET HMAC_HEADER_SIZE
#define HMAC_STATE_OFFSET (HMAC_KEY_OFFSET + ENCO_HASH_MAX_BLOCK_SIZE)

_Static_assert(HMAC_STATE_OFFSET + ENCO_HASH_STATE_MAX <= ENCO_HMAC_CONTEXT_SIZE,
               "K0 and a hash state must fit in ENCO_HMAC_CONTEXT_SIZE");

typedef struct hmac_header
{
    uint32_t magic;
    uint32_t hash;
    uint32_t phase;
    uint32_t reserved;
} hmac_header;

int32_t enco_hmac_context_size(int32_t hash)
{
    return enco_hash_find(hash) != NULL ? ENCO_HMAC_CONTEXT_SIZE : ENCO_ERR_UNSUPPORTED;
}

int32_t enco_hmac(int32_t hash, const uint8_t *key, int32_t key_len, const uint8_t *input, int32_t input_len,
                  uint8_t *mac, int32_t mac_len)
{
    enco_hmac_core core;
    const enco_hash_ops *ops;
    int32_t status;
    int backend;

    if ((status = enco_check_buffer(key, key_len)) != ENCO_OK ||
        (status = enco_check_buffer(input, input_len)) != ENCO_OK ||
        (status = enco_check_buffer(mac, mac_len)) != ENCO_OK)
    {
        return status;
    }

    if ((ops = enco_hash_find(hash)) == NULL)
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    if (mac_len < ops->digest_size)
    {
        return ENCO_ERR_BUFFER_TOO_SMALL;
    }

    backend = enco_hmac_core_key(&core, ops, key, (size_t)key_len);
    if (backend == 0)
    {
        backend = enco_hmac_core_compute(&core, input, (size_t)input_len, NULL, 0, NULL, 0, mac);
    }

    enco_wipe(&core, sizeof(core));
    return backend == 0 ? ENCO_OK : ENCO_ERR_BACKEND;
}

/* Reads a blob that holds a key: its header, K0 and (when RUNNING) the inner state. */
static int32_t load(const uint8_t *context, enco_hmac_core *core, uint32_t *phase)
{
    hmac_header header;
    const enco_hash_ops *ops;

    memcpy(&header, context, sizeof(header));
    if (header.magic != HMAC_MAGIC || header.reserved != 0 ||
        (header.phase != HMAC_KEYED && header.phase != HMAC_RUNNING) ||
        (ops = enco_hash_find((int32_t)header.hash)) == NULL)
    {
        return ENCO_ERR_BAD_CONTEXT;
    }

    core->ops = ops;
    memcpy(core->key_block, context + HMAC_KEY_OFFSET, sizeof(core->key_block));
    if (header.phase == HMAC_RUNNING)
    {
        memcpy(core->inner.bytes, context + HMAC_STATE_OFFSET, ops->state_size);
    }

    *phase = header.phase;
    return ENCO_OK;
}

static void store(uint8_t *context, const enco_hmac_core *core, uint32_t phase)
{
    hmac_header header;
    header.magic = HMAC_MAGIC;
    header.hash = (uint32_t)core->ops->algorithm;
    header.phase = phase;
    header.reserved = 0;

    memcpy(context, &header, sizeof(header));
    memcpy(context + HMAC_KEY_OFFSET, core->key_block, sizeof(core->key_block));
    if (phase == HMAC_RUNNING)
    {
        memcpy(context + HMAC_STATE_OFFSET, core->inner.bytes, core->ops->state_size);
    }
    else
    {
        enco_wipe(context + HMAC_STATE_OFFSET, ENCO_HMAC_CONTEXT_SIZE - HMAC_STATE_OFFSET);
    }
}

/* Releases a running inner hash (an accelerator it may hold) and wipes the blob. */
static void clear_blob(uint8_t *context)
{
    enco_hmac_core core;
    uint32_t phase = 0;

    if (load(context, &core, &phase) == ENCO_OK && phase == HMAC_RUNNING)
    {
        core.ops->release(core.inner.bytes);
    }

    enco_wipe(&core, sizeof(core));
    enco_wipe(context, ENCO_HMAC_CONTEXT_SIZE);
}

int32_t enco_hmac_init(int32_t hash, const uint8_t *key, int32_t key_len, uint8_t *context, int32_t context_len)
{
    enco_hmac_core core;
    const enco_hash_ops *ops;
    int32_t status;
    int backend;

    if ((status = enco_check_buffer(key, key_len)) != ENCO_OK ||
        (status = enco_check_room(context, context_len, ENCO_HMAC_CONTEXT_SIZE)) != ENCO_OK)
    {
        return status;
    }

    if ((ops = enco_hash_find(hash)) == NULL)
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    /* K0 first: the key may lie inside the blob being re-keyed. */
    backend = enco_hmac_core_key(&core, ops, key, (size_t)key_len);
    clear_blob(context);
    if (backend == 0)
    {
        store(context, &core, HMAC_KEYED);
    }

    enco_wipe(&core, sizeof(core));
    return backend == 0 ? ENCO_OK : ENCO_ERR_BACKEND;
}

int32_t enco_hmac_update(uint8_t *context, int32_t context_len, const uint8_t *input, int32_t input_len)
{
    enco_hmac_core core;
    uint32_t phase = 0;
    int32_t status;
    int backend = 0;

    if ((status = enco_check_room(context, context_len, ENCO_HMAC_CONTEXT_SIZE)) != ENCO_OK ||
        (status = enco_check_buffer(input, input_len)) != ENCO_OK ||
        (status = load(context, &core, &phase)) != ENCO_OK)
    {
        return status;
    }

    if (phase == HMAC_KEYED)
    {
        backend = enco_hmac_core_start(&core);
    }

    if (backend == 0 && input_len > 0)
    {
        backend = core.ops->update(core.inner.bytes, input, (size_t)input_len);
        if (backend != 0)
        {
            core.ops->release(core.inner.bytes);
        }
    }

    /* On a backend failure the message is lost but the key is kept: the blob is KEYED again. */
    store(context, &core, backend == 0 ? HMAC_RUNNING : HMAC_KEYED);
    enco_wipe(&core, sizeof(core));
    return backend == 0 ? ENCO_OK : ENCO_ERR_BACKEND;
}

int32_t enco_hmac_final(uint8_t *context, int32_t context_len, uint8_t *mac, int32_t mac_len)
{
    enco_hmac_core core;
    uint8_t result[ENCO_HASH_MAX_DIGEST_SIZE];
    uint32_t phase = 0;
    int32_t status;
    int backend = 0;

    if ((status = enco_check_room(context, context_len, ENCO_HMAC_CONTEXT_SIZE)) != ENCO_OK ||
        (status = enco_check_buffer(mac, mac_len)) != ENCO_OK ||
        (status = load(context, &core, &phase)) != ENCO_OK)
    {
        return status;
    }

    if (mac_len < core.ops->digest_size)
    {
        enco_wipe(&core, sizeof(core));
        return ENCO_ERR_BUFFER_TOO_SMALL;
    }

    if (phase == HMAC_KEYED)
    {
        backend = enco_hmac_core_start(&core); /* the MAC of the empty message */
    }

    if (backend == 0)
    {
        backend = enco_hmac_core_finish(&core, result);
    }

    store(context, &core, HMAC_KEYED);

    /* Written last, so the MAC may overlap the blob. */
    if (backend == 0)
    {
        memcpy(mac, result, (size_t)core.ops->digest_size);
    }

    enco_wipe(&core, sizeof(core));
    enco_wipe(result, sizeof(result));
    return backend == 0 ? ENCO_OK : ENCO_ERR_BACKEND;
}

int32_t enco_hmac_free(uint8_t *context, int32_t context_len)
{
    int32_t status = enco_check_room(context, context_len, ENCO_HMAC_CONTEXT_SIZE);
    if (status != ENCO_OK)
    {
        return status;
    }

    clear_blob(context);
    return ENCO_OK;
}
