/* P/Invoke entry points of the public-key functions: apply managed offsets, call enco_pk.h. */
#include "enco_pinvoke_pk.h"

#include <stddef.h>

#include "enco_segment.h"

/* Resolves one managed segment whose array length P/Invoke does not pass (as enco_pinvoke.c). */
#define SEGMENT(array, offset, count, out)                                                                \
    do                                                                                                    \
    {                                                                                                     \
        int32_t segment_status = enco_segment_resolve((array), ENCO_SEGMENT_LENGTH_UNKNOWN, (offset), (count), &(out)); \
        if (segment_status != ENCO_OK)                                                                    \
        {                                                                                                 \
            return segment_status;                                                                        \
        }                                                                                                 \
    } while (0)

int32_t enco_pinvoke_key_generate(int32_t type, int32_t parameter, uint8_t *blob, int32_t blob_offset,
                                  int32_t blob_count)
{
    uint8_t *b = NULL;
    SEGMENT(blob, blob_offset, blob_count, b);
    return enco_key_generate(type, parameter, b, blob_count);
}

int32_t enco_pinvoke_key_import(int32_t type, int32_t parameter, int32_t format, uint8_t *input, int32_t input_offset,
                                int32_t input_count, uint8_t *blob, int32_t blob_offset, int32_t blob_count)
{
    uint8_t *in = NULL;
    uint8_t *b = NULL;
    SEGMENT(input, input_offset, input_count, in);
    SEGMENT(blob, blob_offset, blob_count, b);
    return enco_key_import(type, parameter, format, in, input_count, b, blob_count);
}

int32_t enco_pinvoke_key_check(uint8_t *blob, int32_t blob_offset, int32_t blob_count)
{
    uint8_t *b = NULL;
    SEGMENT(blob, blob_offset, blob_count, b);
    return enco_key_check(b, blob_count);
}

int32_t enco_pinvoke_key_export(uint8_t *blob, int32_t blob_offset, int32_t blob_count, int32_t format,
                                uint8_t *output, int32_t output_offset, int32_t output_count)
{
    uint8_t *b = NULL;
    uint8_t *out = NULL;
    SEGMENT(blob, blob_offset, blob_count, b);
    SEGMENT(output, output_offset, output_count, out);
    return enco_key_export(b, blob_count, format, out, output_count);
}

int32_t enco_pinvoke_rsa_sign(uint8_t *blob, int32_t blob_offset, int32_t blob_count, int32_t padding, int32_t hash,
                              uint8_t *digest, int32_t digest_offset, int32_t digest_count, uint8_t *signature,
                              int32_t signature_offset, int32_t signature_count)
{
    uint8_t *b = NULL;
    uint8_t *d = NULL;
    uint8_t *sig = NULL;
    SEGMENT(blob, blob_offset, blob_count, b);
    SEGMENT(digest, digest_offset, digest_count, d);
    SEGMENT(signature, signature_offset, signature_count, sig);
    return enco_rsa_sign(b, blob_count, padding, hash, d, digest_count, sig, signature_count);
}

int32_t enco_pinvoke_rsa_verify(uint8_t *public_key, int32_t public_key_offset, int32_t public_key_count,
                                int32_t format, int32_t padding, int32_t hash, uint8_t *digest, int32_t digest_offset,
                                int32_t digest_count, uint8_t *signature, int32_t signature_offset,
                                int32_t signature_count)
{
    uint8_t *key = NULL;
    uint8_t *d = NULL;
    uint8_t *sig = NULL;
    SEGMENT(public_key, public_key_offset, public_key_count, key);
    SEGMENT(digest, digest_offset, digest_count, d);
    SEGMENT(signature, signature_offset, signature_count, sig);
    return enco_rsa_verify(key, public_key_count, format, padding, hash, d, digest_count, sig, signature_count);
}

int32_t enco_pinvoke_rsa_encrypt(uint8_t *public_key, int32_t public_key_offset, int32_t public_key_count,
                                 int32_t format, uint8_t *message, int32_t message_offset, int32_t message_count,
                                 uint8_t *ciphertext, int32_t ciphertext_offset, int32_t ciphertext_count)
{
    uint8_t *key = NULL;
    uint8_t *m = NULL;
    uint8_t *c = NULL;
    SEGMENT(public_key, public_key_offset, public_key_count, key);
    SEGMENT(message, message_offset, message_count, m);
    SEGMENT(ciphertext, ciphertext_offset, ciphertext_count, c);
    return enco_rsa_encrypt(key, public_key_count, format, m, message_count, c, ciphertext_count);
}

int32_t enco_pinvoke_rsa_decrypt(uint8_t *blob, int32_t blob_offset, int32_t blob_count, uint8_t *ciphertext,
                                 int32_t ciphertext_offset, int32_t ciphertext_count, uint8_t *message,
                                 int32_t message_offset, int32_t message_count)
{
    uint8_t *b = NULL;
    uint8_t *c = NULL;
    uint8_t *m = NULL;
    SEGMENT(blob, blob_offset, blob_count, b);
    SEGMENT(ciphertext, ciphertext_offset, ciphertext_count, c);
    SEGMENT(message, message_offset, message_count, m);
    return enco_rsa_decrypt(b, blob_count, c, ciphertext_count, m, message_count);
}

int32_t enco_pinvoke_rsa_decrypt_implicit(uint8_t *blob, int32_t blob_offset, int32_t blob_count, uint8_t *ciphertext,
                                          int32_t ciphertext_offset, int32_t ciphertext_count, uint8_t *message,
                                          int32_t message_offset, int32_t message_count)
{
    uint8_t *b = NULL;
    uint8_t *c = NULL;
    uint8_t *m = NULL;
    SEGMENT(blob, blob_offset, blob_count, b);
    SEGMENT(ciphertext, ciphertext_offset, ciphertext_count, c);
    SEGMENT(message, message_offset, message_count, m);
    return enco_rsa_decrypt_implicit(b, blob_count, c, ciphertext_count, m, message_count);
}

int32_t enco_pinvoke_ecdsa_sign(uint8_t *blob, int32_t blob_offset, int32_t blob_count, int32_t hash, uint8_t *digest,
                                int32_t digest_offset, int32_t digest_count, int32_t signature_format,
                                uint8_t *signature, int32_t signature_offset, int32_t signature_count)
{
    uint8_t *b = NULL;
    uint8_t *d = NULL;
    uint8_t *sig = NULL;
    SEGMENT(blob, blob_offset, blob_count, b);
    SEGMENT(digest, digest_offset, digest_count, d);
    SEGMENT(signature, signature_offset, signature_count, sig);
    return enco_ecdsa_sign(b, blob_count, hash, d, digest_count, signature_format, sig, signature_count);
}

int32_t enco_pinvoke_ecdsa_verify(int32_t type, uint8_t *public_key, int32_t public_key_offset,
                                  int32_t public_key_count, int32_t format, uint8_t *digest, int32_t digest_offset,
                                  int32_t digest_count, int32_t signature_format, uint8_t *signature,
                                  int32_t signature_offset, int32_t signature_count)
{
    uint8_t *key = NULL;
    uint8_t *d = NULL;
    uint8_t *sig = NULL;
    SEGMENT(public_key, public_key_offset, public_key_count, key);
    SEGMENT(digest, digest_offset, digest_count, d);
    SEGMENT(signature, signature_offset, signature_count, sig);
    return enco_ecdsa_verify(type, key, public_key_count, format, d, digest_count, signature_format, sig,
                             signature_count);
}

int32_t enco_pinvoke_key_agree(uint8_t *blob, int32_t blob_offset, int32_t blob_count, int32_t peer_format,
                               uint8_t *peer, int32_t peer_offset, int32_t peer_count, uint8_t *secret,
                               int32_t secret_offset, int32_t secret_count)
{
    uint8_t *b = NULL;
    uint8_t *p = NULL;
    uint8_t *s = NULL;
    SEGMENT(blob, blob_offset, blob_count, b);
    SEGMENT(peer, peer_offset, peer_count, p);
    SEGMENT(secret, secret_offset, secret_count, s);
    return enco_key_agree(b, blob_count, peer_format, p, peer_count, s, secret_count);
}
