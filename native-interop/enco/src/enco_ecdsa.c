/*
 * ECDSA over P-256 and P-384 (FIPS 186-4 section 6, SEC 1 v2 section 4.1).
 *
 * Nonces are deterministic (RFC 6979): k comes from HMAC_DRBG seeded with the private key and
 * the digest, so a weak or failing random generator on the board can never leak the key through
 * a repeated or biased k, and signatures are reproducible for known-answer tests (RFC 6979
 * A.2.5, A.2.6). The random generator still blinds the scalar multiplication.
 *
 * Signatures are read strictly: DER per X.690 (no BER lengths, no padded or negative integers,
 * nothing after the SEQUENCE) or raw r || s of exactly twice the curve size; r and s must lie in
 * [1, n-1]. So each signature has exactly one accepted encoding.
 */
#include <string.h>

#include <mbedtls/asn1write.h>
#include <mbedtls/ecdsa.h>
#include <mbedtls/platform_util.h>

#include "enco_der.h"
#include "enco_args.h"
#include "enco_pk_internal.h"
#include "enco_pk_rng.h"

static int32_t check_format(int32_t signature_format)
{
    return signature_format == ENCO_ECDSA_DER || signature_format == ENCO_ECDSA_RAW ? ENCO_OK : ENCO_ERR_UNSUPPORTED;
}

/* Encodes (r, s) in the requested format into out; returns the length or a negative error. */
static int32_t encode_signature(const enco_ec_curve *curve, const mbedtls_mpi *r, const mbedtls_mpi *s,
                                int32_t signature_format, uint8_t out[ENCO_ECDSA_MAX_SIGNATURE_SIZE])
{
    unsigned char *p = out + ENCO_ECDSA_MAX_SIGNATURE_SIZE;
    size_t length = 0;
    int written;

    if (signature_format == ENCO_ECDSA_RAW)
    {
        return mbedtls_mpi_write_binary(r, out, curve->size) == 0 &&
                       mbedtls_mpi_write_binary(s, out + curve->size, curve->size) == 0
                   ? (int32_t)(2 * curve->size)
                   : ENCO_ERR_BACKEND;
    }

    if ((written = mbedtls_asn1_write_mpi(&p, out, s)) < 0)
    {
        return ENCO_ERR_BACKEND;
    }
    length += (size_t)written;

    if ((written = mbedtls_asn1_write_mpi(&p, out, r)) < 0)
    {
        return ENCO_ERR_BACKEND;
    }
    length += (size_t)written;

    if ((written = enco_der_write_header(&p, out, ENCO_DER_SEQUENCE, length)) < 0)
    {
        return ENCO_ERR_BACKEND;
    }
    length += (size_t)written;

    memmove(out, p, length);
    return (int32_t)length;
}

/* Reads (r, s); returns 0, or -1 for an encoding that is not exactly one of ours. */
static int decode_signature(const enco_ec_curve *curve, int32_t signature_format, const uint8_t *signature,
                            size_t length, mbedtls_mpi *r, mbedtls_mpi *s)
{
    enco_der der;
    enco_der sequence;
    const uint8_t *magnitude;
    size_t size;
    mbedtls_mpi *values[2];
    int i;

    if (signature_format == ENCO_ECDSA_RAW)
    {
        return length == 2 * curve->size && mbedtls_mpi_read_binary(r, signature, curve->size) == 0 &&
                       mbedtls_mpi_read_binary(s, signature + curve->size, curve->size) == 0
                   ? 0
                   : -1;
    }

    values[0] = r;
    values[1] = s;
    enco_der_init(&der, signature, length);
    if (enco_der_get(&der, ENCO_DER_SEQUENCE, &sequence) != 0 || !enco_der_at_end(&der))
    {
        return -1;
    }

    for (i = 0; i < 2; i++)
    {
        /* An integer longer than the order cannot be below it. */
        if (enco_der_get_unsigned(&sequence, &magnitude, &size) != 0 || size > curve->size ||
            mbedtls_mpi_read_binary(values[i], magnitude, size) != 0)
        {
            return -1;
        }
    }

    return enco_der_at_end(&sequence) ? 0 : -1;
}

int32_t enco_ecdsa_sign(const uint8_t *blob, int32_t blob_len, int32_t hash, const uint8_t *digest,
                        int32_t digest_len, int32_t signature_format, uint8_t *signature, int32_t signature_len)
{
    uint8_t produced[ENCO_ECDSA_MAX_SIGNATURE_SIZE];
    const enco_ec_curve *curve;
    mbedtls_md_type_t md = MBEDTLS_MD_NONE;
    mbedtls_ecp_group *group = NULL;
    mbedtls_mpi d;
    mbedtls_mpi r;
    mbedtls_mpi s;
    enco_key_view key;
    size_t size = 0;
    int32_t status;

    if ((status = enco_check_buffer(digest, digest_len)) != ENCO_OK ||
        (status = enco_check_buffer(signature, signature_len)) != ENCO_OK ||
        (status = check_format(signature_format)) != ENCO_OK)
    {
        return status;
    }

    if (enco_pk_hash(hash, &md, &size) != 0 || md == MBEDTLS_MD_NONE)
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    if ((size_t)digest_len != size)
    {
        return ENCO_ERR_BAD_LENGTH;
    }

    if ((status = enco_key_open(blob, blob_len, &key)) != ENCO_OK)
    {
        return status;
    }

    curve = enco_ec_curve_of(key.type);
    mbedtls_mpi_init(&d);
    mbedtls_mpi_init(&r);
    mbedtls_mpi_init(&s);

    status = enco_ec_load_private(&key, &group, &d);
    if (status == ENCO_OK)
    {
        status = enco_pk_backend(mbedtls_ecdsa_sign_det_ext(group, &r, &s, &d, digest, (size_t)digest_len, md,
                                                            enco_pk_rng, NULL));
    }

    if (status == ENCO_OK)
    {
        status = encode_signature(curve, &r, &s, signature_format, produced);
    }

    if (status >= 0)
    {
        status = enco_pk_deliver(produced, (size_t)status, signature, signature_len);
    }

    mbedtls_mpi_free(&s);
    mbedtls_mpi_free(&r);
    mbedtls_mpi_free(&d);
    return status;
}

int32_t enco_ecdsa_verify(int32_t type, const uint8_t *public_key, int32_t public_key_len, int32_t format,
                          const uint8_t *digest, int32_t digest_len, int32_t signature_format,
                          const uint8_t *signature, int32_t signature_len)
{
    const enco_ec_curve *curve = enco_ec_curve_of(type);
    mbedtls_ecp_group *group = NULL;
    mbedtls_ecp_point q;
    mbedtls_mpi r;
    mbedtls_mpi s;
    int32_t status;

    if ((status = enco_check_buffer(public_key, public_key_len)) != ENCO_OK ||
        (status = enco_check_buffer(digest, digest_len)) != ENCO_OK ||
        (status = enco_check_buffer(signature, signature_len)) != ENCO_OK ||
        (status = check_format(signature_format)) != ENCO_OK)
    {
        return status;
    }

    if (curve == NULL || (format != ENCO_KEY_FORMAT_PUBLIC_RAW && format != ENCO_KEY_FORMAT_PUBLIC_SPKI))
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    if (digest_len == 0)
    {
        return ENCO_ERR_BAD_LENGTH;
    }

    mbedtls_ecp_point_init(&q);
    mbedtls_mpi_init(&r);
    mbedtls_mpi_init(&s);

    group = enco_ec_group(curve);
    status = group != NULL ? ENCO_OK : ENCO_ERR_BACKEND;
    if (status == ENCO_OK &&
        enco_ec_read_public(curve, group, format, public_key, (size_t)public_key_len, &q) != 0)
    {
        status = ENCO_ERR_KEY_FORMAT;
    }

    if (status == ENCO_OK)
    {
        /* mbedtls_ecdsa_verify refuses r or s outside [1, n-1] (SEC 1 4.1.4 step 1). */
        status = decode_signature(curve, signature_format, signature, (size_t)signature_len, &r, &s) == 0 &&
                         mbedtls_ecdsa_verify(group, digest, (size_t)digest_len, &q, &r, &s) == 0
                     ? ENCO_OK
                     : ENCO_ERR_BAD_SIGNATURE;
    }

    mbedtls_mpi_free(&s);
    mbedtls_mpi_free(&r);
    mbedtls_ecp_point_free(&q);
    return status;
}
