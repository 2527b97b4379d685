/*
 * P/Invoke entry points of libenco.so for the symmetric part (enco_symmetric.h), in the shape of
 * enco_pinvoke.h: each has the exact parameter list of its extern in Router.Enco's
 * EncoNative.Symmetric.cs, (byte[], offset, count) per buffer, and applies the offsets with
 * enco_segment_resolve before calling the engine. Functions without buffers (size queries,
 * enco_aead_preference) are imported directly.
 */
#ifndef ENCO_PINVOKE_SYMMETRIC_H
#define ENCO_PINVOKE_SYMMETRIC_H

#include "enco.h"

#ifdef __cplusplus
extern "C" {
#endif

ENCO_API int32_t enco_pinvoke_hmac(int32_t hash, uint8_t *key, int32_t key_offset, int32_t key_count,
                                   uint8_t *input, int32_t input_offset, int32_t input_count, uint8_t *mac,
                                   int32_t mac_offset, int32_t mac_count);

ENCO_API int32_t enco_pinvoke_hmac_init(int32_t hash, uint8_t *key, int32_t key_offset, int32_t key_count,
                                        uint8_t *context, int32_t context_offset, int32_t context_count);

ENCO_API int32_t enco_pinvoke_hmac_update(uint8_t *context, int32_t context_offset, int32_t context_count,
                                          uint8_t *input, int32_t input_offset, int32_t input_count);

ENCO_API int32_t enco_pinvoke_hmac_final(uint8_t *context, int32_t context_offset, int32_t context_count,
                                         uint8_t *mac, int32_t mac_offset, int32_t mac_count);

ENCO_API int32_t enco_pinvoke_hmac_free(uint8_t *context, int32_t context_offset, int32_t context_count);

ENCO_API int32_t enco_pinvoke_hkdf_extract(int32_t hash, uint8_t *salt, int32_t salt_offset, int32_t salt_count,
                                           uint8_t *ikm, int32_t ikm_offset, int32_t ikm_count, uint8_t *prk,
                                           int32_t prk_offset, int32_t prk_count);

ENCO_API int32_t enco_pinvoke_hkdf_expand(int32_t hash, uint8_t *prk, int32_t prk_offset, int32_t prk_count,
                                          uint8_t *info, int32_t info_offset, int32_t info_count, uint8_t *okm,
                                          int32_t okm_offset, int32_t okm_count);

ENCO_API int32_t enco_pinvoke_tls12_prf(int32_t hash, uint8_t *secret, int32_t secret_offset, int32_t secret_count,
                                        uint8_t *label, int32_t label_offset, int32_t label_count, uint8_t *seed,
                                        int32_t seed_offset, int32_t seed_count, uint8_t *output,
                                        int32_t output_offset, int32_t output_count);

ENCO_API int32_t enco_pinvoke_cipher_init(int32_t algorithm, uint8_t *key, int32_t key_offset, int32_t key_count,
                                          uint8_t *context, int32_t context_offset, int32_t context_count);

ENCO_API int32_t enco_pinvoke_cipher_crypt(uint8_t *context, int32_t context_offset, int32_t context_count,
                                           int32_t mode, int32_t direction, uint8_t *iv, int32_t iv_offset,
                                           int32_t iv_count, uint8_t *input, int32_t input_offset,
                                           int32_t input_count, uint8_t *output, int32_t output_offset,
                                           int32_t output_count);

ENCO_API int32_t enco_pinvoke_cipher_free(uint8_t *context, int32_t context_offset, int32_t context_count);

ENCO_API int32_t enco_pinvoke_aead_init(int32_t algorithm, uint8_t *key, int32_t key_offset, int32_t key_count,
                                        uint8_t *context, int32_t context_offset, int32_t context_count);

ENCO_API int32_t enco_pinvoke_aead_seal(uint8_t *context, int32_t context_offset, int32_t context_count,
                                        uint8_t *nonce, int32_t nonce_offset, int32_t nonce_count, uint8_t *aad,
                                        int32_t aad_offset, int32_t aad_count, uint8_t *input, int32_t input_offset,
                                        int32_t input_count, uint8_t *output, int32_t output_offset,
                                        int32_t output_count);

ENCO_API int32_t enco_pinvoke_aead_open(uint8_t *context, int32_t context_offset, int32_t context_count,
                                        uint8_t *nonce, int32_t nonce_offset, int32_t nonce_count, uint8_t *aad,
                                        int32_t aad_offset, int32_t aad_count, uint8_t *input, int32_t input_offset,
                                        int32_t input_count, uint8_t *output, int32_t output_offset,
                                        int32_t output_count);

ENCO_API int32_t enco_pinvoke_aead_free(uint8_t *context, int32_t context_offset, int32_t context_count);

ENCO_API int32_t enco_pinvoke_random(uint8_t *output, int32_t output_offset, int32_t output_count);

ENCO_API int32_t enco_pinvoke_random_reseed(uint8_t *additional, int32_t additional_offset,
                                            int32_t additional_count);

ENCO_API int32_t enco_pinvoke_deflate(int32_t level, uint8_t *input, int32_t input_offset, int32_t input_count,
                                      uint8_t *output, int32_t output_offset, int32_t output_count,
                                      uint8_t *workspace, int32_t workspace_offset, int32_t workspace_count);

ENCO_API int32_t enco_pinvoke_inflate(uint8_t *input, int32_t input_offset, int32_t input_count, uint8_t *output,
                                      int32_t output_offset, int32_t output_count, uint8_t *workspace,
                                      int32_t workspace_offset, int32_t workspace_count);

#ifdef __cplusplus
}
#endif

#endif /* ENCO_PINVOKE_SYMMETRIC_H */
