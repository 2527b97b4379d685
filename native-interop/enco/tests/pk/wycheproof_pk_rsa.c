/*
 * Wycheproof RSA files: PKCS#1 v1.5 and PSS signature verification (every key given both as SPKI
 * and as PKCS#1 RSAPublicKey; both must agree), and PKCS#1 v1.5 decryption through the explicit
 * API (invalid = refused). Valid decryptions also go through the implicit-rejection API with the
 * expected length, which must return the same message; for invalid ones it must return the same
 * bytes twice and never the error.
 */
#include <stdlib.h>
#include <string.h>

#include "enco.h"
#include "wycheproof_pk.h"

pk_outcome wycheproof_rsa_signature(const pk_case *c, int padding)
{
    uint8_t digest[64];
    size_t spki_len = 0;
    size_t pkcs1_len = 0;
    size_t sig_len = 0;
    int hash = 0;
    size_t digest_len = pk_digest(c, digest, &hash);
    uint8_t *spki = pk_hex(c, "publicKeyDer", &spki_len);
    uint8_t *pkcs1 = pk_hex(c, "publicKeyAsn", &pkcs1_len);
    uint8_t *sig = pk_hex(c, "sig", &sig_len);
    pk_outcome outcome;
    int32_t with_spki;
    int32_t with_pkcs1;

    if (padding == ENCO_RSA_PSS &&
        (json_member_int(c->doc, c->group, "sLen") != (long)digest_len || !json_member_is(c->doc, c->group, "mgf", "MGF1")))
    {
        free(spki);
        free(pkcs1);
        free(sig);
        return pk_fail(c, "PSS parameters other than MGF1 with salt = hash length");
    }

    with_spki = enco_rsa_verify(spki, (int32_t)spki_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, padding, hash, digest,
                                (int32_t)digest_len, sig, (int32_t)sig_len);
    with_pkcs1 = enco_rsa_verify(pkcs1, (int32_t)pkcs1_len, ENCO_KEY_FORMAT_PUBLIC_RAW, padding, hash, digest,
                                 (int32_t)digest_len, sig, (int32_t)sig_len);

    if (digest_len == 0)
    {
        outcome = pk_fail(c, "unknown hash");
    }
    else if (with_spki != with_pkcs1 || (with_spki != ENCO_OK && with_spki != ENCO_ERR_BAD_SIGNATURE))
    {
        outcome = pk_fail(c, "unexpected status, or the SPKI and PKCS#1 keys disagree");
    }
    else
    {
        outcome = pk_judge(c, with_spki == ENCO_OK, 0);
    }

    free(spki);
    free(pkcs1);
    free(sig);
    return outcome;
}

pk_outcome wycheproof_rsa_decrypt(const pk_case *c)
{
    static uint8_t blob[4096];
    uint8_t message[512];
    uint8_t implicit[512];
    uint8_t again[512];
    size_t key_len = 0;
    size_t ct_len = 0;
    size_t msg_len = 0;
    size_t implicit_len = 0;
    uint8_t *pkcs8 = pk_hex(c, "privateKeyPkcs8", &key_len);
    uint8_t *ct = pk_hex(c, "ct", &ct_len);
    uint8_t *msg = pk_hex(c, "msg", &msg_len);
    pk_outcome outcome;
    int32_t imported;
    int32_t decrypted = ENCO_ERR_BAD_LENGTH;
    int32_t first = ENCO_OK;
    int32_t second = ENCO_OK;

    imported = enco_key_import(ENCO_KEY_RSA, 0, ENCO_KEY_FORMAT_PRIVATE_PKCS8, pkcs8, (int32_t)key_len, blob, sizeof(blob));
    if (imported > 0)
    {
        decrypted = enco_rsa_decrypt(blob, imported, ct, (int32_t)ct_len, message, sizeof(message));
        /* A refused ciphertext is asked for a 48-byte message, as for a TLS premaster secret. */
        implicit_len = decrypted >= 0 ? msg_len : 48;
        first = enco_rsa_decrypt_implicit(blob, imported, ct, (int32_t)ct_len, implicit, (int32_t)implicit_len);
        second = enco_rsa_decrypt_implicit(blob, imported, ct, (int32_t)ct_len, again, (int32_t)implicit_len);
    }

    if (imported <= 0)
    {
        outcome = pk_fail(c, "private key refused");
    }
    else if (decrypted < 0 && decrypted != ENCO_ERR_DECRYPT_FAILED)
    {
        outcome = pk_fail(c, "unexpected status from enco_rsa_decrypt");
    }
    else if (decrypted >= 0 && (first != ENCO_OK || memcmp(implicit, msg, msg_len) != 0))
    {
        outcome = pk_fail(c, "implicit rejection changed a valid message");
    }
    else if (decrypted < 0 && first == ENCO_OK && (second != ENCO_OK || memcmp(implicit, again, implicit_len) != 0))
    {
        outcome = pk_fail(c, "implicit rejection is not deterministic");
    }
    else if (decrypted < 0 && first != ENCO_OK && first != ENCO_ERR_DECRYPT_FAILED)
    {
        outcome = pk_fail(c, "implicit rejection failed with an unexpected status");
    }
    else
    {
        outcome = pk_judge(c, decrypted >= 0, decrypted >= 0 && ((size_t)decrypted != msg_len || memcmp(message, msg, msg_len) != 0));
    }

    free(pkcs8);
    free(ct);
    free(msg);
    return outcome;
}
