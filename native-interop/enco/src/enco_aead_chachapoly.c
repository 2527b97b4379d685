/*
 * ChaCha20-Poly1305 (RFC 8439 section 2.8) over mbedTLS's ChaCha20 and Poly1305 primitives
 * (mbedtls_chachapoly would decrypt before it checks the tag; here the tag is checked first):
 *   otk = first 32 bytes of ChaCha20(key, nonce, counter 0)      (section 2.6)
 *   C   = ChaCha20(key, nonce, counter 1) ^ P
 *   tag = Poly1305(otk, A || pad16(A) || C || pad16(C) || le64(len A) || le64(len C))
 */
#include <string.h>

#include <mbedtls/chacha20.h>
#include <mbedtls/poly1305.h>

#include "enco_aead_ops.h"
#include "enco_args.h"
#include "enco_symmetric.h"

#define CHACHA_KEY_SIZE 32

static int32_t chachapoly_expand(void *image, const uint8_t *raw_key, int32_t raw_key_len, uint32_t *aux)
{
    if (raw_key_len != CHACHA_KEY_SIZE)
    {
        return ENCO_ERR_BAD_KEY;
    }

    memcpy(image, raw_key, CHACHA_KEY_SIZE); /* ChaCha20 has no key schedule */
    *aux = 0;
    return ENCO_OK;
}

static void chachapoly_rebase(void *image, uint32_t aux)
{
    (void)image;
    (void)aux;
}

static void chachapoly_release(void *image)
{
    (void)image;
}

static int mac_pad(mbedtls_poly1305_context *poly, size_t length)
{
    static const uint8_t zeros[16] = {0};
    return length % 16 == 0 ? 0 : mbedtls_poly1305_update(poly, zeros, 16 - length % 16);
}

static void store_le64(uint8_t *p, uint64_t v)
{
    int i;
    for (i = 0; i < 8; i++)
    {
        p[i] = (uint8_t)(v >> (8 * i));
    }
}

/* Starts Poly1305 with the one-time key and absorbs the padded AAD. */
static int mac_start(mbedtls_poly1305_context *poly, const uint8_t *key, const uint8_t nonce[12], const uint8_t *aad,
                     size_t aad_len)
{
    uint8_t otk[32] = {0};
    int backend = mbedtls_chacha20_crypt(key, nonce, 0, sizeof(otk), otk, otk);

    mbedtls_poly1305_init(poly);
    if (backend == 0)
    {
        backend = mbedtls_poly1305_starts(poly, otk);
    }

    if (backend == 0 && aad_len > 0)
    {
        backend = mbedtls_poly1305_update(poly, aad, aad_len);
    }

    if (backend == 0)
    {
        backend = mac_pad(poly, aad_len);
    }

    enco_wipe(otk, sizeof(otk));
    return backend;
}

static int mac_finish(mbedtls_poly1305_context *poly, const uint8_t *ciphertext, size_t length, size_t aad_len,
                      uint8_t tag[16])
{
    uint8_t lengths[16];
    int backend = length > 0 ? mbedtls_poly1305_update(poly, ciphertext, length) : 0;

    if (backend == 0)
    {
        backend = mac_pad(poly, length);
    }

    store_le64(lengths, (uint64_t)aad_len);
    store_le64(lengths + 8, (uint64_t)length);
    if (backend == 0)
    {
        backend = mbedtls_poly1305_update(poly, lengths, sizeof(lengths));
    }

    if (backend == 0)
    {
        backend = mbedtls_poly1305_finish(poly, tag);
    }

    mbedtls_poly1305_free(poly);
    return backend;
}

static int chachapoly_seal(void *image, const uint8_t nonce[12], const uint8_t *aad, size_t aad_len,
                           const uint8_t *input, size_t length, uint8_t *output)
{
    mbedtls_poly1305_context poly;
    uint8_t tag[16];
    int backend = mac_start(&poly, (const uint8_t *)image, nonce, aad, aad_len); /* AAD read before any write */

    if (backend == 0 && length > 0)
    {
        backend = mbedtls_chacha20_crypt((const uint8_t *)image, nonce, 1, length, input, output);
    }

    if (backend == 0)
    {
        backend = mac_finish(&poly, output, length, aad_len, tag);
    }
    else
    {
        mbedtls_poly1305_free(&poly);
    }

    if (backend == 0)
    {
        memcpy(output + length, tag, sizeof(tag));
    }

    enco_wipe(&poly, sizeof(poly));
    return backend;
}

static int chachapoly_tag(void *image, const uint8_t nonce[12], const uint8_t *aad, size_t aad_len,
                          const uint8_t *ciphertext, size_t length, uint8_t tag[16])
{
    mbedtls_poly1305_context poly;
    int backend = mac_start(&poly, (const uint8_t *)image, nonce, aad, aad_len);

    if (backend == 0)
    {
        backend = mac_finish(&poly, ciphertext, length, aad_len, tag);
    }
    else
    {
        mbedtls_poly1305_free(&poly);
    }

    enco_wipe(&poly, sizeof(poly));
    return backend;
}

static int chachapoly_decrypt(void *image, const uint8_t nonce[12], const uint8_t *input, size_t length,
                              uint8_t *output)
{
    return length > 0 ? mbedtls_chacha20_crypt((const uint8_t *)image, nonce, 1, length, input, output) : 0;
}

const enco_aead_ops enco_aead_chachapoly = {
    ENCO_AEAD_CHACHA20_POLY1305, CHACHA_KEY_SIZE,  chachapoly_expand, chachapoly_rebase, chachapoly_release,
    chachapoly_seal,             chachapoly_tag,   chachapoly_decrypt,
};
