/*
 * Internal: the Oakley/MODP groups of finite-field Diffie-Hellman that IKEv1 peers propose
 * (RFC 2409 section 6, RFC 3526). Every prime is a safe prime p = 2q + 1 with generator 2.
 */
#ifndef ENCO_DH_GROUPS_H
#define ENCO_DH_GROUPS_H

#include <stddef.h>
#include <stdint.h>

typedef struct enco_dh_group
{
    int32_t id;           /* the IKE group number */
    const uint8_t *prime; /* big-endian */
    size_t size;          /* bytes of p */
    size_t exponent_bits; /* private exponents generated for the group */
    uint32_t pi_offset;   /* k in p = 2^n - 2^(n-64) - 1 + 2^64 * ([2^(n-130) pi] + k) */
} enco_dh_group;

#define ENCO_DH_GENERATOR 2
#define ENCO_DH_MAX_SIZE 256 /* group 14 */

/* NULL for a group the engine does not have. */
const enco_dh_group *enco_dh_group_of(int32_t id);

#endif /* ENCO_DH_GROUPS_H */
