/*
 * X25519 keys and key agreement (RFC 7748), over mbedTLS's Curve25519 Montgomery ladder. A blob's
 * body is the 32-byte scalar k exactly as generated or imported (clamped at each use, section 5)
 * followed by the public u = X25519(k, 9).
 */
#include <string.h>

#include <mbedtls/asn1write.h>
#include <mbedtls/ecp.h>
#include <mbedtls/platform_util.h>

#include "enco_der.h"
#include "enco_pk_internal.h"
#include "enco_pk_rng.h"

#define X25519_SIZE 32
#define X25519_BITS 255
#define BODY_SIZE (2 * X25519_SIZE)

static const enco_der_algorithm x25519_algorithm = {enco_oid_x25519, sizeof(enco_oid_x25519), NULL, 0, 0};
static const uint8_t base_point[X25519_SIZE] = {9};

/* decodeUCoordinate (RFC 7748 section 5): mask the top bit, then reduce mod p = 2^255 - 19.
 * Only 2^255-19 .. 2^255-1 are >= p; they become 0 .. 18. The input is public. */
static void decode_u(const uint8_t *input, uint8_t u[X25519_SIZE])
{
    int at_least_p = input[0] >= 0xED && (input[31] & 0x7F) == 0x7F;
    size_t i;

    memcpy(u, input, X25519_SIZE);
    u[31] &= 0x7F;
    for (i = 1; at_least_p && i < 31; i++)
    {
        at_least_p = u[i] == 0xFF;
    }

    if (at_least_p)
    {
        uint8_t low = (uint8_t)(u[0] - 0xED);
        memset(u, 0, X25519_SIZE);
        u[0] = low;
    }
}

/*
 * out = X25519(k, u). ENCO_ERR_BAD_PEER_KEY when u is a low-order point: mbedTLS refuses those
 * points outright, and any other all-zero output is refused too (RFC 7748 section 6.1); both
 * would give the all-zero secret.
 */
static int32_t x25519(const uint8_t *scalar, const uint8_t *peer_u, uint8_t out[X25519_SIZE])
{
    mbedtls_ecp_group group;
    mbedtls_mpi k;
    mbedtls_ecp_point u;
    mbedtls_ecp_point result;
    uint8_t clamped[X25519_SIZE];
    uint8_t decoded[X25519_SIZE];
    uint8_t produced[X25519_SIZE];
    uint8_t any = 0;
    size_t written = 0;
    int32_t status = ENCO_OK;
    int backend;
    size_t i;

    /* decodeScalar25519: clear the 3 low bits, clear bit 255, set bit 254. */
    memcpy(clamped, scalar, X25519_SIZE);
    clamped[0] &= 248;
    clamped[31] &= 127;
    clamped[31] |= 64;
    decode_u(peer_u, decoded);

    mbedtls_ecp_group_init(&group);
    mbedtls_mpi_init(&k);
    mbedtls_ecp_point_init(&u);
    mbedtls_ecp_point_init(&result);

    backend = mbedtls_ecp_group_load(&group, MBEDTLS_ECP_DP_CURVE25519);
    if (backend == 0)
    {
        backend = mbedtls_mpi_read_binary_le(&k, clamped, X25519_SIZE);
    }

    if (backend == 0)
    {
        backend = mbedtls_ecp_point_read_binary(&group, &u, decoded, X25519_SIZE);
    }

    if (backend == 0)
    {
        backend = mbedtls_ecp_mul(&group, &result, &k, &u, enco_pk_rng, NULL);
        if (backend == MBEDTLS_ERR_ECP_INVALID_KEY)
        {
            status = ENCO_ERR_BAD_PEER_KEY;
            backend = 0;
        }
    }

    if (backend == 0 && status == ENCO_OK)
    {
        backend = mbedtls_ecp_point_write_binary(&group, &result, MBEDTLS_ECP_PF_UNCOMPRESSED, &written, produced,
                                                 sizeof(produced));
        if (backend == 0 && written != X25519_SIZE)
        {
            backend = MBEDTLS_ERR_ECP_BAD_INPUT_DATA;
        }
    }

    if (backend != 0)
    {
        status = enco_pk_backend(backend);
    }

    if (status == ENCO_OK)
    {
        for (i = 0; i < X25519_SIZE; i++)
        {
            any |= produced[i];
        }

        if (any == 0)
        {
            status = ENCO_ERR_BAD_PEER_KEY;
        }
        else
        {
            memcpy(out, produced, X25519_SIZE);
        }
    }

    mbedtls_platform_zeroize(clamped, sizeof(clamped));
    mbedtls_platform_zeroize(produced, sizeof(produced));
    mbedtls_ecp_point_free(&result);
    mbedtls_ecp_point_free(&u);
    mbedtls_mpi_free(&k);
    mbedtls_ecp_group_free(&group);
    return status;
}

static int32_t x25519_body_size(int32_t type, int32_t parameter)
{
    (void)type;
    return parameter == 0 || parameter == X25519_BITS ? BODY_SIZE : ENCO_ERR_UNSUPPORTED;
}

/* Body = k || X25519(k, 9). */
static int32_t write_body(const uint8_t *scalar, uint8_t *body, size_t room, int32_t *parameter_out)
{
    int32_t status;

    if (room < BODY_SIZE)
    {
        return ENCO_ERR_BUFFER_TOO_SMALL;
    }

    status = x25519(scalar, base_point, body + X25519_SIZE);
    if (status != ENCO_OK)
    {
        return status == ENCO_ERR_BAD_PEER_KEY ? ENCO_ERR_BACKEND : status; /* 9 is not low order */
    }

    memcpy(body, scalar, X25519_SIZE);
    *parameter_out = X25519_BITS;
    return BODY_SIZE;
}

static int32_t x25519_generate(int32_t type, int32_t parameter, uint8_t *body, size_t room, int32_t *parameter_out)
{
    uint8_t scalar[X25519_SIZE];
    int32_t status;
    (void)type;
    (void)parameter;

    /* RFC 7748 section 6.1: 32 random bytes. */
    if (enco_pk_rng(NULL, scalar, sizeof(scalar)) != 0)
    {
        return ENCO_ERR_BACKEND;
    }

    status = write_body(scalar, body, room, parameter_out);
    mbedtls_platform_zeroize(scalar, sizeof(scalar));
    return status;
}

static int32_t x25519_import(int32_t type, int32_t parameter, int32_t format, const uint8_t *input,
                             size_t input_length, uint8_t *body, size_t room, int32_t *parameter_out)
{
    enco_der der;
    enco_der outer;
    enco_der scalar;
    (void)type;

    if (parameter != 0)
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    if (format == ENCO_KEY_FORMAT_PRIVATE_RAW)
    {
        return input_length == X25519_SIZE ? write_body(input, body, room, parameter_out) : ENCO_ERR_KEY_FORMAT;
    }

    if (format != ENCO_KEY_FORMAT_PRIVATE_PKCS8)
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    /* RFC 8410 section 7: CurvePrivateKey ::= OCTET STRING, inside PKCS#8's privateKey. */
    enco_der_init(&der, input, input_length);
    if (enco_der_get_pkcs8(&der, &x25519_algorithm, &outer) != 0 ||
        enco_der_get(&outer, ENCO_DER_OCTET_STRING, &scalar) != 0 || !enco_der_at_end(&outer) ||
        scalar.end - scalar.p != X25519_SIZE)
    {
        return ENCO_ERR_KEY_FORMAT;
    }

    return write_body(scalar.p, body, room, parameter_out);
}

static int32_t open_body(const enco_key_view *key)
{
    if (key->type != ENCO_KEY_X25519)
    {
        return ENCO_ERR_WRONG_KEY_TYPE;
    }

    return key->parameter == X25519_BITS && key->body_length == BODY_SIZE ? ENCO_OK : ENCO_ERR_KEY_FORMAT;
}

static int32_t x25519_check(const enco_key_view *key)
{
    uint8_t public_u[X25519_SIZE];
    int32_t status = open_body(key);

    if (status == ENCO_OK)
    {
        status = x25519(key->body, base_point, public_u);
    }

    if (status == ENCO_OK && memcmp(public_u, key->body + X25519_SIZE, X25519_SIZE) != 0)
    {
        status = ENCO_ERR_KEY_FORMAT;
    }

    return status;
}

static int32_t x25519_export(const enco_key_view *key, int32_t format, uint8_t *output, size_t room)
{
    unsigned char *p = output + room;
    int written;
    int32_t status = open_body(key);

    if (status != ENCO_OK)
    {
        return status;
    }

    switch (format)
    {
    case ENCO_KEY_FORMAT_PUBLIC_RAW:
        memcpy(output, key->body + X25519_SIZE, X25519_SIZE);
        return X25519_SIZE;
    case ENCO_KEY_FORMAT_PUBLIC_SPKI:
        p -= X25519_SIZE;
        memcpy(p, key->body + X25519_SIZE, X25519_SIZE);
        written = enco_der_wrap_spki(&p, output, X25519_SIZE, &x25519_algorithm);
        break;
    case ENCO_KEY_FORMAT_PRIVATE_PKCS8:
        written = mbedtls_asn1_write_octet_string(&p, output, key->body, X25519_SIZE);
        if (written >= 0)
        {
            written = enco_der_wrap_pkcs8(&p, output, (size_t)written, &x25519_algorithm);
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

static int32_t x25519_agree(const enco_key_view *key, int32_t peer_format, const uint8_t *peer, size_t peer_length,
                            uint8_t *secret, size_t room)
{
    enco_der der;
    enco_der bits;
    int32_t status = open_body(key);

    if (status != ENCO_OK)
    {
        return status;
    }

    if (peer_format == ENCO_KEY_FORMAT_PUBLIC_SPKI)
    {
        enco_der_init(&der, peer, peer_length);
        if (enco_der_get_spki(&der, &x25519_algorithm, &bits) != 0)
        {
            return ENCO_ERR_BAD_PEER_KEY;
        }

        peer = bits.p;
        peer_length = (size_t)(bits.end - bits.p);
    }
    else if (peer_format != ENCO_KEY_FORMAT_PUBLIC_RAW)
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    if (peer_length != X25519_SIZE)
    {
        return ENCO_ERR_BAD_PEER_KEY;
    }

    if (room < X25519_SIZE)
    {
        return ENCO_ERR_BUFFER_TOO_SMALL;
    }

    status = x25519(key->body, peer, secret);
    return status == ENCO_OK ? X25519_SIZE : status;
}

const enco_key_ops enco_key_x25519 = {
    ENCO_KEY_X25519, x25519_body_size, x25519_generate, x25519_import, x25519_check, x25519_export, x25519_agree,
};
