/*
 * Key blobs (layout in enco_pk.h): the header, and the generic half of generate, import, check,
 * export and agree, which checks arguments, stages outputs and dispatches to the key type's
 * enco_key_ops.
 */
#include <string.h>

#include <mbedtls/platform_util.h>

#include "enco_args.h"
#include "enco_pk_internal.h"

static const uint8_t key_magic[4] = {'E', 'N', 'K', '1'};

/* The largest shared secret: a 2048-bit MODP group element. */
#define MAX_SECRET_SIZE 256

static const enco_key_ops *ops_of(int32_t type)
{
    switch (type)
    {
    case ENCO_KEY_RSA:
        return &enco_key_rsa;
    case ENCO_KEY_EC_P256:
    case ENCO_KEY_EC_P384:
        return &enco_key_ec;
    case ENCO_KEY_X25519:
        return &enco_key_x25519;
    case ENCO_KEY_DH:
        return &enco_key_dh;
    default:
        return NULL;
    }
}

static void put_u32(uint8_t *p, uint32_t value)
{
    p[0] = (uint8_t)(value >> 24);
    p[1] = (uint8_t)(value >> 16);
    p[2] = (uint8_t)(value >> 8);
    p[3] = (uint8_t)value;
}

static uint32_t get_u32(const uint8_t *p)
{
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}

static void write_header(uint8_t *blob, int32_t type, int32_t parameter, size_t body_length)
{
    memcpy(blob, key_magic, sizeof(key_magic));
    blob[4] = (uint8_t)type;
    blob[5] = blob[6] = blob[7] = 0;
    put_u32(blob + 8, (uint32_t)parameter);
    put_u32(blob + 12, (uint32_t)body_length);
}

int32_t enco_key_open(const uint8_t *blob, int32_t blob_len, enco_key_view *key)
{
    uint32_t parameter;
    uint32_t body_length;
    int32_t status = enco_check_buffer(blob, blob_len);

    if (status != ENCO_OK)
    {
        return status;
    }

    if (blob_len < ENCO_KEY_HEADER_SIZE || memcmp(blob, key_magic, sizeof(key_magic)) != 0 || ops_of(blob[4]) == NULL ||
        blob[5] != 0 || blob[6] != 0 || blob[7] != 0)
    {
        return ENCO_ERR_KEY_FORMAT;
    }

    parameter = get_u32(blob + 8);
    body_length = get_u32(blob + 12);
    if (parameter > INT32_MAX || body_length > (uint32_t)(blob_len - ENCO_KEY_HEADER_SIZE))
    {
        return ENCO_ERR_KEY_FORMAT;
    }

    key->type = blob[4];
    key->parameter = (int32_t)parameter;
    key->body = blob + ENCO_KEY_HEADER_SIZE;
    key->body_length = body_length;
    return ENCO_OK;
}

int32_t enco_key_blob_size(int32_t type, int32_t parameter)
{
    const enco_key_ops *ops = ops_of(type);
    int32_t body;

    if (ops == NULL)
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    body = ops->body_size(type, parameter);
    return body < 0 ? body : ENCO_KEY_HEADER_SIZE + body;
}

/* Header + body produced in scratch, then delivered to the caller's blob. */
static int32_t deliver_blob(uint8_t *scratch, int32_t type, int32_t parameter, int32_t body_length, uint8_t *blob,
                            int32_t blob_len)
{
    if (body_length < 0)
    {
        return body_length;
    }

    write_header(scratch, type, parameter, (size_t)body_length);
    return enco_pk_deliver(scratch, ENCO_KEY_HEADER_SIZE + (size_t)body_length, blob, blob_len);
}

int32_t enco_key_generate(int32_t type, int32_t parameter, uint8_t *blob, int32_t blob_len)
{
    const enco_key_ops *ops = ops_of(type);
    uint8_t *scratch;
    int32_t parameter_out = parameter;
    int32_t status;
    int32_t size;

    if ((status = enco_check_buffer(blob, blob_len)) != ENCO_OK)
    {
        return status;
    }

    if (ops == NULL)
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    /* Refuse a short blob before spending seconds on an RSA key. */
    if ((size = ops->body_size(type, parameter)) < 0)
    {
        return size;
    }

    if (blob_len < ENCO_KEY_HEADER_SIZE + size)
    {
        return ENCO_ERR_BUFFER_TOO_SMALL;
    }

    if ((scratch = enco_pk_scratch_alloc()) == NULL)
    {
        return ENCO_ERR_BACKEND;
    }

    status = ops->generate(type, parameter, scratch + ENCO_KEY_HEADER_SIZE, ENCO_KEY_MAX_DER_SIZE, &parameter_out);
    status = deliver_blob(scratch, type, parameter_out, status, blob, blob_len);
    enco_pk_scratch_free(scratch);
    return status;
}

int32_t enco_key_import(int32_t type, int32_t parameter, int32_t format, const uint8_t *input, int32_t input_len,
                        uint8_t *blob, int32_t blob_len)
{
    const enco_key_ops *ops = ops_of(type);
    uint8_t *scratch;
    int32_t parameter_out = parameter;
    int32_t status;

    if ((status = enco_check_buffer(input, input_len)) != ENCO_OK ||
        (status = enco_check_buffer(blob, blob_len)) != ENCO_OK)
    {
        return status;
    }

    if (ops == NULL)
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    if (input_len > ENCO_KEY_MAX_DER_SIZE)
    {
        return ENCO_ERR_KEY_FORMAT;
    }

    if ((scratch = enco_pk_scratch_alloc()) == NULL)
    {
        return ENCO_ERR_BACKEND;
    }

    status = ops->import(type, parameter, format, input, (size_t)input_len, scratch + ENCO_KEY_HEADER_SIZE,
                         ENCO_KEY_MAX_DER_SIZE, &parameter_out);
    status = deliver_blob(scratch, type, parameter_out, status, blob, blob_len);
    enco_pk_scratch_free(scratch);
    return status;
}

int32_t enco_key_check(const uint8_t *blob, int32_t blob_len)
{
    enco_key_view key;
    int32_t status;

    if ((status = enco_key_open(blob, blob_len, &key)) != ENCO_OK ||
        (status = ops_of(key.type)->check(&key)) != ENCO_OK)
    {
        return status;
    }

    return ENCO_KEY_HEADER_SIZE + (int32_t)key.body_length;
}

int32_t enco_key_export(const uint8_t *blob, int32_t blob_len, int32_t format, uint8_t *output, int32_t output_len)
{
    enco_key_view key;
    uint8_t *scratch;
    int32_t status;

    if ((status = enco_check_buffer(output, output_len)) != ENCO_OK ||
        (status = enco_key_open(blob, blob_len, &key)) != ENCO_OK)
    {
        return status;
    }

    if ((scratch = enco_pk_scratch_alloc()) == NULL)
    {
        return ENCO_ERR_BACKEND;
    }

    status = ops_of(key.type)->export_key(&key, format, scratch, ENCO_PK_SCRATCH_SIZE);
    if (status >= 0)
    {
        status = enco_pk_deliver(scratch, (size_t)status, output, output_len);
    }

    enco_pk_scratch_free(scratch);
    return status;
}

int32_t enco_key_agree(const uint8_t *blob, int32_t blob_len, int32_t peer_format, const uint8_t *peer,
                       int32_t peer_len, uint8_t *secret, int32_t secret_len)
{
    uint8_t shared[MAX_SECRET_SIZE];
    const enco_key_ops *ops;
    enco_key_view key;
    int32_t status;

    if ((status = enco_check_buffer(peer, peer_len)) != ENCO_OK ||
        (status = enco_check_buffer(secret, secret_len)) != ENCO_OK ||
        (status = enco_key_open(blob, blob_len, &key)) != ENCO_OK)
    {
        return status;
    }

    ops = ops_of(key.type);
    if (ops->agree == NULL)
    {
        return ENCO_ERR_WRONG_KEY_TYPE;
    }

    status = ops->agree(&key, peer_format, peer, (size_t)peer_len, shared, sizeof(shared));
    if (status >= 0)
    {
        status = enco_pk_deliver(shared, (size_t)status, secret, secret_len);
    }

    mbedtls_platform_zeroize(shared, sizeof(shared));
    return status;
}
