/*
 * ENCO engine: PBKDF2 (RFC 8018 section 5.2) over the engine's HMAC, for password hashes (the
 * console's user database stores salted PBKDF2-HMAC-SHA256 hashes and their iteration count).
 *
 * Same conventions as enco.h: caller buffers as pointer + int32_t length, an int32_t status back,
 * every check before any write, nothing allocated, secrets wiped from the stack.
 */
#ifndef ENCO_PBKDF2_H
#define ENCO_PBKDF2_H

#include <stdint.h>

#include "enco.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Bounds of one call. The iteration ceiling keeps a hostile or corrupt stored hash from holding
 * the device in one native call for minutes (about 30 us per SHA-256 iteration on an ESP32);
 * the output ceiling is far above any key a password hash needs. */
#define ENCO_PBKDF2_MAX_ITERATIONS 1000000
#define ENCO_PBKDF2_MAX_OUTPUT 256

/*
 * DK = PBKDF2(PRF = HMAC-hash, password, salt, iterations, output_len), written to
 * output[0..output_len).
 *  - hash: any ENCO_HASH_* identifier (ENCO_ERR_UNSUPPORTED otherwise);
 *  - password and salt: any length, 0 included (a password longer than the hash block is
 *    hashed first, as HMAC does);
 *  - iterations: 1..ENCO_PBKDF2_MAX_ITERATIONS, output_len: 1..ENCO_PBKDF2_MAX_OUTPUT
 *    (ENCO_ERR_LIMIT outside; a negative or zero output_len is ENCO_ERR_BAD_LENGTH);
 *  - output must not overlap password or salt (ENCO_ERR_BAD_LENGTH).
 * The HMAC pads are keyed once per call, so an iteration costs two compression-function calls
 * for SHA-256 (one for the inner hash of U, one for the outer).
 */
ENCO_API int32_t enco_pbkdf2(int32_t hash, const uint8_t *password, int32_t password_len, const uint8_t *salt,
                             int32_t salt_len, int32_t iterations, uint8_t *output, int32_t output_len);

#ifdef __cplusplus
}
#endif

#endif /* ENCO_PBKDF2_H */
