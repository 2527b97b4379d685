/*
 * Finite-field Diffie-Hellman over the MODP groups (enco_dh_groups.h), for IKEv1 peers. A blob's
 * parameter is the group number; its body is the private exponent x and the public value
 * y = 2^x mod p, both big-endian and padded to the modulus size.
 *
 * Side channels: mbedtls_mpi_exp_mod uses a fixed window with constant-time table lookups, but
 * its running time still follows the exponent's length and windows; generated exponents all have
 * their top bit set, so at least the length is the same for every key of a group.
 */
#include <string.h>

#include <mbedtls/bignum.h>
#include <mbedtls/platform_util.h>

#include "enco_dh_groups.h"
#include "enco_pk_internal.h"
#include "enco_pk_rng.h"

static int32_t dh_body_size(int32_t type, int32_t parameter)
{
    const enco_dh_group *group = enco_dh_group_of(parameter);
    (void)type;
    return group != NULL ? (int32_t)(2 * group->size) : ENCO_ERR_UNSUPPORTED;
}

/* 1 < value < p - 1: refuses 0, 1 and p - 1 (order 1 or 2) and anything not reduced
 * (SP 800-56A rev. 3 5.6.2.3.1 for a peer's y; the same bound keeps x away from trivial values). */
static int in_open_range(const mbedtls_mpi *value, const mbedtls_mpi *p)
{
    mbedtls_mpi p_minus_1;
    int inside;

    mbedtls_mpi_init(&p_minus_1);
    inside = mbedtls_mpi_sub_int(&p_minus_1, p, 1) == 0 && mbedtls_mpi_cmp_int(value, 1) > 0 &&
             mbedtls_mpi_cmp_mpi(value, &p_minus_1) < 0;
    mbedtls_mpi_free(&p_minus_1);
    return inside;
}

/* body = x || 2^x mod p, each the modulus size. */
static int32_t write_body(const enco_dh_group *group, const mbedtls_mpi *x, uint8_t *body, size_t room)
{
    mbedtls_mpi p;
    mbedtls_mpi g;
    mbedtls_mpi y;
    int32_t status = ENCO_OK;

    if (room < 2 * group->size)
    {
        return ENCO_ERR_BUFFER_TOO_SMALL;
    }

    mbedtls_mpi_init(&p);
    mbedtls_mpi_init(&g);
    mbedtls_mpi_init(&y);

    if (mbedtls_mpi_read_binary(&p, group->prime, group->size) != 0 || mbedtls_mpi_lset(&g, ENCO_DH_GENERATOR) != 0 ||
        mbedtls_mpi_exp_mod(&y, &g, x, &p, NULL) != 0 || mbedtls_mpi_write_binary(x, body, group->size) != 0 ||
        mbedtls_mpi_write_binary(&y, body + group->size, group->size) != 0)
    {
        status = ENCO_ERR_BACKEND;
    }

    mbedtls_mpi_free(&y);
    mbedtls_mpi_free(&g);
    mbedtls_mpi_free(&p);
    return status == ENCO_OK ? (int32_t)(2 * group->size) : status;
}

static int32_t dh_generate(int32_t type, int32_t parameter, uint8_t *body, size_t room, int32_t *parameter_out)
{
    const enco_dh_group *group = enco_dh_group_of(parameter);
    mbedtls_mpi x;
    int32_t status;
    (void)type;

    mbedtls_mpi_init(&x);

    /* exponent_bits random bits with the top one set: always far below q = (p-1)/2. */
    if (mbedtls_mpi_fill_random(&x, group->exponent_bits / 8, enco_pk_rng, NULL) != 0 ||
        mbedtls_mpi_set_bit(&x, group->exponent_bits - 1, 1) != 0)
    {
        status = ENCO_ERR_BACKEND;
    }
    else
    {
        status = write_body(group, &x, body, room);
    }

    *parameter_out = parameter;
    mbedtls_mpi_free(&x);
    return status;
}

/* PRIVATE_RAW: x big-endian, 1 < x < p - 1 (for known-answer tests and interoperability checks). */
static int32_t dh_import(int32_t type, int32_t parameter, int32_t format, const uint8_t *input, size_t input_length,
                         uint8_t *body, size_t room, int32_t *parameter_out)
{
    const enco_dh_group *group = enco_dh_group_of(parameter);
    mbedtls_mpi p;
    mbedtls_mpi x;
    int32_t status = ENCO_ERR_KEY_FORMAT;
    (void)type;

    if (group == NULL || format != ENCO_KEY_FORMAT_PRIVATE_RAW)
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    mbedtls_mpi_init(&p);
    mbedtls_mpi_init(&x);

    if (input_length > 0 && input_length <= group->size && mbedtls_mpi_read_binary(&p, group->prime, group->size) == 0 &&
        mbedtls_mpi_read_binary(&x, input, input_length) == 0 && in_open_range(&x, &p))
    {
        status = write_body(group, &x, body, room);
        *parameter_out = parameter;
    }

    mbedtls_mpi_free(&x);
    mbedtls_mpi_free(&p);
    return status;
}

/* Loads a blob's group, p and x. */
static int32_t load(const enco_key_view *key, const enco_dh_group **group, mbedtls_mpi *p, mbedtls_mpi *x)
{
    if (key->type != ENCO_KEY_DH)
    {
        return ENCO_ERR_WRONG_KEY_TYPE;
    }

    *group = enco_dh_group_of(key->parameter);
    if (*group == NULL || key->body_length != 2 * (*group)->size)
    {
        return ENCO_ERR_KEY_FORMAT;
    }

    if (mbedtls_mpi_read_binary(p, (*group)->prime, (*group)->size) != 0 ||
        mbedtls_mpi_read_binary(x, key->body, (*group)->size) != 0)
    {
        return ENCO_ERR_BACKEND;
    }

    return in_open_range(x, p) ? ENCO_OK : ENCO_ERR_KEY_FORMAT;
}

static int32_t dh_check(const enco_key_view *key)
{
    const enco_dh_group *group = NULL;
    uint8_t body[2 * ENCO_DH_MAX_SIZE];
    mbedtls_mpi p;
    mbedtls_mpi x;
    int32_t status;

    mbedtls_mpi_init(&p);
    mbedtls_mpi_init(&x);

    status = load(key, &group, &p, &x);
    if (status == ENCO_OK)
    {
        status = write_body(group, &x, body, sizeof(body));
    }

    if (status >= 0)
    {
        status = memcmp(body, key->body, key->body_length) == 0 ? ENCO_OK : ENCO_ERR_KEY_FORMAT;
    }

    mbedtls_platform_zeroize(body, sizeof(body));
    mbedtls_mpi_free(&x);
    mbedtls_mpi_free(&p);
    return status;
}

static int32_t dh_export(const enco_key_view *key, int32_t format, uint8_t *output, size_t room)
{
    const enco_dh_group *group = enco_dh_group_of(key->parameter);

    if (group == NULL || key->body_length != 2 * group->size)
    {
        return ENCO_ERR_KEY_FORMAT;
    }

    if (format != ENCO_KEY_FORMAT_PUBLIC_RAW)
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    if (room < group->size)
    {
        return ENCO_ERR_BUFFER_TOO_SMALL;
    }

    memcpy(output, key->body + group->size, group->size);
    return (int32_t)group->size;
}

/* Z = y^x mod p, left-padded to the modulus size as IKE uses it (RFC 7296 2.14 states it; IKEv1
 * implementations do the same). */
static int32_t dh_agree(const enco_key_view *key, int32_t peer_format, const uint8_t *peer, size_t peer_length,
                        uint8_t *secret, size_t room)
{
    const enco_dh_group *group = NULL;
    mbedtls_mpi p;
    mbedtls_mpi x;
    mbedtls_mpi y;
    mbedtls_mpi z;
    int32_t status;

    if (peer_format != ENCO_KEY_FORMAT_PUBLIC_RAW)
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    mbedtls_mpi_init(&p);
    mbedtls_mpi_init(&x);
    mbedtls_mpi_init(&y);
    mbedtls_mpi_init(&z);

    status = load(key, &group, &p, &x);
    if (status == ENCO_OK && (peer_length == 0 || peer_length > group->size ||
                              mbedtls_mpi_read_binary(&y, peer, peer_length) != 0 || !in_open_range(&y, &p)))
    {
        status = ENCO_ERR_BAD_PEER_KEY;
    }

    if (status == ENCO_OK)
    {
        status = enco_pk_backend(mbedtls_mpi_exp_mod(&z, &y, &x, &p, NULL));
    }

    /* Z = 1 would mean y of small order; impossible for 1 < y < p-1 and x < q, checked anyway. */
    if (status == ENCO_OK && mbedtls_mpi_cmp_int(&z, 1) == 0)
    {
        status = ENCO_ERR_BAD_PEER_KEY;
    }

    if (status == ENCO_OK)
    {
        if (room < group->size)
        {
            status = ENCO_ERR_BUFFER_TOO_SMALL;
        }
        else
        {
            status = mbedtls_mpi_write_binary(&z, secret, group->size) == 0 ? (int32_t)group->size : ENCO_ERR_BACKEND;
        }
    }

    mbedtls_mpi_free(&z);
    mbedtls_mpi_free(&y);
    mbedtls_mpi_free(&x);
    mbedtls_mpi_free(&p);
    return status;
}

const enco_key_ops enco_key_dh = {
    ENCO_KEY_DH, dh_body_size, dh_generate, dh_import, dh_check, dh_export, dh_agree,
};
