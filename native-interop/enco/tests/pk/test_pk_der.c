/*
 * The strict DER reader (src/enco_der.c) and the key blob header (src/enco_key.c): every BER
 * leniency is refused, and a blob whose header is damaged is refused before its body is read.
 */
#include "enco_der.h"
#include "enco_pk_internal.h"
#include "pk_test_util.h"

static int get(const char *hex, uint8_t tag, size_t *content_length)
{
    uint8_t bytes[300];
    enco_der der;
    enco_der content;
    int32_t length = pk_unhex(hex, bytes, sizeof(bytes));

    enco_der_init(&der, bytes, (size_t)length);
    if (enco_der_get(&der, tag, &content) != 0)
    {
        return -1;
    }

    *content_length = (size_t)(content.end - content.p);
    return enco_der_at_end(&der) ? 0 : 1;
}

static void lengths(void)
{
    size_t length = 0;
    char long_form[2 * 131 + 1];
    size_t i;

    CHECK_EQ(0, get("0400", ENCO_DER_OCTET_STRING, &length));
    CHECK_EQ(0, length);
    CHECK_EQ(0, get("0403010203", ENCO_DER_OCTET_STRING, &length));
    CHECK_EQ(3, length);
    CHECK_EQ(-1, get("0403010203", ENCO_DER_SEQUENCE, &length)); /* another tag */
    CHECK_EQ(-1, get("0404010203", ENCO_DER_OCTET_STRING, &length)); /* past the end */
    CHECK_EQ(-1, get("048103010203", ENCO_DER_OCTET_STRING, &length)); /* long form for 3 */
    CHECK_EQ(-1, get("0480010203", ENCO_DER_OCTET_STRING, &length));   /* indefinite */
    CHECK_EQ(-1, get("04820003010203", ENCO_DER_OCTET_STRING, &length)); /* leading zero octet */
    CHECK_EQ(-1, get("0484000000030102", ENCO_DER_OCTET_STRING, &length)); /* 4 length octets */

    /* 0x81 0x80: the smallest long form, correct. */
    memcpy(long_form, "048180", 6);
    for (i = 0; i < 128; i++)
    {
        memcpy(long_form + 6 + 2 * i, "aa", 2);
    }
    long_form[6 + 256] = '\0';
    CHECK_EQ(0, get(long_form, ENCO_DER_OCTET_STRING, &length));
    CHECK_EQ(128, length);
}

static int get_unsigned(const char *hex, size_t *length, uint8_t *first)
{
    uint8_t bytes[64];
    const uint8_t *magnitude;
    enco_der der;
    int32_t count = pk_unhex(hex, bytes, sizeof(bytes));

    enco_der_init(&der, bytes, (size_t)count);
    if (enco_der_get_unsigned(&der, &magnitude, length) != 0)
    {
        return -1;
    }

    *first = magnitude[0];
    return 0;
}

static void integers(void)
{
    size_t length = 0;
    uint8_t first = 0;

    CHECK_EQ(0, get_unsigned("020100", &length, &first));
    CHECK(length == 1 && first == 0);
    CHECK_EQ(0, get_unsigned("02020080", &length, &first));
    CHECK(length == 1 && first == 0x80);
    CHECK_EQ(0, get_unsigned("02017f", &length, &first));
    CHECK_EQ(-1, get_unsigned("020180", &length, &first));   /* negative */
    CHECK_EQ(-1, get_unsigned("0202007f", &length, &first)); /* padded */
    CHECK_EQ(-1, get_unsigned("02020000", &length, &first)); /* padded zero */
    CHECK_EQ(-1, get_unsigned("0200", &length, &first));     /* empty */
    CHECK_EQ(-1, get_unsigned("0a0101", &length, &first));   /* ENUMERATED */
}

static void spki_is_exact(void)
{
    /* P-256 SPKI of the RFC 6979 key, then the same with a trailing byte and with NULL params. */
    static const char *const spki_hex =
        "3059301306072a8648ce3d020106082a8648ce3d0301070342000460fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce66962"
        "2e60f29fb67903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299";
    enco_der_algorithm p256 = {enco_oid_ec_public_key, sizeof(enco_oid_ec_public_key), enco_oid_secp256r1,
                               sizeof(enco_oid_secp256r1), 0};
    enco_der_algorithm p384 = {enco_oid_ec_public_key, sizeof(enco_oid_ec_public_key), enco_oid_secp384r1,
                               sizeof(enco_oid_secp384r1), 0};
    uint8_t bytes[100];
    int32_t length = pk_unhex(spki_hex, bytes, sizeof(bytes));
    enco_der der;
    enco_der key;

    enco_der_init(&der, bytes, (size_t)length);
    CHECK_EQ(0, enco_der_get_spki(&der, &p256, &key));
    CHECK_EQ(65, key.end - key.p);

    enco_der_init(&der, bytes, (size_t)length);
    CHECK_EQ(-1, enco_der_get_spki(&der, &p384, &key));

    bytes[length] = 0;
    enco_der_init(&der, bytes, (size_t)length + 1);
    CHECK_EQ(-1, enco_der_get_spki(&der, &p256, &key));

    bytes[23] = 0x01; /* BIT STRING with 1 unused bit */
    enco_der_init(&der, bytes, (size_t)length);
    CHECK_EQ(-1, enco_der_get_spki(&der, &p256, &key));
}

static void blob_headers(void)
{
    uint8_t blob[256];
    uint8_t copy[256];
    uint8_t point[65];
    enco_key_view view;
    int32_t used = enco_key_generate(ENCO_KEY_EC_P256, 0, blob, sizeof(blob));
    size_t i;

    CHECK_EQ(16 + 32 + 65, used);
    CHECK(memcmp(blob, "ENK1", 4) == 0 && blob[4] == ENCO_KEY_EC_P256 && blob[10] == 1 && blob[11] == 0 &&
          blob[15] == 97);
    CHECK_EQ(ENCO_OK, enco_key_open(blob, used, &view));
    CHECK(view.type == ENCO_KEY_EC_P256 && view.parameter == 256 && view.body_length == 97);

    /* Any change to the header is refused, before the body is looked at. */
    for (i = 0; i < ENCO_KEY_HEADER_SIZE; i++)
    {
        memcpy(copy, blob, (size_t)used);
        copy[i] ^= (i == 4) ? 0x40 : 0x01;
        CHECK(enco_key_export(copy, used, ENCO_KEY_FORMAT_PUBLIC_RAW, point, sizeof(point)) < 0);
    }

    /* The blob may sit in a longer buffer, never in a shorter one. */
    CHECK_EQ(65, enco_key_export(blob, sizeof(blob), ENCO_KEY_FORMAT_PUBLIC_RAW, point, sizeof(point)));
    CHECK_EQ(ENCO_ERR_KEY_FORMAT, enco_key_export(blob, used - 1, ENCO_KEY_FORMAT_PUBLIC_RAW, point, sizeof(point)));
    CHECK_EQ(ENCO_ERR_KEY_FORMAT, enco_key_export(blob, 15, ENCO_KEY_FORMAT_PUBLIC_RAW, point, sizeof(point)));

    /* A zeroed buffer (a fresh managed byte[]) is no key. */
    memset(copy, 0, sizeof(copy));
    CHECK_EQ(ENCO_ERR_KEY_FORMAT, enco_key_check(copy, sizeof(copy)));
}

int main(void)
{
    RUN_TEST(lengths);
    RUN_TEST(integers);
    RUN_TEST(spki_is_exact);
    RUN_TEST(blob_headers);
    return enco_test_summary();
}
