/*
 * The hash family of enco.h: argument checks, the context blob, and dispatch to one
 * enco_hash_ops per algorithm.
 *
 * Blob layout (the first ENCO_HASH_CONTEXT_SIZE bytes of the caller's buffer; bytes past them are
 * never touched):
 *   [0..16)   header: magic, algorithm, phase (live or finished), reserved zero
 *   [16..)    the backend's state (an mbedTLS context), state_size bytes
 * A zeroed buffer holds no stream. Each call copies the state into an aligned stack variable,
 * works on it and copies it back, so the blob may sit at any offset of a managed byte[] and may
 * be moved between calls by the nanoCLR's compacting heap.
 */
#include <stddef.h>
#include <string.h>

#include <mbedtls/platform_util.h>

#include "enco.h"
#include "enco_hash_ops.h"

#define ENCO_HASH_MAGIC 0x454E4348u    /* "ENCH": this blob belongs to the hash family */
#define ENCO_HASH_LIVE 0x4C495645u     /* "LIVE": accepts update, final, clone */
#define ENCO_HASH_FINISHED 0x444F4E45u /* "DONE": final ran; only init or free are accepted */

typedef struct enco_hash_header
{
    uint32_t magic;
    uint32_t algorithm;
    uint32_t phase;
    uint32_t reserved;
} enco_hash_header;

_Static_assert(sizeof(enco_hash_header) == ENCO_HASH_HEADER_SIZE, "header size is part of the blob layout");

/* An aligned home for one backend context while a call works on it. */
typedef union enco_hash_state
{
    max_align_t align;
    unsigned char bytes[ENCO_HASH_STATE_MAX];
} enco_hash_state;

static const enco_hash_ops *const enco_hash_algorithms[] = {
    &enco_hash_sha256, &enco_hash_sha1, &enco_hash_sha384, &enco_hash_sha512, &enco_hash_md5,
};

static const enco_hash_ops *find_algorithm(int32_t algorithm)
{
    size_t i;
    for (i = 0; i < sizeof(enco_hash_algorithms) / sizeof(enco_hash_algorithms[0]); i++)
    {
        if (enco_hash_algorithms[i]->algorithm == algorithm)
        {
            return enco_hash_algorithms[i];
        }
    }

    return NULL;
}

static void wipe(void *buffer, size_t length)
{
    mbedtls_platform_zeroize(buffer, length);
}

/* A caller buffer: NULL only with length 0, never a negative length. */
static int32_t check_buffer(const uint8_t *buffer, int32_t length)
{
    if (length < 0)
    {
        return ENCO_ERR_BAD_LENGTH;
    }

    if (buffer == NULL && length != 0)
    {
        return ENCO_ERR_NULL_POINTER;
    }

    return ENCO_OK;
}

static int32_t check_context(const uint8_t *context, int32_t length)
{
    int32_t status = check_buffer(context, length);
    if (status != ENCO_OK)
    {
        return status;
    }

    return length < ENCO_HASH_CONTEXT_SIZE ? ENCO_ERR_BUFFER_TOO_SMALL : ENCO_OK;
}

/* The algorithm of a blob that holds a stream, live or finished; NULL for anything else. */
static const enco_hash_ops *blob_algorithm(const uint8_t *context, uint32_t *phase)
{
    enco_hash_header header;
    memcpy(&header, context, sizeof(header));

    if (header.magic != ENCO_HASH_MAGIC || header.reserved != 0 ||
        (header.phase != ENCO_HASH_LIVE && header.phase != ENCO_HASH_FINISHED))
    {
        return NULL;
    }

    *phase = header.phase;
    return find_algorithm((int32_t)header.algorithm);
}

static void write_header(uint8_t *context, const enco_hash_ops *ops, uint32_t phase)
{
    enco_hash_header header;
    header.magic = ENCO_HASH_MAGIC;
    header.algorithm = (uint32_t)ops->algorithm;
    header.phase = phase;
    header.reserved = 0;
    memcpy(context, &header, sizeof(header));
}

/* Copies the live stream of a blob into `state`. */
static int32_t load_live(const uint8_t *context, enco_hash_state *state, const enco_hash_ops **ops)
{
    uint32_t phase = 0;
    const enco_hash_ops *found = blob_algorithm(context, &phase);
    if (found == NULL)
    {
        return ENCO_ERR_BAD_CONTEXT;
    }

    if (phase != ENCO_HASH_LIVE)
    {
        return ENCO_ERR_BAD_STATE;
    }

    memcpy(state->bytes, context + ENCO_HASH_HEADER_SIZE, found->state_size);
    *ops = found;
    return ENCO_OK;
}

static void store_live(uint8_t *context, const enco_hash_ops *ops, const enco_hash_state *state)
{
    write_header(context, ops, ENCO_HASH_LIVE);
    memcpy(context + ENCO_HASH_HEADER_SIZE, state->bytes, ops->state_size);
}

/* Ends whatever stream the blob holds (so an accelerator it owns is given back) and wipes it. */
static void clear_blob(uint8_t *context)
{
    enco_hash_state state;
    const enco_hash_ops *ops = NULL;

    if (load_live(context, &state, &ops) == ENCO_OK)
    {
        ops->release(state.bytes);
        wipe(&state, sizeof(state));
    }

    wipe(context, ENCO_HASH_CONTEXT_SIZE);
}

int32_t enco_hash_digest_size(int32_t algorithm)
{
    const enco_hash_ops *ops = find_algorithm(algorithm);
    return ops != NULL ? ops->digest_size : ENCO_ERR_UNSUPPORTED;
}

int32_t enco_hash_context_size(int32_t algorithm)
{
    return find_algorithm(algorithm) != NULL ? ENCO_HASH_CONTEXT_SIZE : ENCO_ERR_UNSUPPORTED;
}

int32_t enco_hash(int32_t algorithm, const uint8_t *input, int32_t input_len, uint8_t *digest, int32_t digest_len)
{
    enco_hash_state state;
    uint8_t result[ENCO_HASH_MAX_DIGEST_SIZE];
    const enco_hash_ops *ops;
    int backend;
    int32_t status;

    if ((status = check_buffer(input, input_len)) != ENCO_OK ||
        (status = check_buffer(digest, digest_len)) != ENCO_OK)
    {
        return status;
    }

    if ((ops = find_algorithm(algorithm)) == NULL)
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    if (digest_len < ops->digest_size)
    {
        return ENCO_ERR_BUFFER_TOO_SMALL;
    }

    backend = ops->start(state.bytes);
    if (backend == 0 && input_len > 0)
    {
        backend = ops->update(state.bytes, input, (size_t)input_len);
    }

    if (backend == 0)
    {
        backend = ops->finish(state.bytes, result);
    }

    ops->release(state.bytes);

    /* Written last, from a stack copy, so the digest may overlap the input. */
    if (backend == 0)
    {
        memcpy(digest, result, (size_t)ops->digest_size);
    }

    wipe(&state, sizeof(state));
    wipe(result, sizeof(result));
    return backend == 0 ? ENCO_OK : ENCO_ERR_BACKEND;
}

int32_t enco_hash_init(int32_t algorithm, uint8_t *context, int32_t context_len)
{
    enco_hash_state state;
    const enco_hash_ops *ops;
    int32_t status;

    if ((status = check_context(context, context_len)) != ENCO_OK)
    {
        return status;
    }

    if ((ops = find_algorithm(algorithm)) == NULL)
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    clear_blob(context);

    if (ops->start(state.bytes) != 0)
    {
        ops->release(state.bytes);
        wipe(&state, sizeof(state));
        return ENCO_ERR_BACKEND;
    }

    store_live(context, ops, &state);
    wipe(&state, sizeof(state));
    return ENCO_OK;
}

int32_t enco_hash_update(uint8_t *context, int32_t context_len, const uint8_t *input, int32_t input_len)
{
    enco_hash_state state;
    const enco_hash_ops *ops = NULL;
    int32_t status;

    if ((status = check_context(context, context_len)) != ENCO_OK ||
        (status = check_buffer(input, input_len)) != ENCO_OK ||
        (status = load_live(context, &state, &ops)) != ENCO_OK)
    {
        return status;
    }

    if (input_len > 0 && ops->update(state.bytes, input, (size_t)input_len) != 0)
    {
        /* A backend failure breaks the stream: end it rather than hash on from a bad state. */
        ops->release(state.bytes);
        wipe(&state, sizeof(state));
        wipe(context, ENCO_HASH_CONTEXT_SIZE);
        return ENCO_ERR_BACKEND;
    }

    store_live(context, ops, &state);
    wipe(&state, sizeof(state));
    return ENCO_OK;
}

int32_t enco_hash_final(uint8_t *context, int32_t context_len, uint8_t *digest, int32_t digest_len)
{
    enco_hash_state state;
    uint8_t result[ENCO_HASH_MAX_DIGEST_SIZE];
    const enco_hash_ops *ops = NULL;
    int backend;
    int32_t status;

    if ((status = check_context(context, context_len)) != ENCO_OK ||
        (status = check_buffer(digest, digest_len)) != ENCO_OK ||
        (status = load_live(context, &state, &ops)) != ENCO_OK)
    {
        return status;
    }

    if (digest_len < ops->digest_size)
    {
        /* The stream stays live: the caller may retry with a larger buffer. */
        wipe(&state, sizeof(state));
        return ENCO_ERR_BUFFER_TOO_SMALL;
    }

    backend = ops->finish(state.bytes, result);
    ops->release(state.bytes);

    wipe(context, ENCO_HASH_CONTEXT_SIZE);
    write_header(context, ops, ENCO_HASH_FINISHED);

    /* Written last, from a stack copy, so the digest may overlap the blob. */
    if (backend == 0)
    {
        memcpy(digest, result, (size_t)ops->digest_size);
    }

    wipe(&state, sizeof(state));
    wipe(result, sizeof(result));
    return backend == 0 ? ENCO_OK : ENCO_ERR_BACKEND;
}

int32_t enco_hash_clone(uint8_t *destination, int32_t destination_len, const uint8_t *source, int32_t source_len)
{
    enco_hash_state from;
    enco_hash_state copy;
    const enco_hash_ops *ops = NULL;
    int32_t status;

    if ((status = check_context(destination, destination_len)) != ENCO_OK ||
        (status = check_context(source, source_len)) != ENCO_OK ||
        (status = load_live(source, &from, &ops)) != ENCO_OK)
    {
        return status;
    }

    ops->clone(copy.bytes, from.bytes);

    /* Only now is the destination cleared: it may be the source itself. */
    clear_blob(destination);
    store_live(destination, ops, &copy);

    wipe(&from, sizeof(from));
    wipe(&copy, sizeof(copy));
    return ENCO_OK;
}

int32_t enco_hash_free(uint8_t *context, int32_t context_len)
{
    int32_t status = check_context(context, context_len);
    if (status != ENCO_OK)
    {
        return status;
    }

    clear_blob(context);
    return ENCO_OK;
}

const enco_hash_ops *enco_hash_find(int32_t algorithm)
{
    return find_algorithm(algorithm);
}
