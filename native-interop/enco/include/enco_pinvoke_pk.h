/*
 * P/Invoke entry points of the public-key functions (host only), one per extern of
 * src/Router.Enco/EncoNative.PublicKey.cs: each buffer arrives as (byte[], offset, count), is
 * resolved like the nanoCLR glue resolves it (enco_segment_resolve), then enco_pk.h is called.
 * enco_key_blob_size takes no buffer and is bound directly.
 */
#ifndef ENCO_PINVOKE_PK_H
#define ENCO_PINVOKE_PK_H

#include "enco.h"

#ifdef __cplusplus
extern "C" {
#endif

ENCO_API int32_t enco_pinvoke_key_generate(int32_t type, int32_t parameter, uint8_t *blob, int32_t blob_offset,
                                           int32_t blob_count);

ENCO_API int32_t enco_pinvoke_key_import(int32_t type, int32_t parameter, int32_t format, uint8_t *input,
                                         int32_t input_offset, int32_t input_count, uint8_t *blob, int32_t blob_offset,
                                         int32_t blob_count);

ENCO_API int32_t enco_pinvoke_key_check(uint8_t *blob, int32_t blob_offset, int32_t blob_count);

ENCO_API int32_t enco_pinvoke_key_export(uint8_t *blob, int32_t blob_offset, int32_t blob_count, int32_t format,
                                         uint8_t *output, int32_t output_offset, int32_t output_count);

ENCO_API int32_t enco_pinvoke_rsa_sign(uint8_t *blob, int32_t blob_offset, int32_t blob_count, int32_t padding,
                                       int32_t hash, uint8_t *digest, int32_t digest_offset, int32_t digest_count,
                                       uint8_t *signature, int32_t signature_offset, int32_t signature_count);

ENCO_API int32_t enco_pinvoke_rsa_verify(uint8_t *public_key, int32_t public_key_offset, int32_t public_key_count,
                                         int32_t format, int32_t padding, int32_t hash, uint8_t *digest,
                                         int32_t digest_offset, int32_t digest_count, uint8_t *signature,
                                         int32_t signature_offset, int32_t signature_count);

ENCO_API int32_t enco_pinvoke_rsa_encrypt(uint8_t *public_key, int32_t public_key_offset, int32_t public_key_count,
                                          int32_t format, uint8_t *message, int32_t message_offset,
                                          int32_t message_count, uint8_t *ciphertext, int32_t ciphertext_offset,
                                          int32_t ciphertext_count);

ENCO_API int32_t enco_pinvoke_rsa_decrypt(uint8_t *blob, int32_t blob_offset, int32_t blob_count, uint8_t *ciphertext,
                                          int32_t ciphertext_offset, int32_t ciphertext_count, uint8_t *message,
                                          int32_t message_offset, int32_t message_count);

ENCO_API int32_t enco_pinvoke_rsa_decrypt_implicit(uint8_t *blob, int32_t blob_offset, int32_t blob_count,
                                                   uint8_t *ciphertext, int32_t ciphertext_offset,
                                                   int32_t ciphertext_count, uint8_t *message, int32_t message_offset,
                                                   int32_t message_count);

ENCO_API int32_t enco_pinvoke_ecdsa_sign(uint8_t *blob, int32_t blob_offset, int32_t blob_count, int32_t hash,
                                         uint8_t *digest, int32_t digest_offset, int32_t digest_count,
                                         int32_t signature_format, uint8_t *signature, int32_t signature_offset,
                                         int32_t signature_count);

ENCO_API int32_t enco_pinvoke_ecdsa_verify(int32_t type, uint8_t *public_key, int32_t public_key_offset,
                                           int32_t public_key_count, int32_t format, uint8_t *digest,
                                           int32_t digest_offset, int32_t digest_count, int32_t signature_format,
                                           uint8_t *signature, int32_t signature_offset, int32_t signature_count);

ENCO_API int32_t enco_pinvoke_key_agree(uint8_t *blob, int32_t blob_offset, int32_t blob_count, int32_t peer_format,
                                        uint8_t *peer, int32_t peer_offset, int32_t peer_count, uint8_t *secret,
                                        int32_t secret_offset, int32_t secret_count);

#ifdef __cplusplus
}
#endif

#endif /* ENCO_PINVOKE_PK_H */
