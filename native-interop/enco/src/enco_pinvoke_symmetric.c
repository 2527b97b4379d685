/* P/Invoke entry points of the symmetric part: apply managed offsets, then call the engine
 * (see enco_pinvoke_symmetric.h). */
#include "enco_pinvoke_symmetric.h"

#include <stddef.h>

#include "enco_segment.h"

/* Resolves one managed segment whose array length P/Invoke does not pass. */
#define ENCO_RESOLVE(array, offset, count, out)                                                                        \
    do                                                                                                                 \
    {                                                                                                                  \
        int32_t resolved_status =                                                                                      \
            enco_segment_resolve((array), ENCO_SEGMENT_LENGTH_UNKNOWN, (offset), (count), &(out));                     \
        if (resolved_status != ENCO_OK)                                                                                \
        {                                                                                                              \
            return resolved_status;                                                                                    \
        }                                                                                                              \
    } while (0)

int32_t enco_pinvoke_hmac(int32_t hash, uint8_t *key, int32_t key_offset, int32_t key_count, uint8_t *input,
                          int32_t input_offset, int32_t input_count, uint8_t *mac, int32_t mac_offset,
                          int32_t mac_count)
{
    uint8_t *key_at = NULL;
    uint8_t *input_at = NULL;
    uint8_t *mac_at = NULL;
    ENCO_RESOLVE(key, key_offset, key_count, key_at);
    ENCO_RESOLVE(input, input_offset, input_count, input_at);
    ENCO_RESOLVE(mac, mac_offset, mac_count, mac_at);
    return enco_hmac(hash, key_at, key_count, input_at, input_count, mac_at, mac_count);
}

int32_t enco_pinvoke_hmac_init(int32_t hash, uint8_t *key, int32_t key_offset, int32_t key_count, uint8_t *context,
                               int32_t context_offset, int32_t context_count)
{
    uint8_t *key_at = NULL;
    uint8_t *context_at = NULL;
    ENCO_RESOLVE(key, key_offset, key_count, key_at);
    ENCO_RESOLVE(context, context_offset, context_count, context_at);
    return enco_hmac_init(hash, key_at, key_count, context_at, context_count);
}

int32_t enco_pinvoke_hmac_update(uint8_t *context, int32_t context_offset, int32_t context_count, uint8_t *input,
                                 int32_t input_offset, int32_t input_count)
{
    uint8_t *context_at = NULL;
    uint8_t *input_at = NULL;
    ENCO_RESOLVE(context, context_offset, context_count, context_at);
    ENCO_RESOLVE(input, input_offset, input_count, input_at);
    return enco_hmac_update(context_at, context_count, input_at, input_count);
}

int32_t enco_pinvoke_hmac_final(uint8_t *context, int32_t context_offset, int32_t context_count, uint8_t *mac,
                                int32_t mac_offset, int32_t mac_count)
{
    uint8_t *context_at = NULL;
    uint8_t *mac_at = NULL;
    ENCO_RESOLVE(context, context_offset, context_count, context_at);
    ENCO_RESOLVE(mac, mac_offset, mac_count, mac_at);
    return enco_hmac_final(context_at, context_count, mac_at, mac_count);
}

int32_t enco_pinvoke_hmac_free(uint8_t *context, int32_t context_offset, int32_t context_count)
{
    uint8_t *context_at = NULL;
    ENCO_RESOLVE(context, context_offset, context_count, context_at);
    return enco_hmac_free(context_at, context_count);
}

int32_t enco_pinvoke_hkdf_extract(int32_t hash, uint8_t *salt, int32_t salt_offset, int32_t salt_count, uint8_t *ikm,
                                  int32_t ikm_offset, int32_t ikm_count, uint8_t *prk, int32_t prk_offset,
                                  int32_t prk_count)
{
    uint8_t *salt_at = NULL;
    uint8_t *ikm_at = NULL;
    uint8_t *prk_at = NULL;
    ENCO_RESOLVE(salt, salt_offset, salt_count, salt_at);
    ENCO_RESOLVE(ikm, ikm_offset, ikm_count, ikm_at);
    ENCO_RESOLVE(prk, prk_offset, prk_count, prk_at);
    return enco_hkdf_extract(hash, salt_at, salt_count, ikm_at, ikm_count, prk_at, prk_count);
}

int32_t enco_pinvoke_hkdf_expand(int32_t hash, uint8_t *prk, int32_t prk_offset, int32_t prk_count, uint8_t *info,
                                 int32_t info_offset, int32_t info_count, uint8_t *okm, int32_t okm_offset,
                                 int32_t okm_count)
{
    uint8_t *prk_at = NULL;
    uint8_t *info_at = NULL;
    uint8_t *okm_at = NULL;
    ENCO_RESOLVE(prk, prk_offset, prk_count, prk_at);
    ENCO_RESOLVE(info, info_offset, info_count, info_at);
    ENCO_RESOLVE(okm, okm_offset, okm_count, okm_at);
    return enco_hkdf_expand(hash, prk_at, prk_count, info_at, info_count, okm_at, okm_count);
}

int32_t enco_pinvoke_tls12_prf(int32_t hash, uint8_t *secret, int32_t secret_offset, int32_t secret_count,
                               uint8_t *label, int32_t label_offset, int32_t label_count, uint8_t *seed,
                               int32_t seed_offset, int32_t seed_count, uint8_t *output, int32_t output_offset,
                               int32_t output_count)
{
    uint8_t *secret_at = NULL;
    uint8_t *label_at = NULL;
    uint8_t *seed_at = NULL;
    uint8_t *output_at = NULL;
    ENCO_RESOLVE(secret, secret_offset, secret_count, secret_at);
    ENCO_RESOLVE(label, label_offset, label_count, label_at);
    ENCO_RESOLVE(seed, seed_offset, seed_count, seed_at);
    ENCO_RESOLVE(output, output_offset, output_count, output_at);
    return enco_tls12_prf(hash, secret_at, secret_count, label_at, label_count, seed_at, seed_count, output_at,
                          output_count);
}

int32_t enco_pinvoke_cipher_init(int32_t algorithm, uint8_t *key, int32_t key_offset, int32_t key_count,
                                 uint8_t *context, int32_t context_offset, int32_t context_count)
{
    uint8_t *key_at = NULL;
    uint8_t *context_at = NULL;
    ENCO_RESOLVE(key, key_offset, key_count, key_at);
    ENCO_RESOLVE(context, context_offset, context_count, context_at);
    return enco_cipher_init(algorithm, key_at, key_count, context_at, context_count);
}

int32_t enco_pinvoke_cipher_crypt(uint8_t *context, int32_t context_offset, int32_t context_count, int32_t mode,
                                  int32_t direction, uint8_t *iv, int32_t iv_offset, int32_t iv_count, uint8_t *input,
                                  int32_t input_offset, int32_t input_count, uint8_t *output, int32_t output_offset,
                                  int32_t output_count)
{
    uint8_t *context_at = NULL;
    uint8_t *iv_at = NULL;
    uint8_t *input_at = NULL;
    uint8_t *output_at = NULL;
    ENCO_RESOLVE(context, context_offset, context_count, context_at);
    ENCO_RESOLVE(iv, iv_offset, iv_count, iv_at);
    ENCO_RESOLVE(input, input_offset, input_count, input_at);
    ENCO_RESOLVE(output, output_offset, output_count, output_at);
    return enco_cipher_crypt(context_at, context_count, mode, direction, iv_at, iv_count, input_at, input_count,
                             output_at, output_count);
}

int32_t enco_pinvoke_cipher_free(uint8_t *context, int32_t context_offset, int32_t context_count)
{
    uint8_t *context_at = NULL;
    ENCO_RESOLVE(context, context_offset, context_count, context_at);
    return enco_cipher_free(context_at, context_count);
}

int32_t enco_pinvoke_aead_init(int32_t algorithm, uint8_t *key, int32_t key_offset, int32_t key_count, uint8_t *context,
                               int32_t context_offset, int32_t context_count)
{
    uint8_t *key_at = NULL;
    uint8_t *context_at = NULL;
    ENCO_RESOLVE(key, key_offset, key_count, key_at);
    ENCO_RESOLVE(context, context_offset, context_count, context_at);
    return enco_aead_init(algorithm, key_at, key_count, context_at, context_count);
}

int32_t enco_pinvoke_aead_seal(uint8_t *context, int32_t context_offset, int32_t context_count, uint8_t *nonce,
                               int32_t nonce_offset, int32_t nonce_count, uint8_t *aad, int32_t aad_offset,
                               int32_t aad_count, uint8_t *input, int32_t input_offset, int32_t input_count,
                               uint8_t *output, int32_t output_offset, int32_t output_count)
{
    uint8_t *context_at = NULL;
    uint8_t *nonce_at = NULL;
    uint8_t *aad_at = NULL;
    uint8_t *input_at = NULL;
    uint8_t *output_at = NULL;
    ENCO_RESOLVE(context, context_offset, context_count, context_at);
    ENCO_RESOLVE(nonce, nonce_offset, nonce_count, nonce_at);
    ENCO_RESOLVE(aad, aad_offset, aad_count, aad_at);
    ENCO_RESOLVE(input, input_offset, input_count, input_at);
    ENCO_RESOLVE(output, output_offset, output_count, output_at);
    return enco_aead_seal(context_at, context_count, nonce_at, nonce_count, aad_at, aad_count, input_at, input_count,
                          output_at, output_count);
}

int32_t enco_pinvoke_aead_open(uint8_t *context, int32_t context_offset, int32_t context_count, uint8_t *nonce,
                               int32_t nonce_offset, int32_t nonce_count, uint8_t *aad, int32_t aad_offset,
                               int32_t aad_count, uint8_t *input, int32_t input_offset, int32_t input_count,
                               uint8_t *output, int32_t output_offset, int32_t output_count)
{
    uint8_t *context_at = NULL;
    uint8_t *nonce_at = NULL;
    uint8_t *aad_at = NULL;
    uint8_t *input_at = NULL;
    uint8_t *output_at = NULL;
    ENCO_RESOLVE(context, context_offset, context_count, context_at);
    ENCO_RESOLVE(nonce, nonce_offset, nonce_count, nonce_at);
    ENCO_RESOLVE(aad, aad_offset, aad_count, aad_at);
    ENCO_RESOLVE(input, input_offset, input_count, input_at);
    ENCO_RESOLVE(output, output_offset, output_count, output_at);
    return enco_aead_open(context_at, context_count, nonce_at, nonce_count, aad_at, aad_count, input_at, input_count,
                          output_at, output_count);
}

int32_t enco_pinvoke_aead_free(uint8_t *context, int32_t context_offset, int32_t context_count)
{
    uint8_t *context_at = NULL;
    ENCO_RESOLVE(context, context_offset, context_count, context_at);
    return enco_aead_free(context_at, context_count);
}

int32_t enco_pinvoke_random(uint8_t *output, int32_t output_offset, int32_t output_count)
{
    uint8_t *output_at = NULL;
    ENCO_RESOLVE(output, output_offset, output_count, output_at);
    return enco_random(output_at, output_count);
}

int32_t enco_pinvoke_random_reseed(uint8_t *additional, int32_t additional_offset, int32_t additional_count)
{
    uint8_t *additional_at = NULL;
    ENCO_RESOLVE(additional, additional_offset, additional_count, additional_at);
    return enco_random_reseed(additional_at, additional_count);
}

int32_t enco_pinvoke_deflate(int32_t level, uint8_t *input, int32_t input_offset, int32_t input_count, uint8_t *output,
                             int32_t output_offset, int32_t output_count, uint8_t *workspace, int32_t workspace_offset,
                             int32_t workspace_count)
{
    uint8_t *input_at = NULL;
    uint8_t *output_at = NULL;
    uint8_t *workspace_at = NULL;
    ENCO_RESOLVE(input, input_offset, input_count, input_at);
    ENCO_RESOLVE(output, output_offset, output_count, output_at);
    ENCO_RESOLVE(workspace, workspace_offset, workspace_count, workspace_at);
    return enco_deflate(level, input_at, input_count, output_at, output_count, workspace_at, workspace_count);
}

int32_t enco_pinvoke_inflate(uint8_t *input, int32_t input_offset, int32_t input_count, uint8_t *output,
                             int32_t output_offset, int32_t output_count, uint8_t *workspace, int32_t workspace_offset,
                             int32_t workspace_count)
{
    uint8_t *input_at = NULL;
    uint8_t *output_at = NULL;
    uint8_t *workspace_at = NULL;
    ENCO_RESOLVE(input, input_offset, input_count, input_at);
    ENCO_RESOLVE(output, output_offset, output_count, output_at);
    ENCO_RESOLVE(workspace, workspace_offset, workspace_count, workspace_at);
    return enco_inflate(input_at, input_count, output_at, output_count, workspace_at, workspace_count);
}
