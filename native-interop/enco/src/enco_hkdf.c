/* HKDF (RFC 5869) over the engine's HMAC: extract and expand, no allocation. */
#include <string.h>

#include "enco_args.h"
#include "enco_hmac_core.h"
#include "enco_symmetric.h"

int32_t enco_hkdf_extract(int32_t hash, const uint8_t *salt, int32_t salt_len, const uint8_t *ikm, int32_t ikm_len,
                          uint8_t *prk, int32_t prk_len)
{
    static const uint8_t no_salt[ENCO_HASH_MAX_DIGEST_SIZE] = {0};
    enco_hmac_core core;
    uint8_t result[ENCO_HASH_MAX_DIGEST_SIZE];
    const enco_hash_ops *ops;
    int32_t status;
    int backend;

    if ((status = enco_check_buffer(salt, salt_len)) != ENCO_OK ||
        (status = enco_check_buffer(ikm, ikm_len)) != ENCO_OK ||
        (status = enco_check_buffer(prk, prk_len)) != ENCO_OK)
    {
        return status;
    }

    if ((ops = enco_hash_find(hash)) == NULL)
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    if (prk_len < ops->digest_size)
    {
        return ENCO_ERR_BUFFER_TOO_SMALL;
    }

    /* Section 2.2: "if not provided, [salt] is set to a string of HashLen zeros" (the same
       HMAC key as an empty one, spelled out as the RFC does). */
    if (salt_len == 0)
    {
        salt = no_salt;
        salt_len = ops->digest_size;
    }

    backend = enco_hmac_core_key(&core, ops, salt, (size_t)salt_len);
    if (backend == 0)
    {
        backend = enco_hmac_core_compute(&core, ikm, (size_t)ikm_len, NULL, 0, NULL, 0, result);
    }

    if (backend == 0)
    {
        memcpy(prk, result, (size_t)ops->digest_size);
    }

    enco_wipe(&core, sizeof(core));
    enco_wipe(result, sizeof(result));
    return backend == 0 ? ENCO_OK : ENCO_ERR_BACKEND;
}

int32_t enco_hkdf_expand(int32_t hash, const uint8_t *prk, int32_t prk_len, const uint8_t *info, int32_t info_len,
                         uint8_t *okm, int32_t okm_len)
{
    enco_hmac_core core;
    uint8_t block[ENCO_HASH_MAX_DIGEST_SIZE]; /* T(i) */
    const enco_hash_ops *ops;
    size_t digest;
    size_t done = 0;
    uint8_t counter = 0;
    int32_t status;
    int backend;

    if ((status = enco_check_buffer(prk, prk_len)) != ENCO_OK ||
        (status = enco_check_buffer(info, info_len)) != ENCO_OK ||
        (status = enco_check_buffer(okm, okm_len)) != ENCO_OK ||
        (status = enco_check_disjoint(okm, okm_len, prk, prk_len)) != ENCO_OK ||
        (status = enco_check_disjoint(okm, okm_len, info, info_len)) != ENCO_OK)
    {
        return status;
    }

    if ((ops = enco_hash_find(hash)) == NULL)
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    digest = (size_t)ops->digest_size;
    if (prk_len < ops->digest_size)
    {
        return ENCO_ERR_BAD_KEY; /* section 2.3: "a pseudorandom key of at least HashLen octets" */
    }

    if ((size_t)okm_len > 255 * digest)
    {
        return ENCO_ERR_LIMIT; /* section 2.3: L <= 255 * HashLen */
    }

    backend = enco_hmac_core_key(&core, ops, prk, (size_t)prk_len);
    while (backend == 0 && done < (size_t)okm_len)
    {
        size_t take;

        /* T(i) = HMAC(PRK, T(i-1) || info || i), T(0) empty. */
        counter++;
        backend = enco_hmac_core_compute(&core, block, counter == 1 ? 0 : digest, info, (size_t)info_len,
                                         &counter, 1, block);
        take = (size_t)okm_len - done < digest ? (size_t)okm_len - done : digest;
        if (backend == 0)
        {
            memcpy(okm + done, block, take);
            done += take;
        }
    }

    enco_wipe(&core, sizeof(core));
    enco_wipe(block, sizeof(block));
    if (backend != 0)
    {
        enco_wipe(okm, (size_t)okm_len); /* no partial key material on failure */
        return ENCO_ERR_BACKEND;
    }

    return ENCO_OK;
}
