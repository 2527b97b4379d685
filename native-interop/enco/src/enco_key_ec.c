/*
 * P-256 and P-384 keys (SEC 1 v2, SEC 2), for ECDSA and ECDH. A blob's body is the private
 * scalar d (big-endian, the curve size) followed by the public point Q = d*G in X9.62
 * uncompressed form, kept so that exporting the public key costs no scalar multiplication.
 */
#include <string.h>

#include <mbedtls/asn1write.h>
#include <mbedtls/platform_util.h>

#include "enco_der.h"
#include "enco_pk_internal.h"
#include "enco_pk_rng.h"

#define MAX_SIZE 48                    /* P-384 */
#define POINT_SIZE(size) (1 + 2 * (size)) /* 04 || X || Y */

static const enco_ec_curve curves[] = {
    {ENCO_KEY_EC_P256, 256, MBEDTLS_ECP_DP_SECP256R1, 32, enco_oid_secp256r1, sizeof(enco_oid_secp256r1)},
    {ENCO_KEY_EC_P384, 384, MBEDTLS_ECP_DP_SECP384R1, 48, enco_oid_secp384r1, sizeof(enco_oid_secp384r1)},
};

const enco_ec_curve *enco_ec_curve_of(int32_t type)
{
    size_t i;
    for (i = 0; i < sizeof(curves) / sizeof(curves[0]); i++)
    {
        if (curves[i].type == type)
        {
            return &curves[i];
        }
    }

    return NULL;
}

static enco_der_algorithm algorithm_of(const enco_ec_curve *curve)
{
    enco_der_algorithm algorithm = {enco_oid_ec_public_key, sizeof(enco_oid_ec_public_key), curve->oid,
                                    curve->oid_length, 0};
    return algorithm;
}

static size_t body_length_of(const enco_ec_curve *curve)
{
    return curve->size + POINT_SIZE(curve->size);
}

static int32_t ec_body_size(int32_t type, int32_t parameter)
{
    const enco_ec_curve *curve = enco_ec_curve_of(type);
    if (parameter != 0 && parameter != curve->bits)
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    return (int32_t)body_length_of(curve);
}

int enco_ec_read_public(const enco_ec_curve *curve, const mbedtls_ecp_group *group, int32_t format,
                        const uint8_t *input, size_t length, mbedtls_ecp_point *q)
{
    enco_der der;
    enco_der bits;
    enco_der_algorithm algorithm = algorithm_of(curve);

    if (format == ENCO_KEY_FORMAT_PUBLIC_SPKI)
    {
        enco_der_init(&der, input, length);
        if (enco_der_get_spki(&der, &algorithm, &bits) != 0)
        {
            return -1;
        }

        input = bits.p;
        length = (size_t)(bits.end - bits.p);
    }
    else if (format != ENCO_KEY_FORMAT_PUBLIC_RAW)
    {
        return -1;
    }

    /* Uncompressed only, of the exact length: this also refuses the one-byte infinity (00). */
    if (length != POINT_SIZE(curve->size) || input[0] != 0x04)
    {
        return -1;
    }

    /* On the curve, coordinates below p (SEC 1 3.2.2.1; the cofactor is 1). */
    return mbedtls_ecp_point_read_binary(group, q, input, length) == 0 && mbedtls_ecp_check_pubkey(group, q) == 0 ? 0 : -1;
}

/* Writes d and Q into a body. */
static int32_t write_body(const enco_ec_curve *curve, const mbedtls_ecp_group *group, const mbedtls_mpi *d,
                          const mbedtls_ecp_point *q, uint8_t *body, size_t room)
{
    size_t written = 0;

    if (room < body_length_of(curve))
    {
        return ENCO_ERR_BUFFER_TOO_SMALL;
    }

    if (mbedtls_mpi_write_binary(d, body, curve->size) != 0 ||
        mbedtls_ecp_point_write_binary(group, q, MBEDTLS_ECP_PF_UNCOMPRESSED, &written, body + curve->size,
                                       POINT_SIZE(curve->size)) != 0 ||
        written != POINT_SIZE(curve->size))
    {
        return ENCO_ERR_BACKEND;
    }

    return (int32_t)body_length_of(curve);
}

static int32_t ec_generate(int32_t type, int32_t parameter, uint8_t *body, size_t room, int32_t *parameter_out)
{
    const enco_ec_curve *curve = enco_ec_curve_of(type);
    mbedtls_ecp_group *group = NULL;
    mbedtls_mpi d;
    mbedtls_ecp_point q;
    int32_t status;
    int backend;
    (void)parameter;

    mbedtls_mpi_init(&d);
    mbedtls_ecp_point_init(&q);

    /* d uniform in [1, n-1] by rejection sampling (SEC 1 3.2.1, FIPS 186-4 B.4.2), Q = d*G. */
    group = enco_ec_group(curve);
    backend = group != NULL ? mbedtls_ecp_gen_keypair(group, &d, &q, enco_pk_rng, NULL) : MBEDTLS_ERR_ECP_ALLOC_FAILED;
    status = backend == 0 ? write_body(curve, group, &d, &q, body, room) : enco_pk_backend(backend);
    *parameter_out = curve->bits;

    mbedtls_ecp_point_free(&q);
    mbedtls_mpi_free(&d);
    return status;
}

/* d from big-endian bytes (1..size of them), checked to be in [1, n-1]; Q = d*G. */
static int32_t key_from_scalar(const enco_ec_curve *curve, mbedtls_ecp_group *group, const uint8_t *scalar,
                               size_t length, mbedtls_mpi *d, mbedtls_ecp_point *q)
{
    if (length == 0 || length > curve->size || mbedtls_mpi_read_binary(d, scalar, length) != 0 ||
        mbedtls_ecp_check_privkey(group, d) != 0)
    {
        return ENCO_ERR_KEY_FORMAT;
    }

    return enco_pk_backend(mbedtls_ecp_mul(group, q, d, &group->G, enco_pk_rng, NULL));
}

/*
 * ECPrivateKey ::= SEQUENCE { version 1, privateKey OCTET STRING, parameters [0] OPTIONAL,
 * publicKey [1] BIT STRING OPTIONAL } (RFC 5915 section 3). Given parameters must name this
 * curve and a given public key must be d*G.
 */
static int32_t parse_ec_private_key(const enco_ec_curve *curve, mbedtls_ecp_group *group, enco_der *der,
                                    mbedtls_mpi *d, mbedtls_ecp_point *q)
{
    enco_der key;
    enco_der scalar;
    enco_der field;
    enco_der point;
    uint8_t computed[POINT_SIZE(MAX_SIZE)];
    size_t written = 0;
    int32_t status;

    if (enco_der_get(der, ENCO_DER_SEQUENCE, &key) != 0 || !enco_der_at_end(der) || enco_der_expect_int(&key, 1) != 0 ||
        enco_der_get(&key, ENCO_DER_OCTET_STRING, &scalar) != 0)
    {
        return ENCO_ERR_KEY_FORMAT;
    }

    if (enco_der_peek_tag(&key) == ENCO_DER_CONTEXT(0) &&
        (enco_der_get(&key, ENCO_DER_CONTEXT(0), &field) != 0 ||
         enco_der_expect_oid(&field, curve->oid, curve->oid_length) != 0 || !enco_der_at_end(&field)))
    {
        return ENCO_ERR_KEY_FORMAT;
    }

    status = key_from_scalar(curve, group, scalar.p, (size_t)(scalar.end - scalar.p), d, q);
    if (status != ENCO_OK)
    {
        return status;
    }

    if (enco_der_peek_tag(&key) == ENCO_DER_CONTEXT(1))
    {
        if (enco_der_get(&key, ENCO_DER_CONTEXT(1), &field) != 0 || enco_der_get_bits(&field, &point) != 0 ||
            !enco_der_at_end(&field) ||
            mbedtls_ecp_point_write_binary(group, q, MBEDTLS_ECP_PF_UNCOMPRESSED, &written, computed, sizeof(computed)) != 0 ||
            (size_t)(point.end - point.p) != written || memcmp(point.p, computed, written) != 0)
        {
            return ENCO_ERR_KEY_FORMAT;
        }
    }

    return enco_der_at_end(&key) ? ENCO_OK : ENCO_ERR_KEY_FORMAT;
}

static int32_t ec_import(int32_t type, int32_t parameter, int32_t format, const uint8_t *input, size_t input_length,
                         uint8_t *body, size_t room, int32_t *parameter_out)
{
    const enco_ec_curve *curve = enco_ec_curve_of(type);
    enco_der_algorithm algorithm = algorithm_of(curve);
    mbedtls_ecp_group *group = NULL;
    mbedtls_mpi d;
    mbedtls_ecp_point q;
    enco_der der;
    enco_der inner;
    int32_t status;

    if (parameter != 0 || (format != ENCO_KEY_FORMAT_PRIVATE_RAW && format != ENCO_KEY_FORMAT_PRIVATE_PKCS8))
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    mbedtls_mpi_init(&d);
    mbedtls_ecp_point_init(&q);

    group = enco_ec_group(curve);
    status = group != NULL ? ENCO_OK : ENCO_ERR_BACKEND;
    if (status == ENCO_OK && format == ENCO_KEY_FORMAT_PRIVATE_RAW)
    {
        /* Exactly the curve size, as .NET's ECParameters.D and JWK "d" carry it. */
        status = input_length == curve->size ? key_from_scalar(curve, group, input, input_length, &d, &q)
                                             : ENCO_ERR_KEY_FORMAT;
    }
    else if (status == ENCO_OK)
    {
        enco_der_init(&der, input, input_length);
        status = enco_der_get_pkcs8(&der, &algorithm, &inner) == 0
                     ? parse_ec_private_key(curve, group, &inner, &d, &q)
                     : ENCO_ERR_KEY_FORMAT;
    }

    if (status == ENCO_OK)
    {
        status = write_body(curve, group, &d, &q, body, room);
        *parameter_out = curve->bits;
    }

    mbedtls_ecp_point_free(&q);
    mbedtls_mpi_free(&d);
    return status;
}

int32_t enco_ec_load_private(const enco_key_view *key, mbedtls_ecp_group **group, mbedtls_mpi *d)
{
    const enco_ec_curve *curve = enco_ec_curve_of(key->type);

    if (curve == NULL)
    {
        return ENCO_ERR_WRONG_KEY_TYPE;
    }

    if (key->parameter != curve->bits || key->body_length != body_length_of(curve))
    {
        return ENCO_ERR_KEY_FORMAT;
    }

    if ((*group = enco_ec_group(curve)) == NULL)
    {
        return ENCO_ERR_BACKEND;
    }

    return mbedtls_mpi_read_binary(d, key->body, curve->size) == 0 && mbedtls_ecp_check_privkey(*group, d) == 0
               ? ENCO_OK
               : ENCO_ERR_KEY_FORMAT;
}

/* The body's public point must be d*G (a key store reading back a blob). */
static int32_t ec_check(const enco_key_view *key)
{
    const enco_ec_curve *curve = enco_ec_curve_of(key->type);
    mbedtls_ecp_group *group = NULL;
    mbedtls_mpi d;
    mbedtls_ecp_point q;
    uint8_t computed[POINT_SIZE(MAX_SIZE)];
    size_t written = 0;
    int32_t status;

    mbedtls_mpi_init(&d);
    mbedtls_ecp_point_init(&q);

    status = enco_ec_load_private(key, &group, &d);
    if (status == ENCO_OK)
    {
        status = enco_pk_backend(mbedtls_ecp_mul(group, &q, &d, &group->G, enco_pk_rng, NULL));
    }

    if (status == ENCO_OK &&
        (mbedtls_ecp_point_write_binary(group, &q, MBEDTLS_ECP_PF_UNCOMPRESSED, &written, computed, sizeof(computed)) != 0 ||
         written != POINT_SIZE(curve->size) || memcmp(computed, key->body + curve->size, written) != 0))
    {
        status = ENCO_ERR_KEY_FORMAT;
    }

    mbedtls_ecp_point_free(&q);
    mbedtls_mpi_free(&d);
    return status;
}

/* Writes ECPrivateKey (version 1, d, [0] curve, [1] Q) backwards ending at *p. */
static int write_ec_private_key(const enco_ec_curve *curve, const uint8_t *body, unsigned char **p, unsigned char *start)
{
    size_t point_length = POINT_SIZE(curve->size);
    size_t length = 0;
    size_t field;
    int written;

    /* [1] BIT STRING Q */
    if ((written = mbedtls_asn1_write_bitstring(p, start, body + curve->size, point_length * 8)) < 0)
    {
        return written;
    }
    field = (size_t)written;
    if ((written = enco_der_write_header(p, start, ENCO_DER_CONTEXT(1), field)) < 0)
    {
        return written;
    }
    length += field + (size_t)written;

    /* [0] namedCurve */
    if ((written = mbedtls_asn1_write_oid(p, start, (const char *)curve->oid, curve->oid_length)) < 0)
    {
        return written;
    }
    field = (size_t)written;
    if ((written = enco_der_write_header(p, start, ENCO_DER_CONTEXT(0), field)) < 0)
    {
        return written;
    }
    length += field + (size_t)written;

    if ((written = mbedtls_asn1_write_octet_string(p, start, body, curve->size)) < 0)
    {
        return written;
    }
    length += (size_t)written;

    if ((written = mbedtls_asn1_write_int(p, start, 1)) < 0)
    {
        return written;
    }
    length += (size_t)written;

    if ((written = enco_der_write_header(p, start, ENCO_DER_SEQUENCE, length)) < 0)
    {
        return written;
    }

    return (int)(length + (size_t)written);
}

static int32_t ec_export(const enco_key_view *key, int32_t format, uint8_t *output, size_t room)
{
    const enco_ec_curve *curve = enco_ec_curve_of(key->type);
    enco_der_algorithm algorithm = algorithm_of(curve);
    size_t point_length = POINT_SIZE(curve->size);
    unsigned char *p = output + room;
    int written;

    if (key->parameter != curve->bits || key->body_length != body_length_of(curve))
    {
        return ENCO_ERR_KEY_FORMAT;
    }

    switch (format)
    {
    case ENCO_KEY_FORMAT_PUBLIC_RAW:
        memcpy(output, key->body + curve->size, point_length);
        return (int32_t)point_length;
    case ENCO_KEY_FORMAT_PUBLIC_SPKI:
        p -= point_length;
        memcpy(p, key->body + curve->size, point_length);
        written = enco_der_wrap_spki(&p, output, point_length, &algorithm);
        break;
    case ENCO_KEY_FORMAT_PRIVATE_PKCS8:
        written = write_ec_private_key(curve, key->body, &p, output);
        if (written >= 0)
        {
            written = enco_der_wrap_pkcs8(&p, output, (size_t)written, &algorithm);
        }
        break;
    default:
        return ENCO_ERR_UNSUPPORTED;
    }

    if (written < 0)
    {
        return ENCO_ERR_BACKEND;
    }

    memmove(output, p, (size_t)written);
    return written;
}

/* ECDH (SEC 1 3.3.1): the x-coordinate of d*Q. */
static int32_t ec_agree(const enco_key_view *key, int32_t peer_format, const uint8_t *peer, size_t peer_length,
                        uint8_t *secret, size_t room)
{
    const enco_ec_curve *curve = enco_ec_curve_of(key->type);
    mbedtls_ecp_group *group = NULL;
    mbedtls_mpi d;
    mbedtls_ecp_point q;
    mbedtls_ecp_point shared;
    uint8_t point[POINT_SIZE(MAX_SIZE)];
    size_t written = 0;
    int32_t status;

    if (peer_format != ENCO_KEY_FORMAT_PUBLIC_RAW && peer_format != ENCO_KEY_FORMAT_PUBLIC_SPKI)
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    mbedtls_mpi_init(&d);
    mbedtls_ecp_point_init(&q);
    mbedtls_ecp_point_init(&shared);

    status = enco_ec_load_private(key, &group, &d);
    if (status == ENCO_OK && enco_ec_read_public(curve, group, peer_format, peer, peer_length, &q) != 0)
    {
        status = ENCO_ERR_BAD_PEER_KEY;
    }

    if (status == ENCO_OK)
    {
        status = enco_pk_backend(mbedtls_ecp_mul(group, &shared, &d, &q, enco_pk_rng, NULL));
    }

    /* Cannot happen for a valid Q and d in [1, n-1] (prime order); checked all the same. */
    if (status == ENCO_OK && mbedtls_ecp_is_zero(&shared))
    {
        status = ENCO_ERR_BAD_PEER_KEY;
    }

    if (status == ENCO_OK &&
        (mbedtls_ecp_point_write_binary(group, &shared, MBEDTLS_ECP_PF_UNCOMPRESSED, &written, point, sizeof(point)) != 0 ||
         written != POINT_SIZE(curve->size)))
    {
        status = ENCO_ERR_BACKEND;
    }

    if (status == ENCO_OK)
    {
        if (room < curve->size)
        {
            status = ENCO_ERR_BUFFER_TOO_SMALL;
        }
        else
        {
            memcpy(secret, point + 1, curve->size);
            status = (int32_t)curve->size;
        }
    }

    mbedtls_platform_zeroize(point, sizeof(point));
    mbedtls_ecp_point_free(&shared);
    mbedtls_ecp_point_free(&q);
    mbedtls_mpi_free(&d);
    return status;
}

const enco_key_ops enco_key_ec = {
    ENCO_KEY_EC_P256, ec_body_size, ec_generate, ec_import, ec_check, ec_export, ec_agree,
};
