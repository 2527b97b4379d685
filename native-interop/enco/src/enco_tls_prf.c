/*
 * The TLS 1.2 PRF (RFC 5246 section 5) over the engine's HMAC:
 *   PRF(secret, label, seed) = P_hash(secret, label || seed)
 *   P_hash(secret, s) = HMAC(secret, A(1) || s) || HMAC(secret, A(2) || s) || ...
 *   A(0) = s, A(i) = HMAC(secret, A(i-1))
 * with SHA-256 (RFC 5246) or SHA-384 (the *_SHA384 suites of RFC 5289).
 */
#include <string.h>

#include "enco_args.h"
#include "enco_hmac_core.h"
#include "enco_symmetric.h"

int32_t enco_tls12_prf(int32_t hash, const uint8_t *secret, int32_t secret_len, const uint8_t *label,
                       int32_t label_len, const uint8_t *seed, int32_t seed_len, uint8_t *out, int32_t out_len)
{
    enco_hmac_core core;
    uint8_t a[ENCO_HASH_MAX_DIGEST_SIZE];
    uint8_t block[ENCO_HASH_MAX_DIGEST_SIZE];
    const enco_hash_ops *ops;
    size_t digest;
    size_t done = 0;
    int32_t status;
    int backend;

    if ((status = enco_check_buffer(secret, secret_len)) != ENCO_OK ||
        (status = enco_check_buffer(label, label_len)) != ENCO_OK ||
        (status = enco_check_buffer(seed, seed_len)) != ENCO_OK ||
        (status = enco_check_buffer(out, out_len)) != ENCO_OK ||
        (status = enco_check_disjoint(out, out_len, secret, secret_len)) != ENCO_OK ||
        (status = enco_check_disjoint(out, out_len, label, label_len)) != ENCO_OK ||
        (status = enco_check_disjoint(out, out_len, seed, seed_len)) != ENCO_OK)
    {
        return status;
    }

    if (hash != ENCO_HASH_SHA256 && hash != ENCO_HASH_SHA384)
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    ops = enco_hash_find(hash);
    digest = (size_t)ops->digest_size;

    backend = enco_hmac_core_key(&core, ops, secret, (size_t)secret_len);
    if (backend == 0)
    {
        backend = enco_hmac_core_compute(&core, label, (size_t)label_len, seed, (size_t)seed_len, NULL, 0, a); /* A(1) */
    }

    while (backend == 0 && done < (size_t)out_len)
    {
        size_t take = (size_t)out_len - done < digest ? (size_t)out_len - done : digest;

        backend = enco_hmac_core_compute(&core, a, digest, label, (size_t)label_len, seed, (size_t)seed_len, block);
        if (backend == 0)
        {
            memcpy(out + done, block, take);
            done += take;
            backend = enco_hmac_core_compute(&core, a, digest, NULL, 0, NULL, 0, a); /* A(i+1) */
        }
    }

    enco_wipe(&core, sizeof(core));
    enco_wipe(a, sizeof(a));
    enco_wipe(block, sizeof(block));
    if (backend != 0)
    {
        enco_wipe(out, (size_t)out_len);
        return ENCO_ERR_BACKEND;
    }

    return ENCO_OK;
}
