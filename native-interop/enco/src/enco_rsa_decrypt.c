/*
 * RSAES-PKCS1-v1_5 decryption (RFC 8017 7.2.2), explicit and with implicit rejection.
 *
 * Why implicit rejection: a decryptor that lets an attacker tell "bad padding" from "good
 * padding" - by an error, an alert, a log line or its timing - decrypts any ciphertext for them
 * in about a million queries (Bleichenbacher 1998; ROBOT 2017; Marvin 2023). So for protocols
 * (IKEv1 public-key encryption authentication, RFC 2409 5.2) the padding check runs in constant
 * time and a bad ciphertext yields bytes of the expected length anyway, derived from the private
 * key and the ciphertext: deterministic, so that sending the same ciphertext twice cannot reveal
 * which case happened (a fresh random answer each time would), and unpredictable without the key.
 * The protocol then fails later, indistinguishably from a wrong key. The derivation follows the
 * shape of the IETF CFRG's implicit-rejection drafts (draft-irtf-cfrg-rsa-guidance):
 *   kdk = HMAC-SHA-256(SHA-256(private key DER), ciphertext)
 *   R   = HMAC-SHA-256(kdk, i || "message" || L) for i = 0, 1, ... (2-byte big-endian i and L)
 * with the length L fixed by the caller, as in TLS 1.2's premaster secret (RFC 5246 7.4.7.1).
 *
 * enco_rsa_decrypt reports bad padding and exists for tests (Wycheproof's "invalid" cases) and for
 * callers where no attacker observes the outcome.
 */
#include <string.h>

#include <mbedtls/md.h>
#include <mbedtls/platform_util.h>
#include <mbedtls/rsa.h>

#include "enco_pk_compat.h"
#include "enco_args.h"
#include "enco_pk_internal.h"
#include "enco_pk_rng.h"

#define MAX_MODULUS_SIZE (ENCO_RSA_MAX_BITS / 8)
#define MIN_PADDING 8 /* PS is at least 8 bytes (RFC 8017 7.2.1 step 2) */
#define SIZE_BITS (sizeof(size_t) * 8)

/* Constant-time helpers on size_t: no branch and no table index depends on their arguments. */
static size_t ct_is_nonzero(size_t x)
{
    return (x | (0u - x)) >> (SIZE_BITS - 1);
}

static size_t ct_less(size_t a, size_t b) /* both below 2^(SIZE_BITS - 1) */
{
    return (a - b) >> (SIZE_BITS - 1);
}

static size_t ct_mask(size_t bit) /* 1 -> all ones, 0 -> 0 */
{
    return 0u - bit;
}

/*
 * Checks EM = 00 || 02 || PS || 00 || M with PS at least 8 non-zero bytes, in time that depends
 * only on k. Returns all ones when well formed, else 0; *message_length is k - (index of the
 * separator) - 1, meaningful only when well formed.
 */
static size_t unpad(const uint8_t *em, size_t k, size_t *message_length)
{
    size_t bad = ct_is_nonzero((size_t)em[0] | ((size_t)em[1] ^ 2u));
    size_t found = 0;
    size_t separator = 0;
    size_t i;

    for (i = 2; i < k; i++)
    {
        size_t is_zero = ct_is_nonzero(em[i]) ^ 1u;
        separator |= ct_mask(is_zero & (found ^ 1u)) & i;
        found |= is_zero;
    }

    bad |= (found ^ 1u) | ct_less(separator, 2 + MIN_PADDING);
    *message_length = k - separator - 1;
    return ct_mask(bad ^ 1u);
}

/* The synthetic message: length bytes derived from the key body and the ciphertext. */
static int synthetic_message(const enco_key_view *key, const uint8_t *ciphertext, size_t k, uint8_t *output,
                             size_t length)
{
    static const char label[] = "message";
    const mbedtls_md_info_t *sha256 = mbedtls_md_info_from_type(MBEDTLS_MD_SHA256);
    uint8_t key_hash[32];
    uint8_t kdk[32];
    uint8_t block[32];
    uint8_t input[2 + sizeof(label) - 1 + 2];
    size_t done = 0;
    uint16_t counter = 0;
    int result;

    input[2 + sizeof(label) - 1] = (uint8_t)(length >> 8);
    input[2 + sizeof(label)] = (uint8_t)length;
    memcpy(input + 2, label, sizeof(label) - 1);

    result = mbedtls_md(sha256, key->body, key->body_length, key_hash);
    if (result == 0)
    {
        result = mbedtls_md_hmac(sha256, key_hash, sizeof(key_hash), ciphertext, k, kdk);
    }

    while (result == 0 && done < length)
    {
        size_t take = length - done < sizeof(block) ? length - done : sizeof(block);
        input[0] = (uint8_t)(counter >> 8);
        input[1] = (uint8_t)counter;
        result = mbedtls_md_hmac(sha256, kdk, sizeof(kdk), input, sizeof(input), block);
        memcpy(output + done, block, take);
        done += take;
        counter++;
    }

    mbedtls_platform_zeroize(key_hash, sizeof(key_hash));
    mbedtls_platform_zeroize(kdk, sizeof(kdk));
    mbedtls_platform_zeroize(block, sizeof(block));
    return result;
}

/* No expected length: the explicit API. */
#define ANY_LENGTH ((size_t)-1)

/*
 * Common part: loads the key, refuses an expected length no PKCS#1 v1.5 message can have, and
 * ciphertexts that are not k bytes or not below n (public facts), then computes EM = c^d mod n
 * (blinded by mbedTLS) into em.
 */
static int32_t decrypt_raw(const uint8_t *blob, int32_t blob_len, const uint8_t *ciphertext, int32_t ciphertext_len,
                           size_t expected, enco_key_view *key, uint8_t *em, size_t *k)
{
    mbedtls_rsa_context rsa;
    mbedtls_mpi c;
    mbedtls_mpi n;
    int32_t status;

    if ((status = enco_check_buffer(ciphertext, ciphertext_len)) != ENCO_OK ||
        (status = enco_key_open(blob, blob_len, key)) != ENCO_OK)
    {
        return status;
    }

    enco_rsa_init(&rsa);
    mbedtls_mpi_init(&c);
    mbedtls_mpi_init(&n);

    status = enco_rsa_load_private(key, &rsa);
    *k = mbedtls_rsa_get_len(&rsa);

    if (status == ENCO_OK && expected != ANY_LENGTH && expected + 11 > *k)
    {
        status = ENCO_ERR_BAD_LENGTH; /* RFC 8017 7.2.1: at most k - 11 bytes */
    }

    if (status == ENCO_OK && (size_t)ciphertext_len != *k)
    {
        status = ENCO_ERR_DECRYPT_FAILED; /* RFC 8017 7.2.2 step 1 */
    }

    if (status == ENCO_OK &&
        (mbedtls_mpi_read_binary(&c, ciphertext, *k) != 0 || mbedtls_rsa_export(&rsa, &n, NULL, NULL, NULL, NULL) != 0))
    {
        status = ENCO_ERR_BACKEND;
    }

    if (status == ENCO_OK && mbedtls_mpi_cmp_mpi(&c, &n) >= 0)
    {
        status = ENCO_ERR_DECRYPT_FAILED; /* "ciphertext representative out of range", RFC 8017 5.1.2 */
    }

    if (status == ENCO_OK)
    {
        status = enco_pk_backend(mbedtls_rsa_private(&rsa, enco_pk_rng, NULL, ciphertext, em));
    }

    mbedtls_mpi_free(&n);
    mbedtls_mpi_free(&c);
    mbedtls_rsa_free(&rsa);
    return status;
}

int32_t enco_rsa_decrypt(const uint8_t *blob, int32_t blob_len, const uint8_t *ciphertext, int32_t ciphertext_len,
                         uint8_t *message, int32_t message_len)
{
    uint8_t em[MAX_MODULUS_SIZE];
    enco_key_view key;
    size_t k = 0;
    size_t length = 0;
    int32_t status;

    if ((status = enco_check_buffer(message, message_len)) != ENCO_OK)
    {
        return status;
    }

    status = decrypt_raw(blob, blob_len, ciphertext, ciphertext_len, ANY_LENGTH, &key, em, &k);
    if (status == ENCO_OK)
    {
        status = unpad(em, k, &length) != 0 ? enco_pk_deliver(em + k - length, length, message, message_len)
                                             : ENCO_ERR_DECRYPT_FAILED;
    }

    mbedtls_platform_zeroize(em, sizeof(em));
    return status;
}

int32_t enco_rsa_decrypt_implicit(const uint8_t *blob, int32_t blob_len, const uint8_t *ciphertext,
                                  int32_t ciphertext_len, uint8_t *message, int32_t message_len)
{
    uint8_t em[MAX_MODULUS_SIZE];
    uint8_t synthetic[MAX_MODULUS_SIZE];
    enco_key_view key;
    size_t expected = (size_t)message_len;
    size_t k = 0;
    size_t length = 0;
    size_t good;
    int32_t status;
    size_t i;

    if ((status = enco_check_buffer(message, message_len)) != ENCO_OK)
    {
        return status;
    }

    status = decrypt_raw(blob, blob_len, ciphertext, ciphertext_len, expected, &key, em, &k);
    if (status == ENCO_OK)
    {
        status = enco_pk_backend(synthetic_message(&key, ciphertext, k, synthetic, expected));
    }

    if (status == ENCO_OK)
    {
        /* Well formed and of the expected length, decided and applied without a branch. */
        good = unpad(em, k, &length);
        good &= ct_mask(ct_is_nonzero(length ^ expected) ^ 1u);
        for (i = 0; i < expected; i++)
        {
            message[i] = (uint8_t)((em[k - expected + i] & good) | (synthetic[i] & ~good));
        }

        status = ENCO_OK;
    }

    mbedtls_platform_zeroize(em, sizeof(em));
    mbedtls_platform_zeroize(synthetic, sizeof(synthetic));
    return status;
}
