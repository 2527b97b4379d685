/*
 * Internal: the random generator the public-key code hands mbedTLS as (f_rng, p_rng), for key
 * generation, PSS salts, PKCS#1 v1.5 encryption padding and the blinding of every private-key
 * operation. It draws on the engine-wide CTR_DRBG (enco_random). ECDSA nonces do not come from
 * it (RFC 6979, see enco_ecdsa.c).
 */
#ifndef ENCO_PK_RNG_H
#define ENCO_PK_RNG_H

#include <stddef.h>

/* mbedTLS's f_rng shape: 0 on success, non-zero when no random bytes could be had. p_rng is
 * unused (pass NULL). */
int enco_pk_rng(void *p_rng, unsigned char *output, size_t length);

#endif /* ENCO_PK_RNG_H */
