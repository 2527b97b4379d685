/*
 * RSA keys: generation (e = 65537), PKCS#1 and PKCS#8 private keys, PKCS#1 and SPKI public keys.
 * A blob's body is the PKCS#1 RSAPrivateKey (RFC 8017 A.1.2) re-encoded by us, parsed by every
 * private-key call (about the cost of one modular inverse, see README.md).
 */
#include <string.h>

#include <mbedtls/asn1write.h>
#include <mbedtls/platform_util.h>

#include "enco_der.h"
#include "enco_pk_compat.h"
#include "enco_pk_internal.h"

#define RSA_E 65537 /* F4: RFC 8017 leaves e open; every current profile uses it */

static const enco_der_algorithm rsa_algorithm = {enco_oid_rsa_encryption, sizeof(enco_oid_rsa_encryption), NULL, 0, 1};

static int bits_supported(size_t bits)
{
    return bits >= ENCO_RSA_MIN_BITS && bits <= ENCO_RSA_MAX_BITS;
}

/* Upper bound of the DER INTEGER of a value of `bytes` bytes: tag, 3 length octets, sign byte. */
static size_t integer_bound(size_t bytes)
{
    return 1 + 3 + 1 + bytes;
}

static int32_t rsa_body_size(int32_t type, int32_t bits)
{
    size_t modulus;
    size_t half;
    (void)type;

    if (bits < ENCO_RSA_MIN_BITS || bits > ENCO_RSA_MAX_BITS || bits % 8 != 0)
    {
        return ENCO_ERR_KEY_SIZE;
    }

    modulus = (size_t)bits / 8;
    half = modulus / 2 + 1; /* generated primes have exactly bits/2 bits */

    /* SEQUENCE header, version, n, e, d, then p, q, dp, dq, qinv. */
    return (int32_t)(4 + 3 + integer_bound(modulus) + integer_bound(4) + integer_bound(modulus) + 5 * integer_bound(half));
}

/* Loads n and e from RSAPublicKey ::= SEQUENCE { modulus, publicExponent } (RFC 8017 A.1.1). */
static int32_t parse_public(enco_der *der, mbedtls_rsa_context *rsa)
{
    enco_der key;
    mbedtls_mpi n;
    mbedtls_mpi e;
    int32_t status = ENCO_ERR_KEY_FORMAT;

    mbedtls_mpi_init(&n);
    mbedtls_mpi_init(&e);

    if (enco_der_get(der, ENCO_DER_SEQUENCE, &key) == 0 && enco_der_at_end(der) && enco_der_get_mpi(&key, &n) == 0 &&
        enco_der_get_mpi(&key, &e) == 0 && enco_der_at_end(&key) && bits_supported(mbedtls_mpi_bitlen(&n)) &&
        mbedtls_rsa_import(rsa, &n, NULL, NULL, NULL, &e) == 0 && mbedtls_rsa_complete(rsa) == 0 &&
        mbedtls_rsa_check_pubkey(rsa) == 0)
    {
        status = ENCO_OK;
    }

    mbedtls_mpi_free(&n);
    mbedtls_mpi_free(&e);
    return status;
}

int32_t enco_rsa_load_public(const uint8_t *der, size_t length, int32_t format, mbedtls_rsa_context *rsa)
{
    enco_der input;
    enco_der key;

    enco_der_init(&input, der, length);
    if (format == ENCO_KEY_FORMAT_PUBLIC_RAW)
    {
        return parse_public(&input, rsa);
    }

    if (format == ENCO_KEY_FORMAT_PUBLIC_SPKI)
    {
        return enco_der_get_spki(&input, &rsa_algorithm, &key) == 0 ? parse_public(&key, rsa) : ENCO_ERR_KEY_FORMAT;
    }

    return ENCO_ERR_UNSUPPORTED;
}

/*
 * Loads RSAPrivateKey ::= SEQUENCE { version 0, n, e, d, p, q, dp, dq, qinv } (two-prime only).
 * mbedtls_rsa_complete derives the CRT values from p, q and d; the encoded ones are read to
 * check the syntax and are otherwise not trusted.
 */
static int32_t parse_private(const uint8_t *der, size_t length, mbedtls_rsa_context *rsa, size_t *bits)
{
    enco_der input;
    enco_der key;
    mbedtls_mpi values[8]; /* n e d p q dp dq qinv */
    int32_t status = ENCO_ERR_KEY_FORMAT;
    int parsed = 1;
    size_t i;

    for (i = 0; i < 8; i++)
    {
        mbedtls_mpi_init(&values[i]);
    }

    enco_der_init(&input, der, length);
    if (enco_der_get(&input, ENCO_DER_SEQUENCE, &key) != 0 || !enco_der_at_end(&input) || enco_der_expect_int(&key, 0) != 0)
    {
        parsed = 0;
    }

    for (i = 0; parsed && i < 8; i++)
    {
        parsed = enco_der_get_mpi(&key, &values[i]) == 0;
    }

    if (parsed && enco_der_at_end(&key) && bits_supported(mbedtls_mpi_bitlen(&values[0])) &&
        mbedtls_rsa_import(rsa, &values[0], &values[3], &values[4], &values[2], &values[1]) == 0 &&
        mbedtls_rsa_complete(rsa) == 0)
    {
        *bits = mbedtls_mpi_bitlen(&values[0]);
        status = ENCO_OK;
    }

    for (i = 0; i < 8; i++)
    {
        mbedtls_mpi_free(&values[i]); /* zeroizes */
    }

    return status;
}

int32_t enco_rsa_load_private(const enco_key_view *key, mbedtls_rsa_context *rsa)
{
    size_t bits = 0;

    if (key->type != ENCO_KEY_RSA)
    {
        return ENCO_ERR_WRONG_KEY_TYPE;
    }

    if (parse_private(key->body, key->body_length, rsa, &bits) != ENCO_OK || bits != (size_t)key->parameter)
    {
        return ENCO_ERR_KEY_FORMAT;
    }

    return ENCO_OK;
}

#define WRITE(expression)                                                                                         \
    do                                                                                                            \
    {                                                                                                             \
        int written_ = (expression);                                                                              \
        if (written_ < 0)                                                                                         \
        {                                                                                                         \
            result = written_;                                                                                    \
            goto cleanup;                                                                                         \
        }                                                                                                         \
        length += (size_t)written_;                                                                               \
    } while (0)

/* Writes RSAPublicKey backwards ending at *p. */
static int write_public(const mbedtls_rsa_context *rsa, unsigned char **p, unsigned char *start)
{
    mbedtls_mpi n;
    mbedtls_mpi e;
    size_t length = 0;
    int result;

    mbedtls_mpi_init(&n);
    mbedtls_mpi_init(&e);
    if ((result = mbedtls_rsa_export(rsa, &n, NULL, NULL, NULL, &e)) != 0)
    {
        goto cleanup;
    }

    WRITE(mbedtls_asn1_write_mpi(p, start, &e));
    WRITE(mbedtls_asn1_write_mpi(p, start, &n));
    WRITE(enco_der_write_header(p, start, ENCO_DER_SEQUENCE, length));
    result = (int)length;

cleanup:
    mbedtls_mpi_free(&n);
    mbedtls_mpi_free(&e);
    return result;
}

/* Writes RSAPrivateKey backwards ending at *p. */
static int write_private(const mbedtls_rsa_context *rsa, unsigned char **p, unsigned char *start)
{
    mbedtls_mpi values[8]; /* n e d p q dp dq qinv */
    size_t length = 0;
    int result;
    int i;

    for (i = 0; i < 8; i++)
    {
        mbedtls_mpi_init(&values[i]);
    }

    if ((result = mbedtls_rsa_export(rsa, &values[0], &values[3], &values[4], &values[2], &values[1])) != 0 ||
        (result = mbedtls_rsa_export_crt(rsa, &values[5], &values[6], &values[7])) != 0)
    {
        goto cleanup;
    }

    for (i = 7; i >= 0; i--)
    {
        WRITE(mbedtls_asn1_write_mpi(p, start, &values[i]));
    }

    WRITE(mbedtls_asn1_write_int(p, start, 0)); /* version two-prime */
    WRITE(enco_der_write_header(p, start, ENCO_DER_SEQUENCE, length));
    result = (int)length;

cleanup:
    for (i = 0; i < 8; i++)
    {
        mbedtls_mpi_free(&values[i]);
    }

    return result;
}

/* Runs a backwards writer over output[0..room) and moves what it wrote to the front. */
static int32_t emit(int (*writer)(const mbedtls_rsa_context *, unsigned char **, unsigned char *),
                    const mbedtls_rsa_context *rsa, int wrap_as, uint8_t *output, size_t room)
{
    unsigned char *p = output + room;
    int written = writer(rsa, &p, output);

    if (written >= 0 && wrap_as == ENCO_KEY_FORMAT_PUBLIC_SPKI)
    {
        written = enco_der_wrap_spki(&p, output, (size_t)written, &rsa_algorithm);
    }
    else if (written >= 0 && wrap_as == ENCO_KEY_FORMAT_PRIVATE_PKCS8)
    {
        written = enco_der_wrap_pkcs8(&p, output, (size_t)written, &rsa_algorithm);
    }

    if (written < 0)
    {
        /* Only a key too large for ENCO_KEY_MAX_DER_SIZE can overflow the room given. */
        return written == MBEDTLS_ERR_ASN1_BUF_TOO_SMALL ? ENCO_ERR_KEY_FORMAT : ENCO_ERR_BACKEND;
    }

    memmove(output, p, (size_t)written);
    return written;
}

static int32_t rsa_generate(int32_t type, int32_t bits, uint8_t *body, size_t room, int32_t *parameter_out)
{
    mbedtls_rsa_context rsa;
    int32_t status;
    int backend;
    (void)type;

    enco_rsa_init(&rsa);
    backend = mbedtls_rsa_gen_key(&rsa, enco_pk_rng, NULL, (unsigned int)bits, RSA_E);
    status = backend == 0 ? emit(write_private, &rsa, 0, body, room) : enco_pk_backend(backend);
    *parameter_out = bits;
    mbedtls_rsa_free(&rsa);
    return status;
}

static int32_t rsa_import(int32_t type, int32_t parameter, int32_t format, const uint8_t *input, size_t input_length,
                          uint8_t *body, size_t room, int32_t *parameter_out)
{
    mbedtls_rsa_context rsa;
    enco_der der;
    enco_der inner;
    size_t bits = 0;
    int32_t status;
    (void)type;

    if (parameter != 0)
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    enco_der_init(&der, input, input_length);
    if (format == ENCO_KEY_FORMAT_PRIVATE_PKCS1)
    {
        inner = der;
    }
    else if (format == ENCO_KEY_FORMAT_PRIVATE_PKCS8)
    {
        if (enco_der_get_pkcs8(&der, &rsa_algorithm, &inner) != 0)
        {
            return ENCO_ERR_KEY_FORMAT;
        }
    }
    else
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    enco_rsa_init(&rsa);
    status = parse_private(inner.p, (size_t)(inner.end - inner.p), &rsa, &bits);

    /* RFC 8017 3.2: n = p*q, e*d = 1 mod lambda(n), and the CRT values. */
    if (status == ENCO_OK && mbedtls_rsa_check_privkey(&rsa) != 0)
    {
        status = ENCO_ERR_KEY_FORMAT;
    }

    if (status == ENCO_OK)
    {
        *parameter_out = (int32_t)bits;
        status = emit(write_private, &rsa, 0, body, room);
    }

    mbedtls_rsa_free(&rsa);
    return status;
}

static int32_t rsa_check(const enco_key_view *key)
{
    mbedtls_rsa_context rsa;
    int32_t status;

    enco_rsa_init(&rsa);
    status = enco_rsa_load_private(key, &rsa);
    if (status == ENCO_OK && mbedtls_rsa_check_privkey(&rsa) != 0)
    {
        status = ENCO_ERR_KEY_FORMAT;
    }

    mbedtls_rsa_free(&rsa);
    return status;
}

static int32_t rsa_export(const enco_key_view *key, int32_t format, uint8_t *output, size_t room)
{
    mbedtls_rsa_context rsa;
    int32_t status;

    enco_rsa_init(&rsa);
    status = enco_rsa_load_private(key, &rsa);
    if (status == ENCO_OK)
    {
        switch (format)
        {
        case ENCO_KEY_FORMAT_PUBLIC_RAW:
            status = emit(write_public, &rsa, 0, output, room);
            break;
        case ENCO_KEY_FORMAT_PUBLIC_SPKI:
            status = emit(write_public, &rsa, ENCO_KEY_FORMAT_PUBLIC_SPKI, output, room);
            break;
        case ENCO_KEY_FORMAT_PRIVATE_PKCS1:
            status = emit(write_private, &rsa, 0, output, room);
            break;
        case ENCO_KEY_FORMAT_PRIVATE_PKCS8:
            status = emit(write_private, &rsa, ENCO_KEY_FORMAT_PRIVATE_PKCS8, output, room);
            break;
        default:
            status = ENCO_ERR_UNSUPPORTED;
            break;
        }
    }

    mbedtls_rsa_free(&rsa);
    return status;
}

const enco_key_ops enco_key_rsa = {
    ENCO_KEY_RSA, rsa_body_size, rsa_generate, rsa_import, rsa_check, rsa_export, NULL,
};
