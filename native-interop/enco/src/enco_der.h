/*
 * Internal: a strict DER reader (ITU-T X.690 section 10) for the keys and signatures the
 * public-key code takes. Strict on purpose: a BER leniency (long-form or indefinite lengths,
 * padded or negative integers, trailing bytes) is how signature malleability and parser
 * confusion get in, and Wycheproof's "invalid" encodings must all be refused. Writing uses
 * mbedTLS's asn1write, which emits DER.
 */
#ifndef ENCO_DER_H
#define ENCO_DER_H

#include <stddef.h>
#include <stdint.h>

#include <mbedtls/bignum.h>

#define ENCO_DER_INTEGER 0x02
#define ENCO_DER_BIT_STRING 0x03
#define ENCO_DER_OCTET_STRING 0x04
#define ENCO_DER_NULL 0x05
#define ENCO_DER_OID 0x06
#define ENCO_DER_SEQUENCE 0x30
#define ENCO_DER_CONTEXT(n) (0xA0 | (n)) /* [n] constructed */

/* A window on DER bytes; reading advances p. */
typedef struct enco_der
{
    const uint8_t *p;
    const uint8_t *end;
} enco_der;

/* Every function returns 0 on success and -1 on anything that is not the expected DER. */

void enco_der_init(enco_der *der, const uint8_t *bytes, size_t length);

int enco_der_at_end(const enco_der *der);

/* The tag of the next element, or -1 at the end. */
int enco_der_peek_tag(const enco_der *der);

/* Reads an element with this one-byte tag and a minimal definite length; *content spans its value. */
int enco_der_get(enco_der *der, uint8_t tag, enco_der *content);

/* Reads a non-negative, minimally encoded INTEGER: *magnitude and *length are its value without the
 * sign byte (length 1 with a 0 byte for zero). */
int enco_der_get_unsigned(enco_der *der, const uint8_t **magnitude, size_t *length);

/* Reads a non-negative INTEGER into x. */
int enco_der_get_mpi(enco_der *der, mbedtls_mpi *x);

/* Reads an INTEGER that must equal `value` (a small version number). */
int enco_der_expect_int(enco_der *der, int value);

/* Reads an OBJECT IDENTIFIER that must be `oid` (its content bytes). */
int enco_der_expect_oid(enco_der *der, const uint8_t *oid, size_t oid_length);

/* Reads a BIT STRING with no unused bits; *bits spans its bytes. */
int enco_der_get_bits(enco_der *der, enco_der *bits);

/* Reads an AlgorithmIdentifier (RFC 5280 4.1.1.2) whose algorithm is `oid`; *parameters spans
 * what follows the OID inside it (empty when absent). */
int enco_der_get_algorithm(enco_der *der, const uint8_t *oid, size_t oid_length, enco_der *parameters);

/* An AlgorithmIdentifier of a key encoding: the algorithm OID and its parameters, which are a
 * curve OID (EC), NULL (RSA, RFC 8017 A.1) or absent (X25519, RFC 8410 section 3). */
typedef struct enco_der_algorithm
{
    const uint8_t *oid;
    size_t oid_length;
    const uint8_t *curve_oid; /* NULL when there is no curve parameter */
    size_t curve_oid_length;
    int null_parameters;
} enco_der_algorithm;

/* Reads SubjectPublicKeyInfo (RFC 5280 4.1) of exactly this algorithm, and nothing after it;
 * *key spans the subjectPublicKey bits. */
int enco_der_get_spki(enco_der *der, const enco_der_algorithm *algorithm, enco_der *key);

/* Reads PKCS#8 PrivateKeyInfo / OneAsymmetricKey v1 or v2 (RFC 5208 section 5, RFC 5958
 * section 2) of exactly this algorithm; *key spans the privateKey octets. Attributes and a v2
 * public key are skipped. */
int enco_der_get_pkcs8(enco_der *der, const enco_der_algorithm *algorithm, enco_der *key);

/* Writers. Like mbedTLS's asn1write they write backwards, ending at *p and moving *p down (never
 * below start), and return the number of bytes written or a negative mbedTLS error. */

/* Tag and length of an element whose `length` content bytes were just written. */
int enco_der_write_header(unsigned char **p, unsigned char *start, uint8_t tag, size_t length);

/* Wraps the `key_length` bytes just written (an encoded public key) as SubjectPublicKeyInfo. */
int enco_der_wrap_spki(unsigned char **p, unsigned char *start, size_t key_length, const enco_der_algorithm *algorithm);

/* Wraps the `key_length` bytes just written (an encoded private key) as PKCS#8 v1 PrivateKeyInfo. */
int enco_der_wrap_pkcs8(unsigned char **p, unsigned char *start, size_t key_length, const enco_der_algorithm *algorithm);

/* OIDs (content bytes) used by the key encodings. */
extern const uint8_t enco_oid_rsa_encryption[9]; /* 1.2.840.113549.1.1.1, RFC 8017 A.1 */
extern const uint8_t enco_oid_ec_public_key[7];  /* 1.2.840.10045.2.1, RFC 5480 2.1.1 */
extern const uint8_t enco_oid_secp256r1[8];      /* 1.2.840.10045.3.1.7, RFC 5480 2.1.1.1 */
extern const uint8_t enco_oid_secp384r1[5];      /* 1.3.132.0.34 */
extern const uint8_t enco_oid_x25519[3];         /* 1.3.101.110, RFC 8410 section 3 */

#endif /* ENCO_DER_H */
