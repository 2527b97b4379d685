/*
 * The block cipher family of enco_symmetric.h: AES (FIPS 197), DES and 3DES (SP 800-67) in ECB,
 * CBC and CTR (SP 800-38A), over mbedTLS (on the ESP32 its AES runs on the accelerator).
 *
 * Blob layout (ENCO_CIPHER_CONTEXT_SIZE bytes): a 16-byte header (magic, algorithm, the AES rk
 * offsets of enco_aes_image.h), then the image of a cipher_keys: the encryption and the decryption
 * key schedule. Read-only after init; each call copies it into an aligned stack variable.
 */
#include <string.h>

#include <mbedtls/aes.h>
#include <mbedtls/des.h>

#include "enco_aes_image.h"
#include "enco_args.h"
#include "enco_symmetric.h"

#define CIPHER_MAGIC 0x454E4343u /* "ENCC" */
#define CIPHER_HEADER_SIZE 16

typedef struct cipher_header
{
    uint32_t magic;
    uint32_t algorithm;
    uint32_t rk_offset_encrypt;
    uint32_t rk_offset_decrypt;
} cipher_header;

typedef union cipher_keys
{
    max_align_t align;
    struct
    {
        mbedtls_aes_context encrypt;
        mbedtls_aes_context decrypt;
    } aes;
    struct
    {
        mbedtls_des_context encrypt;
        mbedtls_des_context decrypt;
    } des;
    struct
    {
        mbedtls_des3_context encrypt;
        mbedtls_des3_context decrypt;
    } des3;
} cipher_keys;

_Static_assert(CIPHER_HEADER_SIZE + sizeof(cipher_keys) <= ENCO_CIPHER_CONTEXT_SIZE,
               "the key schedules no longer fit in ENCO_CIPHER_CONTEXT_SIZE");

int32_t enco_cipher_context_size(int32_t algorithm)
{
    return algorithm >= ENCO_CIPHER_AES && algorithm <= ENCO_CIPHER_3DES ? ENCO_CIPHER_CONTEXT_SIZE
                                                                         : ENCO_ERR_UNSUPPORTED;
}

static int32_t block_size(uint32_t algorithm)
{
    return algorithm == ENCO_CIPHER_AES ? ENCO_AES_BLOCK_SIZE : ENCO_DES_BLOCK_SIZE;
}

/* Expands key into keys; fills the header's AES offsets. Returns an ENCO status. */
static int32_t expand(int32_t algorithm, const uint8_t *key, int32_t key_len, cipher_keys *keys,
                      cipher_header *header)
{
    int backend = 0;

    header->magic = CIPHER_MAGIC;
    header->algorithm = (uint32_t)algorithm;
    header->rk_offset_encrypt = 0;
    header->rk_offset_decrypt = 0;

    switch (algorithm)
    {
    case ENCO_CIPHER_AES:
        if (key_len != 16 && key_len != 24 && key_len != 32)
        {
            return ENCO_ERR_BAD_KEY;
        }

        mbedtls_aes_init(&keys->aes.encrypt);
        mbedtls_aes_init(&keys->aes.decrypt);
        backend = mbedtls_aes_setkey_enc(&keys->aes.encrypt, key, (unsigned int)key_len * 8);
        if (backend == 0)
        {
            backend = mbedtls_aes_setkey_dec(&keys->aes.decrypt, key, (unsigned int)key_len * 8);
        }

        header->rk_offset_encrypt = enco_aes_rk_offset(&keys->aes.encrypt);
        header->rk_offset_decrypt = enco_aes_rk_offset(&keys->aes.decrypt);
        break;

    case ENCO_CIPHER_DES:
        if (key_len != MBEDTLS_DES_KEY_SIZE)
        {
            return ENCO_ERR_BAD_KEY;
        }

        mbedtls_des_init(&keys->des.encrypt);
        mbedtls_des_init(&keys->des.decrypt);
        backend = mbedtls_des_setkey_enc(&keys->des.encrypt, key);
        if (backend == 0)
        {
            backend = mbedtls_des_setkey_dec(&keys->des.decrypt, key);
        }
        break;

    case ENCO_CIPHER_3DES:
        mbedtls_des3_init(&keys->des3.encrypt);
        mbedtls_des3_init(&keys->des3.decrypt);
        if (key_len == 2 * MBEDTLS_DES_KEY_SIZE)
        {
            backend = mbedtls_des3_set2key_enc(&keys->des3.encrypt, key);
            if (backend == 0)
            {
                backend = mbedtls_des3_set2key_dec(&keys->des3.decrypt, key);
            }
        }
        else if (key_len == 3 * MBEDTLS_DES_KEY_SIZE)
        {
            backend = mbedtls_des3_set3key_enc(&keys->des3.encrypt, key);
            if (backend == 0)
            {
                backend = mbedtls_des3_set3key_dec(&keys->des3.decrypt, key);
            }
        }
        else
        {
            return ENCO_ERR_BAD_KEY;
        }
        break;

    default:
        return ENCO_ERR_UNSUPPORTED;
    }

    return backend == 0 ? ENCO_OK : ENCO_ERR_BACKEND;
}

/* Releases what mbedTLS holds for the schedules (the ESP32 driver may hold the key). */
static void release(uint32_t algorithm, cipher_keys *keys)
{
    if (algorithm == ENCO_CIPHER_AES)
    {
        mbedtls_aes_free(&keys->aes.encrypt);
        mbedtls_aes_free(&keys->aes.decrypt);
    }
    else if (algorithm == ENCO_CIPHER_DES)
    {
        mbedtls_des_free(&keys->des.encrypt);
        mbedtls_des_free(&keys->des.decrypt);
    }
    else
    {
        mbedtls_des3_free(&keys->des3.encrypt);
        mbedtls_des3_free(&keys->des3.decrypt);
    }
}

static int32_t load(const uint8_t *context, cipher_keys *keys, cipher_header *header)
{
    memcpy(header, context, sizeof(*header));
    if (header->magic != CIPHER_MAGIC || enco_cipher_context_size((int32_t)header->algorithm) < 0)
    {
        return ENCO_ERR_BAD_CONTEXT;
    }

    memcpy(keys, context + CIPHER_HEADER_SIZE, sizeof(*keys));
    if (header->algorithm == ENCO_CIPHER_AES)
    {
        enco_aes_rebase(&keys->aes.encrypt, header->rk_offset_encrypt);
        enco_aes_rebase(&keys->aes.decrypt, header->rk_offset_decrypt);
    }

    return ENCO_OK;
}

int32_t enco_cipher_init(int32_t algorithm, const uint8_t *key, int32_t key_len, uint8_t *context, int32_t context_len)
{
    cipher_keys keys;
    cipher_header header;
    int32_t status;

    if ((status = enco_check_buffer(key, key_len)) != ENCO_OK ||
        (status = enco_check_room(context, context_len, ENCO_CIPHER_CONTEXT_SIZE)) != ENCO_OK)
    {
        return status;
    }

    if (enco_cipher_context_size(algorithm) < 0)
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    memset(&keys, 0, sizeof(keys));
    status = expand(algorithm, key, key_len, &keys, &header);
    if (status == ENCO_OK)
    {
        enco_wipe(context, ENCO_CIPHER_CONTEXT_SIZE);
        memcpy(context, &header, sizeof(header));
        memcpy(context + CIPHER_HEADER_SIZE, &keys, sizeof(keys));
    }

    enco_wipe(&keys, sizeof(keys));
    return status;
}

static int ecb(uint32_t algorithm, cipher_keys *keys, int encrypt, const uint8_t *input, uint8_t *output,
               size_t length)
{
    size_t block = (size_t)block_size(algorithm);
    size_t offset;
    int backend = 0;

    for (offset = 0; backend == 0 && offset < length; offset += block)
    {
        if (algorithm == ENCO_CIPHER_AES)
        {
            backend = mbedtls_aes_crypt_ecb(encrypt ? &keys->aes.encrypt : &keys->aes.decrypt,
                                            encrypt ? MBEDTLS_AES_ENCRYPT : MBEDTLS_AES_DECRYPT, input + offset,
                                            output + offset);
        }
        else if (algorithm == ENCO_CIPHER_DES)
        {
            backend = mbedtls_des_crypt_ecb(encrypt ? &keys->des.encrypt : &keys->des.decrypt, input + offset,
                                            output + offset);
        }
        else
        {
            backend = mbedtls_des3_crypt_ecb(encrypt ? &keys->des3.encrypt : &keys->des3.decrypt, input + offset,
                                             output + offset);
        }
    }

    return backend;
}

static int cbc(uint32_t algorithm, cipher_keys *keys, int encrypt, uint8_t *iv, const uint8_t *input,
               uint8_t *output, size_t length)
{
    if (algorithm == ENCO_CIPHER_AES)
    {
        return mbedtls_aes_crypt_cbc(encrypt ? &keys->aes.encrypt : &keys->aes.decrypt,
                                     encrypt ? MBEDTLS_AES_ENCRYPT : MBEDTLS_AES_DECRYPT, length, iv, input, output);
    }

    if (algorithm == ENCO_CIPHER_DES)
    {
        return mbedtls_des_crypt_cbc(encrypt ? &keys->des.encrypt : &keys->des.decrypt,
                                     encrypt ? MBEDTLS_DES_ENCRYPT : MBEDTLS_DES_DECRYPT, length, iv, input, output);
    }

    return mbedtls_des3_crypt_cbc(encrypt ? &keys->des3.encrypt : &keys->des3.decrypt,
                                  encrypt ? MBEDTLS_DES_ENCRYPT : MBEDTLS_DES_DECRYPT, length, iv, input, output);
}

int32_t enco_cipher_crypt(const uint8_t *context, int32_t context_len, int32_t mode, int32_t direction,
                          const uint8_t *iv, int32_t iv_len, const uint8_t *input, int32_t input_len, uint8_t *output,
                          int32_t output_len)
{
    cipher_keys keys;
    cipher_header header;
    uint8_t chain[ENCO_AES_BLOCK_SIZE];
    uint8_t stream[ENCO_AES_BLOCK_SIZE];
    size_t stream_offset = 0;
    int32_t block;
    int32_t status;
    int backend;

    if ((status = enco_check_room(context, context_len, ENCO_CIPHER_CONTEXT_SIZE)) != ENCO_OK ||
        (status = enco_check_buffer(iv, iv_len)) != ENCO_OK ||
        (status = enco_check_buffer(input, input_len)) != ENCO_OK ||
        (status = enco_check_room(output, output_len, input_len)) != ENCO_OK ||
        (status = enco_check_overlap(input, input_len, output, output_len)) != ENCO_OK)
    {
        return status;
    }

    if (mode < ENCO_MODE_ECB || mode > ENCO_MODE_CTR || (direction != ENCO_ENCRYPT && direction != ENCO_DECRYPT))
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    memcpy(&header, context, sizeof(header));
    if (header.magic != CIPHER_MAGIC || enco_cipher_context_size((int32_t)header.algorithm) < 0)
    {
        return ENCO_ERR_BAD_CONTEXT;
    }

    block = block_size(header.algorithm);
    if (mode == ENCO_MODE_CTR && header.algorithm != ENCO_CIPHER_AES)
    {
        return ENCO_ERR_UNSUPPORTED; /* CTR over a 64-bit block is not offered to anyone */
    }

    if (iv_len != (mode == ENCO_MODE_ECB ? 0 : block))
    {
        return ENCO_ERR_BAD_NONCE;
    }

    if (mode != ENCO_MODE_CTR && input_len % block != 0)
    {
        return ENCO_ERR_BLOCK_SIZE;
    }

    if (load(context, &keys, &header) != ENCO_OK)
    {
        return ENCO_ERR_BAD_CONTEXT;
    }

    if (iv_len > 0)
    {
        memcpy(chain, iv, (size_t)iv_len); /* mbedTLS advances it; the caller's stays as it was */
    }

    if (input_len == 0)
    {
        backend = 0;
    }
    else if (mode == ENCO_MODE_ECB)
    {
        backend = ecb(header.algorithm, &keys, direction == ENCO_ENCRYPT, input, output, (size_t)input_len);
    }
    else if (mode == ENCO_MODE_CBC)
    {
        backend = cbc(header.algorithm, &keys, direction == ENCO_ENCRYPT, chain, input, output, (size_t)input_len);
    }
    else
    {
        /* CTR decrypts by encrypting: always the encryption schedule. */
        backend = mbedtls_aes_crypt_ctr(&keys.aes.encrypt, (size_t)input_len, &stream_offset, chain, stream, input,
                                        output);
    }

    enco_wipe(&keys, sizeof(keys));
    enco_wipe(chain, sizeof(chain));
    enco_wipe(stream, sizeof(stream));
    return backend == 0 ? ENCO_OK : ENCO_ERR_BACKEND;
}

int32_t enco_cipher_free(uint8_t *context, int32_t context_len)
{
    cipher_keys keys;
    cipher_header header;
    int32_t status = enco_check_room(context, context_len, ENCO_CIPHER_CONTEXT_SIZE);
    if (status != ENCO_OK)
    {
        return status;
    }

    if (load(context, &keys, &header) == ENCO_OK)
    {
        release(header.algorithm, &keys);
        enco_wipe(&keys, sizeof(keys));
    }

    enco_wipe(context, ENCO_CIPHER_CONTEXT_SIZE);
    return ENCO_OK;
}
