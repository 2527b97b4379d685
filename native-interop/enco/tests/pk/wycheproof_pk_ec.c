/*
 * Wycheproof ECDSA (DER signatures, SPKI keys) and ECDH (SPKI or X9.62 point peers) files.
 * ECDSA: each signature is also checked with the raw-point form of the key, which must agree.
 * ECDH: the private scalar may carry a leading 00 (vectors README); it is left-padded or
 * stripped to the curve size before the import.
 */
#include <stdlib.h>
#include <string.h>

#include "enco.h"
#include "wycheproof_pk.h"

static int curve_type(const pk_case *c, const char *member)
{
    int node = member != NULL ? json_member(c->doc, c->group, member) : c->group;
    if (json_member_is(c->doc, node, "curve", "secp256r1"))
    {
        return ENCO_KEY_EC_P256;
    }

    return json_member_is(c->doc, node, "curve", "secp384r1") ? ENCO_KEY_EC_P384 : 0;
}

pk_outcome wycheproof_ecdsa(const pk_case *c)
{
    uint8_t digest[64];
    size_t spki_len = 0;
    size_t point_len = 0;
    size_t sig_len = 0;
    int hash = 0;
    int type = curve_type(c, "publicKey");
    size_t digest_len = pk_digest(c, digest, &hash);
    uint8_t *spki = pk_hex(c, "publicKeyDer", &spki_len);
    uint8_t *point = json_member_hex(c->doc, json_member(c->doc, c->group, "publicKey"), "uncompressed", &point_len);
    uint8_t *sig = pk_hex(c, "sig", &sig_len);
    pk_outcome outcome;
    int32_t with_spki;
    int32_t with_point;

    with_spki = enco_ecdsa_verify(type, spki, (int32_t)spki_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, digest,
                                  (int32_t)digest_len, ENCO_ECDSA_DER, sig, (int32_t)sig_len);
    with_point = enco_ecdsa_verify(type, point, (int32_t)point_len, ENCO_KEY_FORMAT_PUBLIC_RAW, digest,
                                   (int32_t)digest_len, ENCO_ECDSA_DER, sig, (int32_t)sig_len);

    if (type == 0 || digest_len == 0)
    {
        outcome = pk_fail(c, "unknown curve or hash");
    }
    else if (with_spki != with_point || (with_spki != ENCO_OK && with_spki != ENCO_ERR_BAD_SIGNATURE))
    {
        outcome = pk_fail(c, "unexpected status, or the SPKI and raw-point keys disagree");
    }
    else
    {
        outcome = pk_judge(c, with_spki == ENCO_OK, 0);
    }

    free(spki);
    free(point);
    free(sig);
    return outcome;
}

pk_outcome wycheproof_ecdh(const pk_case *c, int spki)
{
    uint8_t blob[256];
    uint8_t scalar[48];
    uint8_t secret[64];
    size_t private_len = 0;
    size_t public_len = 0;
    size_t shared_len = 0;
    int type = curve_type(c, NULL);
    size_t size = type == ENCO_KEY_EC_P384 ? 48 : 32;
    uint8_t *private_key = pk_hex(c, "private", &private_len);
    uint8_t *public_key = pk_hex(c, "public", &public_len);
    uint8_t *shared = pk_hex(c, "shared", &shared_len);
    const uint8_t *digits = private_key;
    pk_outcome outcome;
    int32_t imported;
    int32_t agreed;

    while (private_len > size && digits[0] == 0)
    {
        digits++;
        private_len--;
    }

    memset(scalar, 0, sizeof(scalar));
    if (private_len <= size)
    {
        memcpy(scalar + size - private_len, digits, private_len);
    }

    imported = enco_key_import(type, 0, ENCO_KEY_FORMAT_PRIVATE_RAW, scalar, (int32_t)size, blob, sizeof(blob));
    agreed = imported > 0 ? enco_key_agree(blob, imported, spki ? ENCO_KEY_FORMAT_PUBLIC_SPKI : ENCO_KEY_FORMAT_PUBLIC_RAW,
                                           public_key, (int32_t)public_len, secret, sizeof(secret))
                          : imported;

    if (type == 0 || imported <= 0)
    {
        outcome = pk_fail(c, "private key refused");
    }
    else if (agreed < 0 && agreed != ENCO_ERR_BAD_PEER_KEY)
    {
        outcome = pk_fail(c, "unexpected status (peer keys are refused with ENCO_ERR_BAD_PEER_KEY)");
    }
    else
    {
        outcome = pk_judge(c, agreed >= 0, agreed >= 0 && ((size_t)agreed != shared_len || memcmp(secret, shared, shared_len) != 0));
    }

    free(private_key);
    free(public_key);
    free(shared);
    return outcome;
}

pk_outcome wycheproof_x25519(const pk_case *c)
{
    uint8_t blob[128];
    uint8_t secret[32];
    size_t private_len = 0;
    size_t public_len = 0;
    size_t shared_len = 0;
    uint8_t *private_key = pk_hex(c, "private", &private_len);
    uint8_t *public_key = pk_hex(c, "public", &public_len);
    uint8_t *shared = pk_hex(c, "shared", &shared_len);
    pk_outcome outcome;
    int32_t imported;
    int32_t agreed;

    imported = enco_key_import(ENCO_KEY_X25519, 0, ENCO_KEY_FORMAT_PRIVATE_RAW, private_key, (int32_t)private_len, blob,
                               sizeof(blob));
    agreed = imported > 0 ? enco_key_agree(blob, imported, ENCO_KEY_FORMAT_PUBLIC_RAW, public_key, (int32_t)public_len,
                                           secret, sizeof(secret))
                          : imported;

    if (imported <= 0)
    {
        outcome = pk_fail(c, "private key refused");
    }
    else if (agreed < 0 && agreed != ENCO_ERR_BAD_PEER_KEY)
    {
        outcome = pk_fail(c, "unexpected status");
    }
    else
    {
        outcome = pk_judge(c, agreed >= 0, agreed >= 0 && ((size_t)agreed != shared_len || memcmp(secret, shared, shared_len) != 0));
    }

    free(private_key);
    free(public_key);
    free(shared);
    return outcome;
}
