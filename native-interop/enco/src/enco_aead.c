/*
 * The AEAD family of enco_symmetric.h: blob, checks and dispatch to one enco_aead_ops per
 * algorithm (enco_aead_gcm.c, enco_aead_chachapoly.c).
 *
 * Blob layout (ENCO_AEAD_CONTEXT_SIZE bytes): a 16-byte header (magic, algorithm, the value the
 * algorithm needs to re-point its key image, reserved zero), then the key image (GCM: GHASH table
 * and AES key schedule; ChaCha20-Poly1305: the key). Read-only after init; each call copies the
 * image into an aligned stack variable and wipes that copy before returning.
 */
#include <string.h>

#include "enco_aead_ops.h"
#include "enco_args.h"
#include "enco_symmetric.h"

#define AEAD_MAGIC 0x454E4341u /* "ENCA" */

typedef struct aead_header
{
    uint32_t magic;
    uint32_t algorithm;
    uint32_t aux;
    uint32_t reserved;
} aead_header;

_Static_assert(sizeof(aead_header) == ENCO_AEAD_HEADER_SIZE, "header size is part of the blob layout");

typedef union aead_key_image
{
    max_align_t align;
    unsigned char bytes[ENCO_AEAD_KEY_IMAGE_MAX];
} aead_key_image;

static const enco_aead_ops *find_algorithm(int32_t algorithm)
{
    if (algorithm == ENCO_AEAD_AES_GCM)
    {
        return &enco_aead_gcm;
    }

    return algorithm == ENCO_AEAD_CHACHA20_POLY1305 ? &enco_aead_chachapoly : NULL;
}

int32_t enco_aead_context_size(int32_t algorithm)
{
    return find_algorithm(algorithm) != NULL ? ENCO_AEAD_CONTEXT_SIZE : ENCO_ERR_UNSUPPORTED;
}

int32_t enco_aead_preference(int32_t rank)
{
    /* ChaCha20-Poly1305 first on both boards (README.md, "AEAD order"):
       - ESP32: AES is in hardware but GHASH is not; software ChaCha20-Poly1305 is estimated at about
         25 cycles/byte against about 50 for the 4-bit GHASH alone. To be confirmed on a board.
       - host: measured by benchmarks/enco-bench.sh, 389 against 156 MiB/s on 16 KiB records
         (mbedTLS 2.28's own GCM: 250 MiB/s). */
    static const int32_t order[2] = {ENCO_AEAD_CHACHA20_POLY1305, ENCO_AEAD_AES_GCM};
    return rank >= 0 && rank < 2 ? order[rank] : ENCO_ERR_UNSUPPORTED;
}

static const enco_aead_ops *load(const uint8_t *context, aead_key_image *image)
{
    aead_header header;
    const enco_aead_ops *ops;

    memcpy(&header, context, sizeof(header));
    if (header.magic != AEAD_MAGIC || header.reserved != 0 || (ops = find_algorithm((int32_t)header.algorithm)) == NULL)
    {
        return NULL;
    }

    memcpy(image->bytes, context + ENCO_AEAD_HEADER_SIZE, ops->image_size);
    ops->rebase(image->bytes, header.aux);
    return ops;
}

int32_t enco_aead_init(int32_t algorithm, const uint8_t *key, int32_t key_len, uint8_t *context, int32_t context_len)
{
    aead_key_image image;
    aead_header header;
    const enco_aead_ops *ops;
    int32_t status;

    if ((status = enco_check_buffer(key, key_len)) != ENCO_OK ||
        (status = enco_check_room(context, context_len, ENCO_AEAD_CONTEXT_SIZE)) != ENCO_OK)
    {
        return status;
    }

    if ((ops = find_algorithm(algorithm)) == NULL)
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    memset(&image, 0, sizeof(image));
    memset(&header, 0, sizeof(header));
    status = ops->expand(image.bytes, key, key_len, &header.aux);
    if (status == ENCO_OK)
    {
        header.magic = AEAD_MAGIC;
        header.algorithm = (uint32_t)algorithm;
        enco_wipe(context, ENCO_AEAD_CONTEXT_SIZE);
        memcpy(context, &header, sizeof(header));
        memcpy(context + ENCO_AEAD_HEADER_SIZE, image.bytes, ops->image_size);
    }

    enco_wipe(&image, sizeof(image));
    return status;
}

/* The checks seal and open share. `text_len` is the plaintext length, `needed` the output room. */
static int32_t check_call(const uint8_t *context, int32_t context_len, const uint8_t *nonce, int32_t nonce_len,
                          const uint8_t *aad, int32_t aad_len, const uint8_t *input, int32_t input_len,
                          const uint8_t *output, int32_t output_len, int32_t needed)
{
    int32_t status;
    aead_header header;

    if ((status = enco_check_room(context, context_len, ENCO_AEAD_CONTEXT_SIZE)) != ENCO_OK ||
        (status = enco_check_buffer(nonce, nonce_len)) != ENCO_OK ||
        (status = enco_check_buffer(aad, aad_len)) != ENCO_OK ||
        (status = enco_check_buffer(input, input_len)) != ENCO_OK ||
        (status = enco_check_room(output, output_len, needed)) != ENCO_OK ||
        (status = enco_check_overlap(input, input_len, output, output_len)) != ENCO_OK)
    {
        return status;
    }

    memcpy(&header, context, sizeof(header));
    if (header.magic != AEAD_MAGIC || header.reserved != 0 || find_algorithm((int32_t)header.algorithm) == NULL)
    {
        return ENCO_ERR_BAD_CONTEXT;
    }

    return nonce_len == ENCO_AEAD_NONCE_SIZE ? ENCO_OK : ENCO_ERR_BAD_NONCE;
}

int32_t enco_aead_seal(const uint8_t *context, int32_t context_len, const uint8_t *nonce, int32_t nonce_len,
                       const uint8_t *aad, int32_t aad_len, const uint8_t *input, int32_t input_len, uint8_t *output,
                       int32_t output_len)
{
    aead_key_image image;
    uint8_t iv[ENCO_AEAD_NONCE_SIZE];
    const enco_aead_ops *ops;
    int32_t status;
    int backend;

    if (input_len > INT32_MAX - ENCO_AEAD_TAG_SIZE)
    {
        return ENCO_ERR_LIMIT;
    }

    status = check_call(context, context_len, nonce, nonce_len, aad, aad_len, input, input_len, output, output_len,
                        input_len < 0 ? 0 : input_len + ENCO_AEAD_TAG_SIZE);
    if (status != ENCO_OK)
    {
        return status;
    }

    memcpy(iv, nonce, sizeof(iv)); /* the nonce may sit in the output buffer */
    ops = load(context, &image);
    backend = ops->seal(image.bytes, iv, aad, (size_t)aad_len, input, (size_t)input_len, output);
    ops->release(image.bytes);
    enco_wipe(&image, sizeof(image));
    return backend == 0 ? ENCO_OK : ENCO_ERR_BACKEND;
}

int32_t enco_aead_open(const uint8_t *context, int32_t context_len, const uint8_t *nonce, int32_t nonce_len,
                       const uint8_t *aad, int32_t aad_len, const uint8_t *input, int32_t input_len, uint8_t *output,
                       int32_t output_len)
{
    aead_key_image image;
    uint8_t iv[ENCO_AEAD_NONCE_SIZE];
    uint8_t tag[ENCO_AEAD_TAG_SIZE];
    const enco_aead_ops *ops;
    size_t text_len;
    int32_t status;
    int backend;

    status = check_call(context, context_len, nonce, nonce_len, aad, aad_len, input, input_len, output, output_len,
                        input_len < ENCO_AEAD_TAG_SIZE ? 0 : input_len - ENCO_AEAD_TAG_SIZE);
    if (status != ENCO_OK)
    {
        return status;
    }

    if (input_len < ENCO_AEAD_TAG_SIZE)
    {
        return ENCO_ERR_AUTH_FAILED; /* too short to carry a tag: cannot be authentic */
    }

    text_len = (size_t)input_len - ENCO_AEAD_TAG_SIZE;
    memcpy(iv, nonce, sizeof(iv));
    ops = load(context, &image);

    /* Verify first, decrypt after: a forged record never reaches the output buffer. */
    backend = ops->tag(image.bytes, iv, aad, (size_t)aad_len, input, text_len, tag);
    if (backend == 0 && !enco_equal_constant_time(tag, input + text_len, sizeof(tag)))
    {
        status = ENCO_ERR_AUTH_FAILED;
    }
    else if (backend == 0)
    {
        backend = ops->decrypt(image.bytes, iv, input, text_len, output);
    }

    ops->release(image.bytes);
    enco_wipe(&image, sizeof(image));
    enco_wipe(tag, sizeof(tag));
    if (backend != 0)
    {
        return ENCO_ERR_BACKEND;
    }

    return status;
}

int32_t enco_aead_free(uint8_t *context, int32_t context_len)
{
    aead_key_image image;
    const enco_aead_ops *ops;
    int32_t status = enco_check_room(context, context_len, ENCO_AEAD_CONTEXT_SIZE);
    if (status != ENCO_OK)
    {
        return status;
    }

    if ((ops = load(context, &image)) != NULL)
    {
        ops->release(image.bytes);
        enco_wipe(&image, sizeof(image));
    }

    enco_wipe(context, ENCO_AEAD_CONTEXT_SIZE);
    return ENCO_OK;
}
