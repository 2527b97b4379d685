/*
 * Internal: what one AEAD algorithm provides to enco_aead.c, which owns the blob header, the
 * argument checks and the dispatch. `key` points to an aligned stack copy of the algorithm's key
 * image (the blob after its header); input and output follow the overlap rule of
 * enco_symmetric.h; the nonce has been copied to the stack.
 */
#ifndef ENCO_AEAD_OPS_H
#define ENCO_AEAD_OPS_H

#include <stddef.h>
#include <stdint.h>

#define ENCO_AEAD_HEADER_SIZE 16
#define ENCO_AEAD_KEY_IMAGE_MAX (ENCO_AEAD_CONTEXT_SIZE - ENCO_AEAD_HEADER_SIZE)

typedef struct enco_aead_ops
{
    int32_t algorithm;
    size_t image_size; /* bytes of key image, at most ENCO_AEAD_KEY_IMAGE_MAX */

    /* Builds the key image; *aux is stored in the header and handed back to `rebase`. ENCO status. */
    int32_t (*expand)(void *key, const uint8_t *raw_key, int32_t raw_key_len, uint32_t *aux);
    void (*rebase)(void *key, uint32_t aux);
    void (*release)(void *key);

    /* Write ciphertext then the tag at output + length. 0 or a backend error. */
    int (*seal)(void *key, const uint8_t nonce[12], const uint8_t *aad, size_t aad_len, const uint8_t *input,
                size_t length, uint8_t *output);

    /* Compute the tag of (aad, ciphertext) into tag, without decrypting. */
    int (*tag)(void *key, const uint8_t nonce[12], const uint8_t *aad, size_t aad_len, const uint8_t *ciphertext,
               size_t length, uint8_t tag[16]);

    /* Decrypt after the tag has been checked. */
    int (*decrypt)(void *key, const uint8_t nonce[12], const uint8_t *input, size_t length, uint8_t *output);
} enco_aead_ops;

extern const enco_aead_ops enco_aead_gcm;
extern const enco_aead_ops enco_aead_chachapoly;

#endif /* ENCO_AEAD_OPS_H */
