/*
 * ENCO engine, public-key part: RSA, ECDSA, ECDH (P-256, P-384, X25519) and finite-field
 * Diffie-Hellman over the Oakley/MODP groups. Included by enco.h; follows its conventions
 * (caller buffers as pointer + int32_t length, int32_t status, checks before any write, secrets
 * wiped), with one addition: a function whose output length varies returns the number of bytes
 * it wrote (>= 0) instead of ENCO_OK, or a negative ENCO_ERR_* code.
 *
 * Private keys live in KEY BLOBS: caller-owned byte buffers in the layout below, produced by
 * enco_key_generate or enco_key_import and handed to every private-key operation, which parses
 * the blob on the stack, uses it and wipes what it parsed. No native state survives a call, so a
 * blob may be moved by the nanoCLR's compacting heap, persisted by the key store and dropped by
 * the garbage collector without a native leak (nanoFramework has no finalizers). Public keys are
 * not secret and are passed in their standard encodings (ENCO_KEY_FORMAT_PUBLIC_*).
 *
 * Key blob layout, every multi-byte field big-endian so that a persisted blob reads the same on
 * any board:
 *   [0..4)   magic "ENK1" (format version 1)
 *   [4]      key type (ENCO_KEY_*)
 *   [5..8)   zero
 *   [8..12)  parameter: RSA modulus bits, EC 256/384, X25519 255, DH MODP group number
 *   [12..16) body length
 *   [16..)   body:
 *            RSA       PKCS#1 RSAPrivateKey DER (RFC 8017 A.1.2)
 *            P-256/384 d (big-endian, curve size) || Q (X9.62 uncompressed point)
 *            X25519    scalar k (RFC 7748, 32 bytes as given, clamped when used) || public u
 *            DH        x (big-endian, ENCO_DH exponent size) || y = g^x mod p (modulus size)
 * A blob may sit in a larger buffer: bytes past 16 + body length are never read.
 */
#ifndef ENCO_PK_H
#define ENCO_PK_H

#include <stdint.h>

#include "enco.h" /* ENCO_API, the ENCO_HASH_* identifiers */

#ifdef __cplusplus
extern "C" {
#endif

/* Status codes of the public-key functions (-16..-23 are reserved for them). */
#define ENCO_ERR_KEY_FORMAT (-16)     /* a key blob or DER/raw key that is malformed, inconsistent or of an unsupported size */
#define ENCO_ERR_BAD_SIGNATURE (-17)  /* the signature does not verify (including a malformed signature encoding) */
#define ENCO_ERR_DECRYPT_FAILED (-18) /* RSA decryption: bad ciphertext length or value, or bad PKCS#1 v1.5 padding */
#define ENCO_ERR_BAD_PEER_KEY (-19)   /* key agreement: the peer's public value is invalid or gives a degenerate secret */
#define ENCO_ERR_WRONG_KEY_TYPE (-20) /* the key's type does not do this operation (an X25519 key given to ecdsa_sign) */
#define ENCO_ERR_KEY_SIZE (-21)       /* an RSA modulus size outside 1024..4096 bits (generation: a multiple of 8 too) */

/* ---- Key types, formats, sizes ----------------------------------------------------------- */

#define ENCO_KEY_RSA 1      /* parameter: modulus bits; e = 65537 when generated */
#define ENCO_KEY_EC_P256 2  /* secp256r1 (SEC 2 section 2.4.2), ECDSA and ECDH; parameter 256 */
#define ENCO_KEY_EC_P384 3  /* secp384r1 (SEC 2 section 2.5.1), ECDSA and ECDH; parameter 384 */
#define ENCO_KEY_X25519 4   /* RFC 7748 X25519; parameter 255 */
#define ENCO_KEY_DH 5       /* parameter: MODP group 1, 2 (RFC 2409 section 6), 5 or 14 (RFC 3526) */

#define ENCO_RSA_MIN_BITS 1024
#define ENCO_RSA_MAX_BITS 4096

/* Formats for import (private ones), export (all) and public-key arguments (public ones). */
#define ENCO_KEY_FORMAT_PUBLIC_RAW 1    /* RSA: PKCS#1 RSAPublicKey DER; EC: X9.62 uncompressed point 04||X||Y;
                                           X25519: the 32-byte u; DH: y big-endian (export: modulus size) */
#define ENCO_KEY_FORMAT_PUBLIC_SPKI 2   /* X.509 SubjectPublicKeyInfo DER (RFC 5280 4.1): RSA, EC (named curve), X25519 (RFC 8410) */
#define ENCO_KEY_FORMAT_PRIVATE_RAW 3   /* import only: EC d big-endian (curve size); X25519 32-byte k; DH x big-endian */
#define ENCO_KEY_FORMAT_PRIVATE_PKCS1 4 /* RSA only: PKCS#1 RSAPrivateKey DER */
#define ENCO_KEY_FORMAT_PRIVATE_PKCS8 5 /* PKCS#8 PrivateKeyInfo DER (RFC 5208): RSA, EC (RFC 5915 inside), X25519 (RFC 8410) */

#define ENCO_KEY_HEADER_SIZE 16
#define ENCO_KEY_MAX_DER_SIZE 4096 /* the largest DER key accepted or produced */

/* Blob size a freshly generated key of this type and parameter needs (header included), or an
 * error for an unsupported one. An imported RSA key needs at most ENCO_KEY_HEADER_SIZE + the
 * length of its DER encoding. */
ENCO_API int32_t enco_key_blob_size(int32_t type, int32_t parameter);

/* Generates a key into blob; returns the blob bytes used. */
ENCO_API int32_t enco_key_generate(int32_t type, int32_t parameter, uint8_t *blob, int32_t blob_len);

/* Imports a private key given in a PRIVATE format into blob; returns the blob bytes used.
 * parameter: the DH group for ENCO_KEY_DH, else 0. Keys are checked (RSA: RFC 8017 3.2 relations;
 * EC: 0 < d < n and a given public point must equal d*G). */
ENCO_API int32_t enco_key_import(int32_t type, int32_t parameter, int32_t format, const uint8_t *input, int32_t input_len,
                                 uint8_t *blob, int32_t blob_len);

/* Fully parses a blob (a key store reading one back); returns its used length. */
ENCO_API int32_t enco_key_check(const uint8_t *blob, int32_t blob_len);

/* Writes the key in `format`; returns the bytes written. Private formats are for the key store's
 * persistence only; callers never log or print them. */
ENCO_API int32_t enco_key_export(const uint8_t *blob, int32_t blob_len, int32_t format, uint8_t *output, int32_t output_len);

/* ---- RSA ---------------------------------------------------------------------------------- */

#define ENCO_RSA_PKCS1_V15 1 /* RSASSA-PKCS1-v1_5 (RFC 8017 8.2) */
#define ENCO_RSA_PSS 2       /* RSASSA-PSS (RFC 8017 8.1), MGF1 with the same hash, salt length = hash length */

/* Hash identifiers for signatures are the ENCO_HASH_* values (SHA-256 1, SHA-1 2, SHA-384 3,
 * SHA-512 4), plus ENCO_PK_HASH_NONE: PKCS#1 v1.5 over the caller's bytes without a DigestInfo,
 * as IKEv1 RSA signature authentication does (RFC 2409 section 5.1). */
#define ENCO_PK_HASH_NONE 0

/* Signs a digest of `hash`; returns the signature length (the modulus size). */
ENCO_API int32_t enco_rsa_sign(const uint8_t *blob, int32_t blob_len, int32_t padding, int32_t hash, const uint8_t *digest,
                               int32_t digest_len, uint8_t *signature, int32_t signature_len);

/* ENCO_OK when the signature verifies, ENCO_ERR_BAD_SIGNATURE when not. The signature must be
 * exactly the modulus size (RFC 8017 8.2.2 step 1). */
ENCO_API int32_t enco_rsa_verify(const uint8_t *public_key, int32_t public_key_len, int32_t format, int32_t padding,
                                 int32_t hash, const uint8_t *digest, int32_t digest_len, const uint8_t *signature,
                                 int32_t signature_len);

/* RSAES-PKCS1-v1_5 encryption (RFC 8017 7.2.1); returns the ciphertext length (the modulus size). */
ENCO_API int32_t enco_rsa_encrypt(const uint8_t *public_key, int32_t public_key_len, int32_t format,
                                  const uint8_t *message, int32_t message_len, uint8_t *ciphertext, int32_t ciphertext_len);

/* RSAES-PKCS1-v1_5 decryption that REPORTS bad padding: returns the message length or
 * ENCO_ERR_DECRYPT_FAILED. That report is a padding oracle (Bleichenbacher 1998) wherever an
 * attacker can observe it; protocols use enco_rsa_decrypt_implicit instead. */
ENCO_API int32_t enco_rsa_decrypt(const uint8_t *blob, int32_t blob_len, const uint8_t *ciphertext, int32_t ciphertext_len,
                                  uint8_t *message, int32_t message_len);

/* RSAES-PKCS1-v1_5 decryption with implicit rejection, for protocols: the caller states the
 * message length it expects (message_len, at most modulus size - 11) and always gets that many
 * bytes and ENCO_OK. When the padding is bad or the message has another length, the bytes are a
 * pseudo-random function of the private key and the ciphertext (HMAC-SHA-256 keyed by a hash of
 * the key), so the same ciphertext always gives the same bytes and the protocol fails later,
 * exactly as with a wrong key (RFC 5246 7.4.7.1's countermeasure, made deterministic). The
 * padding check and the choice run in constant time. Ciphertexts whose length is not the modulus
 * size or whose value is >= n are refused with ENCO_ERR_DECRYPT_FAILED: that only tells what
 * anyone can compute from the public key. */
ENCO_API int32_t enco_rsa_decrypt_implicit(const uint8_t *blob, int32_t blob_len, const uint8_t *ciphertext,
                                           int32_t ciphertext_len, uint8_t *message, int32_t message_len);

/* ---- ECDSA (FIPS 186-4 section 6, SEC 1 section 4.1) -------------------------------------- */

#define ENCO_ECDSA_DER 1 /* Ecdsa-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER } (RFC 3279 2.2.3), strict DER */
#define ENCO_ECDSA_RAW 2 /* r || s, each the curve size, big-endian (IEEE P1363; TLS 1.3 does not use it, JOSE and IKEv2 do) */

#define ENCO_ECDSA_MAX_SIGNATURE_SIZE 104 /* DER of P-384: 2 + 2 * (2 + 49) */

/* Signs a digest with a deterministic nonce (RFC 6979, HMAC_DRBG over `hash`, which must match
 * the digest length); the engine's random generator only blinds the scalar arithmetic. Returns
 * the signature length. */
ENCO_API int32_t enco_ecdsa_sign(const uint8_t *blob, int32_t blob_len, int32_t hash, const uint8_t *digest,
                                 int32_t digest_len, int32_t signature_format, uint8_t *signature, int32_t signature_len);

/* ENCO_OK or ENCO_ERR_BAD_SIGNATURE. type: ENCO_KEY_EC_P256 or _P384 (an SPKI must name that
 * curve). A digest longer than the curve order is truncated (SEC 1 4.1.4 step 3). */
ENCO_API int32_t enco_ecdsa_verify(int32_t type, const uint8_t *public_key, int32_t public_key_len, int32_t format,
                                   const uint8_t *digest, int32_t digest_len, int32_t signature_format,
                                   const uint8_t *signature, int32_t signature_len);

/* ---- Key agreement: ECDH (P-256, P-384), X25519, MODP Diffie-Hellman ---------------------- */

/* Computes the shared secret with the peer's public value (peer_format PUBLIC_RAW, or
 * PUBLIC_SPKI for EC and X25519); returns its length:
 *   P-256/P-384  x-coordinate of d*Q, curve size (SEC 1 3.3.1). The peer point must be
 *                uncompressed, of the exact length, on the curve and not the point at infinity;
 *                compressed points are refused (RFC 8422 5.1.1 deprecates them; TLS 1.3 and
 *                IKEv2 (RFC 5903) never send them).
 *   X25519       32 bytes (RFC 7748 section 5: the top bit of u is masked, u >= p is reduced);
 *                an all-zero result (a low-order peer point) is refused (section 6.1).
 *   DH           g^xy mod p, left-padded to the modulus size; the peer value, 1 to modulus size
 *                bytes, must satisfy 1 < y < p-1 (SP 800-56A 5.6.2.3.1, partial validation). */
ENCO_API int32_t enco_key_agree(const uint8_t *blob, int32_t blob_len, int32_t peer_format, const uint8_t *peer,
                                int32_t peer_len, uint8_t *secret, int32_t secret_len);

#ifdef __cplusplus
}
#endif

#endif /* ENCO_PK_H */
