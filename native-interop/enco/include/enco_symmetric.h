/*
 * ENCO engine, symmetric part: more hashes, HMAC, HKDF, the TLS 1.2 PRF, AES/DES/3DES block modes,
 * AEAD (AES-GCM, ChaCha20-Poly1305), the engine's random generator and DEFLATE for IPComp.
 *
 * Included by enco.h; the conventions listed there hold here too (caller buffers as pointer +
 * int32_t length, int32_t status codes, every check before any write, position-independent context
 * blobs of a published size, secrets wiped). Additions:
 *  - Keyed contexts (HMAC, cipher, AEAD) hold the expanded key so that a TLS record or an ESP
 *    packet does not expand it again. They are read-only after init, except HMAC's running hash.
 *  - Unless a function says otherwise, an output may be its input (in place) or start before it
 *    in the same buffer (an ESP payload decrypted over its IV); any other overlap is refused with
 *    ENCO_ERR_BAD_LENGTH.
 *  - Functions that produce a variable amount of data (DEFLATE) return that amount (>= 0).
 */
#ifndef ENCO_SYMMETRIC_H
#define ENCO_SYMMETRIC_H

#include <stdint.h>

#include "enco.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- More hash algorithms (same functions as ENCO_HASH_SHA256, enco.h) ------------------ */

#define ENCO_HASH_SHA1 2   /* FIPS 180-4; legacy IPsec/ISAKMP and HMAC-SHA1 only */
#define ENCO_HASH_SHA384 3 /* FIPS 180-4 */
#define ENCO_HASH_SHA512 4 /* FIPS 180-4 */
#define ENCO_HASH_MD5 5    /* RFC 1321; legacy IPsec/ISAKMP only */

#define ENCO_SHA1_DIGEST_SIZE 20
#define ENCO_SHA384_DIGEST_SIZE 48
#define ENCO_SHA512_DIGEST_SIZE 64
#define ENCO_MD5_DIGEST_SIZE 16

/* ---- HMAC (RFC 2104, FIPS 198-1) over any hash above ------------------------------------ */

/* Blob: 16-byte header, the key block K0 (up to 128 bytes), the running inner hash. */
#define ENCO_HMAC_CONTEXT_SIZE 384

/* ENCO_HMAC_CONTEXT_SIZE, or ENCO_ERR_UNSUPPORTED for an unknown hash. */
ENCO_API int32_t enco_hmac_context_size(int32_t hash);

/* One-shot: HMAC(key, input) into mac; mac_len must be at least the digest size, exactly the
 * digest size is written (truncated tags compare a prefix). Any key length, 0 included. */
ENCO_API int32_t enco_hmac(int32_t hash, const uint8_t *key, int32_t key_len, const uint8_t *input,
                           int32_t input_len, uint8_t *mac, int32_t mac_len);

/* Keys the blob. A keyed blob holds no running hash (and on the ESP32 no accelerator) until the
 * first update; final leaves it keyed for the next message with the same key. */
ENCO_API int32_t enco_hmac_init(int32_t hash, const uint8_t *key, int32_t key_len, uint8_t *context,
                                int32_t context_len);
ENCO_API int32_t enco_hmac_update(uint8_t *context, int32_t context_len, const uint8_t *input, int32_t input_len);
ENCO_API int32_t enco_hmac_final(uint8_t *context, int32_t context_len, uint8_t *mac, int32_t mac_len);

/* Wipes the key and any running hash (gives an accelerator back). Safe on any blob. */
ENCO_API int32_t enco_hmac_free(uint8_t *context, int32_t context_len);

/* ---- Key derivation ------------------------------------------------------------------------ */

/* HKDF-Extract (RFC 5869 section 2.2): prk = HMAC(salt, ikm), digest-size bytes written.
 * An empty salt means HashLen zero bytes, as the RFC says. */
ENCO_API int32_t enco_hkdf_extract(int32_t hash, const uint8_t *salt, int32_t salt_len, const uint8_t *ikm,
                                   int32_t ikm_len, uint8_t *prk, int32_t prk_len);

/* HKDF-Expand (RFC 5869 section 2.3): exactly okm_len bytes. prk must be at least HashLen
 * (ENCO_ERR_BAD_KEY); okm_len above 255 * HashLen is ENCO_ERR_LIMIT. */
ENCO_API int32_t enco_hkdf_expand(int32_t hash, const uint8_t *prk, int32_t prk_len, const uint8_t *info,
                                  int32_t info_len, uint8_t *okm, int32_t okm_len);

/* TLS 1.2 PRF (RFC 5246 section 5): P_hash(secret, label || seed), exactly out_len bytes.
 * hash is ENCO_HASH_SHA256 or ENCO_HASH_SHA384 (RFC 5289 suites); others are unsupported. */
ENCO_API int32_t enco_tls12_prf(int32_t hash, const uint8_t *secret, int32_t secret_len, const uint8_t *label,
                                int32_t label_len, const uint8_t *seed, int32_t seed_len, uint8_t *out,
                                int32_t out_len);

/* ---- Block ciphers: ECB, CBC, CTR (NIST SP 800-38A), no padding --------------------------- */

#define ENCO_CIPHER_AES 1  /* FIPS 197; a 16, 24 or 32-byte key picks AES-128/192/256 */
#define ENCO_CIPHER_DES 2  /* FIPS 46-3 (withdrawn); 8-byte key, parity bits ignored; legacy IPsec */
#define ENCO_CIPHER_3DES 3 /* SP 800-67 TDEA, EDE; 24-byte key (3-key) or 16-byte key (2-key, K3 = K1) */

#define ENCO_MODE_ECB 1 /* iv empty; input a whole number of blocks */
#define ENCO_MODE_CBC 2 /* iv one block; input a whole number of blocks */
#define ENCO_MODE_CTR 3 /* AES only; iv the 16-byte initial counter block, any input length */

#define ENCO_DECRYPT 0
#define ENCO_ENCRYPT 1

#define ENCO_AES_BLOCK_SIZE 16
#define ENCO_DES_BLOCK_SIZE 8

/* Blob: 16-byte header, the encryption and decryption key schedules (3DES: 2 x 384 bytes). */
#define ENCO_CIPHER_CONTEXT_SIZE 800

ENCO_API int32_t enco_cipher_context_size(int32_t algorithm);

/* Expands the key into the blob (ENCO_ERR_BAD_KEY for a length the algorithm does not take). */
ENCO_API int32_t enco_cipher_init(int32_t algorithm, const uint8_t *key, int32_t key_len, uint8_t *context,
                                  int32_t context_len);

/* Encrypts or decrypts input into output[0..input_len) with the keyed blob. The iv is only read:
 * a caller chaining CBC records takes the last ciphertext block as the next iv itself, and CTR
 * counts the whole 16-byte block up as one big-endian number (SP 800-38A, appendix B.1). */
ENCO_API int32_t enco_cipher_crypt(const uint8_t *context, int32_t context_len, int32_t mode, int32_t direction,
                                   const uint8_t *iv, int32_t iv_len, const uint8_t *input, int32_t input_len,
                                   uint8_t *output, int32_t output_len);

ENCO_API int32_t enco_cipher_free(uint8_t *context, int32_t context_len);

/* ---- AEAD: AES-GCM (SP 800-38D) and ChaCha20-Poly1305 (RFC 8439) ------------------------- */

#define ENCO_AEAD_AES_GCM 1           /* 16, 24 or 32-byte key */
#define ENCO_AEAD_CHACHA20_POLY1305 2 /* 32-byte key */

#define ENCO_AEAD_NONCE_SIZE 12 /* the only nonce length taken (ENCO_ERR_BAD_NONCE otherwise) */
#define ENCO_AEAD_TAG_SIZE 16   /* appended to the ciphertext */

/* Blob: 16-byte header, then for GCM the AES key schedule and the 4-bit GHASH table of H
 * (16 x 16 bytes), for ChaCha20-Poly1305 the key. */
#define ENCO_AEAD_CONTEXT_SIZE 576

ENCO_API int32_t enco_aead_context_size(int32_t algorithm);
ENCO_API int32_t enco_aead_init(int32_t algorithm, const uint8_t *key, int32_t key_len, uint8_t *context,
                                int32_t context_len);

/* output = ciphertext || tag: output_len must be at least input_len + ENCO_AEAD_TAG_SIZE, and
 * exactly that many bytes are written. */
ENCO_API int32_t enco_aead_seal(const uint8_t *context, int32_t context_len, const uint8_t *nonce,
                                int32_t nonce_len, const uint8_t *aad, int32_t aad_len, const uint8_t *input,
                                int32_t input_len, uint8_t *output, int32_t output_len);

/* input = ciphertext || tag. The tag is checked (in constant time) before anything is decrypted:
 * on ENCO_ERR_AUTH_FAILED no output byte has been written. Writes input_len - 16 bytes. */
ENCO_API int32_t enco_aead_open(const uint8_t *context, int32_t context_len, const uint8_t *nonce,
                                int32_t nonce_len, const uint8_t *aad, int32_t aad_len, const uint8_t *input,
                                int32_t input_len, uint8_t *output, int32_t output_len);

ENCO_API int32_t enco_aead_free(uint8_t *context, int32_t context_len);

/* The board's AEAD order, fastest first: rank 0 and 1 give an ENCO_AEAD_* identifier, any other
 * rank ENCO_ERR_UNSUPPORTED. Measured with benchmarks/enco-bench.sh on the host, estimated for the
 * ESP32 (README.md); the TLS server's suite order and the default ESP proposal follow it. */
ENCO_API int32_t enco_aead_preference(int32_t rank);

/* ---- Random bytes: one engine-wide CTR_DRBG (SP 800-90A) --------------------------------- */

/* Fills output with random bytes. Seeds itself on first use from the OS (host: getrandom) or the
 * hardware RNG (ESP32: esp_fill_random), and reseeds every MBEDTLS_CTR_DRBG_RESEED_INTERVAL
 * requests. ENCO_ERR_ENTROPY when the entropy source fails. */
ENCO_API int32_t enco_random(uint8_t *output, int32_t output_len);

/* Reseeds now from the entropy source, mixing in `additional` (may be empty). On the ESP32 call
 * it once Wi-Fi/Bluetooth is up: only then does the hardware RNG draw on RF noise. */
ENCO_API int32_t enco_random_reseed(const uint8_t *additional, int32_t additional_len);

/* ---- DEFLATE (RFC 1951, raw) for IPComp (RFC 3173, RFC 2394) ----------------------------- */

#define ENCO_DEFLATE_COMPRESS 1
#define ENCO_DEFLATE_DECOMPRESS 2

/* Bytes of caller workspace `operation` needs on this board. The engine allocates nothing: the
 * compressor's state lives in the workspace for the duration of one call. */
ENCO_API int32_t enco_deflate_workspace_size(int32_t operation);

/* Compresses input as one raw DEFLATE stream at level 1..9. Returns the compressed length, or
 * ENCO_ERR_LIMIT when it does not fit in output (IPComp then sends the datagram uncompressed). */
ENCO_API int32_t enco_deflate(int32_t level, const uint8_t *input, int32_t input_len, uint8_t *output,
                              int32_t output_len, uint8_t *workspace, int32_t workspace_len);

/* Decompresses one complete raw DEFLATE stream. Returns the decompressed length; output_len is
 * the limit, and a stream that would exceed it (a decompression bomb) is ENCO_ERR_LIMIT. A corrupt
 * or truncated stream, or bytes after its end, is ENCO_ERR_BAD_DATA. Output must not overlap input. */
ENCO_API int32_t enco_inflate(const uint8_t *input, int32_t input_len, uint8_t *output, int32_t output_len,
                              uint8_t *workspace, int32_t workspace_len);

#ifdef __cplusplus
}
#endif

#endif /* ENCO_SYMMETRIC_H */
