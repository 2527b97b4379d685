/*
 * AES-GCM (NIST SP 800-38D) built in the engine on mbedTLS's AES (the accelerated part on the
 * ESP32) and the table GHASH of enco_ghash.c, for 96-bit nonces only:
 *   J0 = nonce || 0^31 || 1                                     (section 7.1, step 2)
 *   C  = GCTR(inc32(J0), P)                                      (step 3)
 *   T  = GCTR(J0, GHASH(A || 0^v || C || 0^u || [len A]64 || [len C]64))   (steps 5-6)
 * GCTR runs as mbedtls_aes_crypt_ctr: it increments all 128 bits, which equals inc32 here because
 * a message of at most 2^32 - 2 blocks (the int32_t lengths allow far fewer) starting from counter
 * 2 never carries out of the low 32 bits.
 */
#include <string.h>

#include <mbedtls/aes.h>

#include "enco_aead_ops.h"
#include "enco_aes_image.h"
#include "enco_args.h"
#include "enco_ghash.h"
#include "enco_symmetric.h"

typedef struct gcm_key
{
    enco_ghash_table table; /* M[n] = n * H, H = E_K(0^128) */
    mbedtls_aes_context aes;
} gcm_key;

_Static_assert(sizeof(gcm_key) <= ENCO_AEAD_KEY_IMAGE_MAX, "the GCM key no longer fits in ENCO_AEAD_CONTEXT_SIZE");

static int32_t gcm_expand(void *image, const uint8_t *raw_key, int32_t raw_key_len, uint32_t *aux)
{
    gcm_key *key = (gcm_key *)image;
    uint8_t h[16] = {0};
    int backend;

    if (raw_key_len != 16 && raw_key_len != 24 && raw_key_len != 32)
    {
        return ENCO_ERR_BAD_KEY;
    }

    mbedtls_aes_init(&key->aes);
    backend = mbedtls_aes_setkey_enc(&key->aes, raw_key, (unsigned int)raw_key_len * 8);
    if (backend == 0)
    {
        backend = mbedtls_aes_crypt_ecb(&key->aes, MBEDTLS_AES_ENCRYPT, h, h);
    }

    if (backend == 0)
    {
        enco_ghash_table_init(&key->table, h);
    }

    *aux = enco_aes_rk_offset(&key->aes);
    enco_wipe(h, sizeof(h));
    return backend == 0 ? ENCO_OK : ENCO_ERR_BACKEND;
}

static void gcm_rebase(void *image, uint32_t aux)
{
    enco_aes_rebase(&((gcm_key *)image)->aes, aux);
}

static void gcm_release(void *image)
{
    mbedtls_aes_free(&((gcm_key *)image)->aes);
}

static void counter_block(uint8_t block[16], const uint8_t nonce[12], uint8_t last)
{
    memcpy(block, nonce, 12);
    block[12] = 0;
    block[13] = 0;
    block[14] = 0;
    block[15] = last;
}

/* T = E_K(J0) ^ S */
static int finish_tag(gcm_key *key, const uint8_t nonce[12], enco_ghash_state *x, size_t aad_len, size_t length,
                      uint8_t tag[16])
{
    uint8_t j0[16];
    uint8_t s[16];
    int backend;
    int i;

    enco_ghash_finish(&key->table, x, (uint64_t)aad_len, (uint64_t)length, s);
    counter_block(j0, nonce, 1);
    backend = mbedtls_aes_crypt_ecb(&key->aes, MBEDTLS_AES_ENCRYPT, j0, j0);
    for (i = 0; i < 16; i++)
    {
        tag[i] = (uint8_t)(j0[i] ^ s[i]);
    }

    enco_wipe(j0, sizeof(j0));
    enco_wipe(s, sizeof(s));
    return backend;
}

static int gctr(gcm_key *key, const uint8_t nonce[12], const uint8_t *input, size_t length, uint8_t *output)
{
    uint8_t counter[16];
    uint8_t stream[16];
    size_t offset = 0;
    int backend = 0;

    counter_block(counter, nonce, 2); /* inc32(J0) */
    if (length > 0)
    {
        backend = mbedtls_aes_crypt_ctr(&key->aes, length, &offset, counter, stream, input, output);
    }

    enco_wipe(stream, sizeof(stream));
    return backend;
}

static int gcm_seal(void *image, const uint8_t nonce[12], const uint8_t *aad, size_t aad_len, const uint8_t *input,
                    size_t length, uint8_t *output)
{
    gcm_key *key = (gcm_key *)image;
    enco_ghash_state x = {0, 0};
    uint8_t tag[16];
    int backend;

    /* The AAD is absorbed before any output is written: it may share the caller's buffer. */
    enco_ghash_update(&key->table, &x, aad, aad_len);
    backend = gctr(key, nonce, input, length, output);
    if (backend == 0)
    {
        enco_ghash_update(&key->table, &x, output, length);
        backend = finish_tag(key, nonce, &x, aad_len, length, tag);
    }

    if (backend == 0)
    {
        memcpy(output + length, tag, sizeof(tag));
    }

    enco_wipe(&x, sizeof(x));
    return backend;
}

static int gcm_tag(void *image, const uint8_t nonce[12], const uint8_t *aad, size_t aad_len,
                   const uint8_t *ciphertext, size_t length, uint8_t tag[16])
{
    gcm_key *key = (gcm_key *)image;
    enco_ghash_state x = {0, 0};
    int backend;

    enco_ghash_update(&key->table, &x, aad, aad_len);
    enco_ghash_update(&key->table, &x, ciphertext, length);
    backend = finish_tag(key, nonce, &x, aad_len, length, tag);
    enco_wipe(&x, sizeof(x));
    return backend;
}

static int gcm_decrypt(void *image, const uint8_t nonce[12], const uint8_t *input, size_t length, uint8_t *output)
{
    return gctr((gcm_key *)image, nonce, input, length, output);
}

const enco_aead_ops enco_aead_gcm = {
    ENCO_AEAD_AES_GCM, sizeof(gcm_key), gcm_expand, gcm_rebase, gcm_release, gcm_seal, gcm_tag, gcm_decrypt,
};
