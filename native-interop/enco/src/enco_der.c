/* Strict DER reading (X.690 10.1: definite, minimal lengths; 8.3.2: minimal integers). */
#include "enco_der.h"

#include <string.h>

#include <mbedtls/asn1write.h>

const uint8_t enco_oid_rsa_encryption[9] = {0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x01};
const uint8_t enco_oid_ec_public_key[7] = {0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x02, 0x01};
const uint8_t enco_oid_secp256r1[8] = {0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x03, 0x01, 0x07};
const uint8_t enco_oid_secp384r1[5] = {0x2B, 0x81, 0x04, 0x00, 0x22};
const uint8_t enco_oid_x25519[3] = {0x2B, 0x65, 0x6E};

void enco_der_init(enco_der *der, const uint8_t *bytes, size_t length)
{
    der->p = bytes;
    der->end = bytes + length;
}

int enco_der_at_end(const enco_der *der)
{
    return der->p == der->end;
}

int enco_der_peek_tag(const enco_der *der)
{
    return der->p < der->end ? der->p[0] : -1;
}

/* Definite length in the minimal number of octets; at most 3 length octets (16 MiB). */
static int get_length(enco_der *der, size_t *length)
{
    size_t octets;
    size_t value = 0;
    size_t i;

    if (der->p >= der->end)
    {
        return -1;
    }

    if (der->p[0] < 0x80)
    {
        *length = der->p[0];
        der->p++;
        return 0;
    }

    octets = der->p[0] & 0x7Fu;
    if (octets == 0 || octets > 3 || (size_t)(der->end - der->p) < 1 + octets || der->p[1] == 0)
    {
        return -1; /* indefinite (BER), too long, truncated, or a leading zero octet */
    }

    for (i = 1; i <= octets; i++)
    {
        value = (value << 8) | der->p[i];
    }

    if (value < 0x80)
    {
        return -1; /* would have fitted the short form */
    }

    der->p += 1 + octets;
    *length = value;
    return 0;
}

int enco_der_get(enco_der *der, uint8_t tag, enco_der *content)
{
    enco_der cursor = *der;
    size_t length;

    if (cursor.p >= cursor.end || cursor.p[0] != tag)
    {
        return -1;
    }

    cursor.p++;
    if (get_length(&cursor, &length) != 0 || length > (size_t)(cursor.end - cursor.p))
    {
        return -1;
    }

    content->p = cursor.p;
    content->end = cursor.p + length;
    der->p = content->end;
    return 0;
}

int enco_der_get_unsigned(enco_der *der, const uint8_t **magnitude, size_t *length)
{
    enco_der value;
    size_t size;

    if (enco_der_get(der, ENCO_DER_INTEGER, &value) != 0)
    {
        return -1;
    }

    size = (size_t)(value.end - value.p);
    if (size == 0 || (value.p[0] & 0x80) != 0)
    {
        return -1; /* empty, or negative */
    }

    if (size > 1 && value.p[0] == 0)
    {
        if ((value.p[1] & 0x80) == 0)
        {
            return -1; /* a leading zero that is not a sign byte */
        }

        value.p++;
        size--;
    }

    *magnitude = value.p;
    *length = size;
    return 0;
}

int enco_der_get_mpi(enco_der *der, mbedtls_mpi *x)
{
    const uint8_t *magnitude;
    size_t length;

    if (enco_der_get_unsigned(der, &magnitude, &length) != 0)
    {
        return -1;
    }

    return mbedtls_mpi_read_binary(x, magnitude, length) == 0 ? 0 : -1;
}

int enco_der_expect_int(enco_der *der, int value)
{
    const uint8_t *magnitude;
    size_t length;

    if (value < 0 || value > 127 || enco_der_get_unsigned(der, &magnitude, &length) != 0)
    {
        return -1;
    }

    return length == 1 && magnitude[0] == (uint8_t)value ? 0 : -1;
}

int enco_der_expect_oid(enco_der *der, const uint8_t *oid, size_t oid_length)
{
    enco_der value;

    if (enco_der_get(der, ENCO_DER_OID, &value) != 0)
    {
        return -1;
    }

    return (size_t)(value.end - value.p) == oid_length && memcmp(value.p, oid, oid_length) == 0 ? 0 : -1;
}

int enco_der_get_bits(enco_der *der, enco_der *bits)
{
    enco_der value;

    if (enco_der_get(der, ENCO_DER_BIT_STRING, &value) != 0 || value.p == value.end || value.p[0] != 0)
    {
        return -1; /* keys are whole bytes: the unused-bits octet must be 0 */
    }

    bits->p = value.p + 1;
    bits->end = value.end;
    return 0;
}

int enco_der_get_algorithm(enco_der *der, const uint8_t *oid, size_t oid_length, enco_der *parameters)
{
    enco_der algorithm;

    if (enco_der_get(der, ENCO_DER_SEQUENCE, &algorithm) != 0 || enco_der_expect_oid(&algorithm, oid, oid_length) != 0)
    {
        return -1;
    }

    *parameters = algorithm;
    return 0;
}

static int get_algorithm_of(enco_der *der, const enco_der_algorithm *algorithm)
{
    enco_der parameters;
    enco_der null_value;

    if (enco_der_get_algorithm(der, algorithm->oid, algorithm->oid_length, &parameters) != 0)
    {
        return -1;
    }

    if (algorithm->curve_oid != NULL &&
        enco_der_expect_oid(&parameters, algorithm->curve_oid, algorithm->curve_oid_length) != 0)
    {
        return -1;
    }

    if (algorithm->null_parameters &&
        (enco_der_get(&parameters, ENCO_DER_NULL, &null_value) != 0 || !enco_der_at_end(&null_value)))
    {
        return -1;
    }

    return enco_der_at_end(&parameters) ? 0 : -1;
}

int enco_der_get_spki(enco_der *der, const enco_der_algorithm *algorithm, enco_der *key)
{
    enco_der spki;

    if (enco_der_get(der, ENCO_DER_SEQUENCE, &spki) != 0 || !enco_der_at_end(der) ||
        get_algorithm_of(&spki, algorithm) != 0 || enco_der_get_bits(&spki, key) != 0)
    {
        return -1;
    }

    return enco_der_at_end(&spki) ? 0 : -1;
}

int enco_der_get_pkcs8(enco_der *der, const enco_der_algorithm *algorithm, enco_der *key)
{
    enco_der info;
    enco_der skipped;

    if (enco_der_get(der, ENCO_DER_SEQUENCE, &info) != 0 || !enco_der_at_end(der) ||
        (enco_der_expect_int(&info, 0) != 0 && enco_der_expect_int(&info, 1) != 0) ||
        get_algorithm_of(&info, algorithm) != 0 || enco_der_get(&info, ENCO_DER_OCTET_STRING, key) != 0)
    {
        return -1;
    }

    /* [0] attributes, then (v2) [1] publicKey: not needed, the key is checked on its own. */
    if (enco_der_peek_tag(&info) == ENCO_DER_CONTEXT(0) && enco_der_get(&info, ENCO_DER_CONTEXT(0), &skipped) != 0)
    {
        return -1;
    }

    if (enco_der_peek_tag(&info) == 0x81 && enco_der_get(&info, 0x81, &skipped) != 0)
    {
        return -1;
    }

    return enco_der_at_end(&info) ? 0 : -1;
}

int enco_der_write_header(unsigned char **p, unsigned char *start, uint8_t tag, size_t length)
{
    int written = mbedtls_asn1_write_len(p, start, length);
    int tag_written;

    if (written < 0)
    {
        return written;
    }

    tag_written = mbedtls_asn1_write_tag(p, start, tag);
    return tag_written < 0 ? tag_written : written + tag_written;
}

/* Writes AlgorithmIdentifier ::= SEQUENCE { algorithm OID, parameters ANY OPTIONAL }. */
static int write_algorithm(unsigned char **p, unsigned char *start, const enco_der_algorithm *algorithm)
{
    int length = 0;
    int written;

    if (algorithm->null_parameters)
    {
        if ((written = mbedtls_asn1_write_null(p, start)) < 0)
        {
            return written;
        }
        length += written;
    }

    if (algorithm->curve_oid != NULL)
    {
        if ((written = mbedtls_asn1_write_oid(p, start, (const char *)algorithm->curve_oid, algorithm->curve_oid_length)) < 0)
        {
            return written;
        }
        length += written;
    }

    if ((written = mbedtls_asn1_write_oid(p, start, (const char *)algorithm->oid, algorithm->oid_length)) < 0)
    {
        return written;
    }
    length += written;

    if ((written = enco_der_write_header(p, start, ENCO_DER_SEQUENCE, (size_t)length)) < 0)
    {
        return written;
    }

    return length + written;
}

int enco_der_wrap_spki(unsigned char **p, unsigned char *start, size_t key_length, const enco_der_algorithm *algorithm)
{
    size_t length = key_length;
    int written;

    /* BIT STRING: the unused-bits octet (0), then the key. */
    if (*p <= start)
    {
        return MBEDTLS_ERR_ASN1_BUF_TOO_SMALL;
    }
    *--(*p) = 0;
    length += 1;

    if ((written = enco_der_write_header(p, start, ENCO_DER_BIT_STRING, length)) < 0)
    {
        return written;
    }
    length += (size_t)written;

    if ((written = write_algorithm(p, start, algorithm)) < 0)
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

int enco_der_wrap_pkcs8(unsigned char **p, unsigned char *start, size_t key_length, const enco_der_algorithm *algorithm)
{
    size_t length = key_length;
    int written;

    if ((written = enco_der_write_header(p, start, ENCO_DER_OCTET_STRING, length)) < 0)
    {
        return written;
    }
    length += (size_t)written;

    if ((written = write_algorithm(p, start, algorithm)) < 0)
    {
        return written;
    }
    length += (size_t)written;

    if ((written = mbedtls_asn1_write_int(p, start, 0)) < 0) /* version v1 */
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
