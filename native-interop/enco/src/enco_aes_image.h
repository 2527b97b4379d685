/*
 * Internal: an mbedtls_aes_context stored in a movable blob. mbedTLS 2.x's context points into
 * itself (rk -> buf, possibly 16-byte aligned for VIA Padlock), so a copy must be re-pointed at its
 * own buffer; 3.x keeps an offset (rk_offset) and ESP-IDF's accelerator context (MBEDTLS_AES_ALT)
 * keeps the raw key, both position independent already.
 */
#ifndef ENCO_AES_IMAGE_H
#define ENCO_AES_IMAGE_H

#include <stdint.h>

#include <mbedtls/aes.h>
#include <mbedtls/version.h>

#if MBEDTLS_VERSION_NUMBER < 0x03000000 && !defined(MBEDTLS_AES_ALT)
#define ENCO_AES_SELF_POINTER 1
#endif

/* Where rk points inside buf, to be recorded in the blob's header when the key is set. */
static inline uint32_t enco_aes_rk_offset(const mbedtls_aes_context *aes)
{
#ifdef ENCO_AES_SELF_POINTER
    return (uint32_t)(aes->rk - aes->buf);
#else
    (void)aes;
    return 0;
#endif
}

/* Re-points a copied context at its own buffer. Callers copy into storage with the alignment
 * of the original (max_align_t), so a Padlock-aligned offset stays valid. */
static inline void enco_aes_rebase(mbedtls_aes_context *aes, uint32_t offset)
{
#ifdef ENCO_AES_SELF_POINTER
    aes->rk = aes->buf + offset;
#else
    (void)aes;
    (void)offset;
#endif
}

#endif /* ENCO_AES_IMAGE_H */
