/*
 * PBKDF2 (RFC 8018 section 5.2) over the hash family's ops, with no allocation.
 *
 *   DK = T_1 || T_2 || ...,  T_i = U_1 ^ U_2 ^ ... ^ U_c
 *   U_1 = HMAC(P, S || INT(i)),  U_j = HMAC(P, U_{j-1})
 *
 * HMAC(P, m) = H((K0 ^ opad) || H((K0 ^ ipad) || m)). The states after the first block of each
 * pad do not depend on m, so they are computed once per call and cloned for every HMAC: one
 * compression for the inner hash of a U and one for the outer, instead of four. (On chips whose
 * SHA accelerator cannot load a saved state, such as the original ESP32, ESP-IDF continues a
 * clone in software; see src/Router.Enco/Pbkdf2.cs for the figures.)
 */
#include "enco_pbkdf2.h"

#include <string.h>

#include "enco_args.h"
#include "enco_hmac_core.h"

#define PBKDF2_IPAD 0x36
#define PBKDF2_OPAD 0x5C

/* Everything secret lives here, on the stack, and is wiped in one go. */
typedef struct pbkdf2_work
{
    enco_hmac_core key;           /* K0 (the password, or its hash when longer than a block) */
    enco_hash_state_buffer inner; /* state after K0 ^ ipad */
    enco_hash_state_buffer outer; /* state after K0 ^ opad */
    enco_hash_state_buffer run;   /* the hash being computed */
    uint8_t block[ENCO_HASH_MAX_BLOCK_SIZE];
    uint8_t u[ENCO_HASH_MAX_DIGEST_SIZE];
    uint8_t t[ENCO_HASH_MAX_DIGEST_SIZE];
} pbkdf2_work;

/* Starts `state` over the block K0 ^ pad. */
static int start_pad(pbkdf2_work *work, void *state, uint8_t pad)
{
    const enco_hash_ops *ops = work->key.ops;
    size_t size = (size_t)ops->block_size;
    size_t i;
    int status;

    for (i = 0; i < size; i++)
    {
        work->block[i] = (uint8_t)(work->key.key_block[i] ^ pad);
    }

    status = ops->start(state);
    if (status == 0)
    {
        status = ops->update(state, work->block, size);
    }

    if (status != 0)
    {
        ops->release(state);
    }

    return status;
}

/* Continues a clone of `from` with up to two pieces, finishes it into `digest` and releases it. */
static int hash_from(pbkdf2_work *work, const void *from, const uint8_t *a, size_t a_len, const uint8_t *b,
                     size_t b_len, uint8_t *digest)
{
    const enco_hash_ops *ops = work->key.ops;
    int status = 0;

    ops->clone(work->run.bytes, from);
    if (a_len > 0)
    {
        status = ops->update(work->run.bytes, a, a_len);
    }

    if (status == 0 && b_len > 0)
    {
        status = ops->update(work->run.bytes, b, b_len);
    }

    if (status == 0)
    {
        status = ops->finish(work->run.bytes, digest);
    }

    ops->release(work->run.bytes);
    return status;
}

/* U = HMAC(P, a || b) with the keyed pads; U may be a. */
static int hmac_keyed(pbkdf2_work *work, const uint8_t *a, size_t a_len, const uint8_t *b, size_t b_len, uint8_t *u)
{
    uint8_t inner_digest[ENCO_HASH_MAX_DIGEST_SIZE];
    int status = hash_from(work, work->inner.bytes, a, a_len, b, b_len, inner_digest);
    if (status == 0)
    {
        status = hash_from(work, work->outer.bytes, inner_digest, (size_t)work->key.ops->digest_size, NULL, 0, u);
    }

    enco_wipe(inner_digest, sizeof(inner_digest));
    return status;
}

/* T_i into work->t. */
static int derive_block(pbkdf2_work *work, const uint8_t *salt, size_t salt_len, uint32_t index, int32_t iterations)
{
    size_t digest = (size_t)work->key.ops->digest_size;
    uint8_t counter[4];
    int32_t j;
    size_t k;
    int status;

    counter[0] = (uint8_t)(index >> 24);
    counter[1] = (uint8_t)(index >> 16);
    counter[2] = (uint8_t)(index >> 8);
    counter[3] = (uint8_t)index;

    status = hmac_keyed(work, salt, salt_len, counter, sizeof(counter), work->u);
    if (status == 0)
    {
        memcpy(work->t, work->u, digest);
    }

    for (j = 2; status == 0 && j <= iterations; j++)
    {
        status = hmac_keyed(work, work->u, digest, NULL, 0, work->u);
        for (k = 0; k < digest; k++)
        {
            work->t[k] = (uint8_t)(work->t[k] ^ work->u[k]);
        }
    }

    return status;
}

int32_t enco_pbkdf2(int32_t hash, const uint8_t *password, int32_t password_len, const uint8_t *salt,
                    int32_t salt_len, int32_t iterations, uint8_t *output, int32_t output_len)
{
    pbkdf2_work work;
    const enco_hash_ops *ops;
    size_t done = 0;
    uint32_t index = 0;
    int pads_started = 0;
    int32_t status;
    int backend;

    if ((status = enco_check_buffer(password, password_len)) != ENCO_OK ||
        (status = enco_check_buffer(salt, salt_len)) != ENCO_OK ||
        (status = enco_check_buffer(output, output_len)) != ENCO_OK)
    {
        return status;
    }

    if (output_len == 0)
    {
        return ENCO_ERR_BAD_LENGTH; /* RFC 8018: dkLen is a positive integer */
    }

    if ((status = enco_check_disjoint(output, output_len, password, password_len)) != ENCO_OK ||
        (status = enco_check_disjoint(output, output_len, salt, salt_len)) != ENCO_OK)
    {
        return status;
    }

    if ((ops = enco_hash_find(hash)) == NULL)
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    if (iterations < 1 || iterations > ENCO_PBKDF2_MAX_ITERATIONS || output_len > ENCO_PBKDF2_MAX_OUTPUT)
    {
        return ENCO_ERR_LIMIT;
    }

    backend = enco_hmac_core_key(&work.key, ops, password, (size_t)password_len);
    if (backend == 0)
    {
        backend = start_pad(&work, work.inner.bytes, PBKDF2_IPAD);
        if (backend == 0)
        {
            backend = start_pad(&work, work.outer.bytes, PBKDF2_OPAD);
            if (backend != 0)
            {
                ops->release(work.inner.bytes);
            }

            pads_started = backend == 0;
        }
    }

    while (backend == 0 && done < (size_t)output_len)
    {
        size_t take = (size_t)output_len - done;
        if (take > (size_t)ops->digest_size)
        {
            take = (size_t)ops->digest_size;
        }

        index++;
        backend = derive_block(&work, salt, (size_t)salt_len, index, iterations);
        if (backend == 0)
        {
            memcpy(output + done, work.t, take);
            done += take;
        }
    }

    if (pads_started)
    {
        /* Give back whatever the pads hold (an accelerator on the ESP32). */
        ops->release(work.inner.bytes);
        ops->release(work.outer.bytes);
    }

    enco_wipe(&work, sizeof(work));
    if (backend != 0)
    {
        enco_wipe(output, (size_t)output_len); /* no partial key material on failure */
        return ENCO_ERR_BACKEND;
    }

    return ENCO_OK;
}
