/*
 * Interoperability with the OpenSSL command line (argv[1]; empty when CMake found none, and the
 * test then exits 77, which ctest reports as skipped). Files go to argv[2].
 *  - our signatures verify with `openssl pkeyutl -verify`, OpenSSL's verify with ours, for RSA
 *    PKCS#1 v1.5 and PSS and for ECDSA P-256/P-384; PKCS#1 v1.5 signatures are identical;
 *  - OpenSSL's PKCS#8 keys import into ours, our SPKI/PKCS#8 exports load into OpenSSL;
 *  - ECDH P-256/P-384 and X25519 secrets agree both ways (`openssl pkeyutl -derive`);
 *  - OpenSSL's modp_1536 and modp_2048 primes equal our groups 5 and 14.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "enco_der.h"
#include "enco_dh_groups.h"
#include "pk_test_util.h"

static const char *openssl;
static const char *work;
static char path_buffer[8][512];

/* work/name, in one of 8 rotating buffers. */
static const char *path(const char *name)
{
    static int next;
    char *buffer = path_buffer[next++ % 8];
    snprintf(buffer, sizeof(path_buffer[0]), "%s/%s", work, name);
    return buffer;
}

static void write_file(const char *name, const uint8_t *bytes, size_t length)
{
    FILE *file = fopen(path(name), "wb");
    CHECK(file != NULL && fwrite(bytes, 1, length, file) == length);
    if (file != NULL)
    {
        fclose(file);
    }
}

static int32_t read_file(const char *name, uint8_t *bytes, size_t room)
{
    FILE *file = fopen(path(name), "rb");
    size_t length;
    if (file == NULL)
    {
        return -1;
    }

    length = fread(bytes, 1, room, file);
    fclose(file);
    return (int32_t)length;
}

/* Runs `openssl <arguments>` (quiet); returns its exit status. */
static int run(const char *arguments)
{
    char command[2048];
    int status;
    snprintf(command, sizeof(command), "\"%s\" %s >\"%s/openssl.log\" 2>&1", openssl, arguments, work);
    status = system(command);
    return status == -1 ? -1 : (status >> 8) & 0xFF;
}

#define RUN_OK(...)                                                                                              \
    do                                                                                                           \
    {                                                                                                            \
        char arguments_[1536];                                                                                   \
        snprintf(arguments_, sizeof(arguments_), __VA_ARGS__);                                                   \
        if (run(arguments_) != 0)                                                                                \
        {                                                                                                        \
            fprintf(stderr, "%s:%d: openssl %s failed\n", __FILE__, __LINE__, arguments_);                      \
            enco_test_failures++;                                                                                \
        }                                                                                                        \
    } while (0)

typedef struct scheme
{
    const char *name;
    int type;       /* ENCO_KEY_* */
    int parameter;  /* RSA bits */
    int padding;    /* RSA only */
    int hash;
    int32_t digest_size;
    const char *genpkey; /* openssl genpkey options */
    const char *options; /* pkeyutl -sign/-verify options */
} scheme;

static const scheme schemes[] = {
    {"rsa2048-pkcs1-sha256", ENCO_KEY_RSA, 2048, ENCO_RSA_PKCS1_V15, ENCO_HASH_SHA256, 32,
     "-algorithm RSA -pkeyopt rsa_keygen_bits:2048", "-pkeyopt digest:sha256"},
    {"rsa3072-pss-sha384", ENCO_KEY_RSA, 3072, ENCO_RSA_PSS, ENCO_HASH_SHA384, 48,
     "-algorithm RSA -pkeyopt rsa_keygen_bits:3072",
     "-pkeyopt digest:sha384 -pkeyopt rsa_padding_mode:pss -pkeyopt rsa_pss_saltlen:48 -pkeyopt rsa_mgf1_md:sha384"},
    {"rsa2048-pss-sha256", ENCO_KEY_RSA, 2048, ENCO_RSA_PSS, ENCO_HASH_SHA256, 32,
     "-algorithm RSA -pkeyopt rsa_keygen_bits:2048",
     "-pkeyopt digest:sha256 -pkeyopt rsa_padding_mode:pss -pkeyopt rsa_pss_saltlen:32 -pkeyopt rsa_mgf1_md:sha256"},
    {"ecdsa-p256-sha256", ENCO_KEY_EC_P256, 0, 0, ENCO_HASH_SHA256, 32, "-algorithm EC -pkeyopt ec_paramgen_curve:P-256",
     "-pkeyopt digest:sha256"},
    {"ecdsa-p384-sha384", ENCO_KEY_EC_P384, 0, 0, ENCO_HASH_SHA384, 48, "-algorithm EC -pkeyopt ec_paramgen_curve:P-384",
     "-pkeyopt digest:sha384"},
};

static int32_t sign(const scheme *s, const uint8_t *blob, int32_t blob_len, const uint8_t *digest, uint8_t *sig)
{
    return s->type == ENCO_KEY_RSA
               ? enco_rsa_sign(blob, blob_len, s->padding, s->hash, digest, s->digest_size, sig, 512)
               : enco_ecdsa_sign(blob, blob_len, s->hash, digest, s->digest_size, ENCO_ECDSA_DER, sig, 512);
}

static int32_t verify(const scheme *s, const uint8_t *spki, int32_t spki_len, const uint8_t *digest, const uint8_t *sig,
                      int32_t sig_len)
{
    return s->type == ENCO_KEY_RSA
               ? enco_rsa_verify(spki, spki_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, s->padding, s->hash, digest, s->digest_size,
                                 sig, sig_len)
               : enco_ecdsa_verify(s->type, spki, spki_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, digest, s->digest_size,
                                   ENCO_ECDSA_DER, sig, sig_len);
}

static void signatures(void)
{
    static uint8_t blob[ENCO_KEY_HEADER_SIZE + ENCO_KEY_MAX_DER_SIZE];
    static uint8_t der[ENCO_KEY_MAX_DER_SIZE];
    uint8_t digest[64];
    uint8_t sig[512];
    uint8_t again[512];
    size_t i;

    for (i = 0; i < sizeof(schemes) / sizeof(schemes[0]); i++)
    {
        const scheme *s = &schemes[i];
        int32_t blob_len;
        int32_t der_len;
        int32_t sig_len;

        enco_test_fill(digest, sizeof(digest), (uint32_t)i);
        write_file("digest.bin", digest, (size_t)s->digest_size);

        /* Ours signs, OpenSSL verifies; a flipped bit makes OpenSSL refuse. */
        blob_len = enco_key_generate(s->type, s->parameter, blob, sizeof(blob));
        der_len = enco_key_export(blob, blob_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, der, sizeof(der));
        write_file("ours-public.der", der, (size_t)der_len);
        sig_len = sign(s, blob, blob_len, digest, sig);
        CHECK(sig_len > 0);
        write_file("ours.sig", sig, (size_t)sig_len);
        RUN_OK("pkeyutl -verify -pubin -keyform DER -inkey %s -in %s -sigfile %s %s", path("ours-public.der"),
               path("digest.bin"), path("ours.sig"), s->options);
        sig[sig_len / 2] ^= 0x04;
        write_file("ours-bad.sig", sig, (size_t)sig_len);
        {
            char arguments[1536];
            snprintf(arguments, sizeof(arguments), "pkeyutl -verify -pubin -keyform DER -inkey %s -in %s -sigfile %s %s",
                     path("ours-public.der"), path("digest.bin"), path("ours-bad.sig"), s->options);
            CHECK(run(arguments) != 0);
        }

        /* Our PKCS#8 export loads into OpenSSL (it re-exports the same public key). */
        der_len = enco_key_export(blob, blob_len, ENCO_KEY_FORMAT_PRIVATE_PKCS8, der, sizeof(der));
        write_file("ours-private.der", der, (size_t)der_len);
        RUN_OK("pkey -inform DER -in %s -pubout -outform DER -out %s", path("ours-private.der"), path("ours-check.der"));
        der_len = read_file("ours-check.der", again, sizeof(again));
        CHECK(der_len > 0 && enco_key_export(blob, blob_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, der, sizeof(der)) == der_len &&
              memcmp(der, again, (size_t)der_len) == 0);

        /* OpenSSL generates and signs, ours imports its PKCS#8 and verifies. */
        RUN_OK("genpkey %s -outform DER -out %s", s->genpkey, path("theirs.der"));
        RUN_OK("pkeyutl -sign -keyform DER -inkey %s -in %s -out %s %s", path("theirs.der"), path("digest.bin"),
               path("theirs.sig"), s->options);
        /* genpkey -outform DER writes PKCS#1 / SEC1; pkcs8 -topk8 wraps it as PKCS#8. */
        RUN_OK("pkcs8 -topk8 -nocrypt -inform DER -in %s -outform DER -out %s", path("theirs.der"), path("theirs-pkcs8.der"));
        der_len = read_file("theirs-pkcs8.der", der, sizeof(der));
        blob_len = enco_key_import(s->type, 0, ENCO_KEY_FORMAT_PRIVATE_PKCS8, der, der_len, blob, sizeof(blob));
        CHECK(blob_len > 0);
        der_len = enco_key_export(blob, blob_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, der, sizeof(der));
        sig_len = read_file("theirs.sig", sig, sizeof(sig));
        CHECK_EQ(ENCO_OK, verify(s, der, der_len, digest, sig, sig_len));

        /* PKCS#1 v1.5 is deterministic: the same key signs the same bytes in both. */
        if (s->padding == ENCO_RSA_PKCS1_V15)
        {
            CHECK_EQ(sig_len, sign(s, blob, blob_len, digest, again));
            CHECK(memcmp(sig, again, (size_t)sig_len) == 0);
        }

        printf("  %s: both ways\n", s->name);
    }
}

/* ECDH/X25519: each side derives with the other's public key; the secrets are equal. */
static void agreement(int type, const char *genpkey, const char *name)
{
    uint8_t blob[256];
    uint8_t der[512];
    uint8_t ours[64];
    uint8_t theirs[64];
    int32_t blob_len = enco_key_generate(type, 0, blob, sizeof(blob));
    int32_t der_len;
    int32_t ours_len;
    int32_t theirs_len;

    der_len = enco_key_export(blob, blob_len, ENCO_KEY_FORMAT_PRIVATE_PKCS8, der, sizeof(der));
    write_file("ours-private.der", der, (size_t)der_len);
    der_len = enco_key_export(blob, blob_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, der, sizeof(der));
    write_file("ours-public.der", der, (size_t)der_len);

    RUN_OK("genpkey %s -outform DER -out %s", genpkey, path("theirs.der"));
    RUN_OK("pkey -inform DER -in %s -pubout -outform DER -out %s", path("theirs.der"), path("theirs-public.der"));
    RUN_OK("pkeyutl -derive -keyform DER -inkey %s -peerform DER -peerkey %s -out %s", path("theirs.der"),
           path("ours-public.der"), path("theirs.secret"));
    RUN_OK("pkeyutl -derive -keyform DER -inkey %s -peerform DER -peerkey %s -out %s", path("ours-private.der"),
           path("theirs-public.der"), path("ours-by-openssl.secret"));

    der_len = read_file("theirs-public.der", der, sizeof(der));
    ours_len = enco_key_agree(blob, blob_len, ENCO_KEY_FORMAT_PUBLIC_SPKI, der, der_len, ours, sizeof(ours));
    theirs_len = read_file("theirs.secret", theirs, sizeof(theirs));
    CHECK(ours_len > 0 && ours_len == theirs_len && memcmp(ours, theirs, (size_t)ours_len) == 0);
    theirs_len = read_file("ours-by-openssl.secret", theirs, sizeof(theirs));
    CHECK(ours_len == theirs_len && memcmp(ours, theirs, (size_t)ours_len) == 0);
    printf("  %s: both ways\n", name);
}

static void key_agreement(void)
{
    agreement(ENCO_KEY_EC_P256, "-algorithm EC -pkeyopt ec_paramgen_curve:P-256", "ecdh-p256");
    agreement(ENCO_KEY_EC_P384, "-algorithm EC -pkeyopt ec_paramgen_curve:P-384", "ecdh-p384");
    agreement(ENCO_KEY_X25519, "-algorithm X25519", "x25519");
}

/* DHParameter ::= SEQUENCE { prime INTEGER, base INTEGER, ... } (PKCS #3). */
static void modp_primes(void)
{
    static const struct
    {
        int group;
        const char *name;
    } named[] = {{5, "modp_1536"}, {14, "modp_2048"}};
    uint8_t der[1024];
    size_t i;

    for (i = 0; i < sizeof(named) / sizeof(named[0]); i++)
    {
        const enco_dh_group *group = enco_dh_group_of(named[i].group);
        const uint8_t *prime = NULL;
        size_t prime_len = 0;
        enco_der input;
        enco_der sequence;
        int32_t length;

        RUN_OK("genpkey -genparam -algorithm DH -pkeyopt group:%s -out %s", named[i].name, path("dh.pem"));
        RUN_OK("dhparam -in %s -outform DER -out %s", path("dh.pem"), path("dh.der"));
        length = read_file("dh.der", der, sizeof(der));
        enco_der_init(&input, der, length > 0 ? (size_t)length : 0);
        CHECK(enco_der_get(&input, ENCO_DER_SEQUENCE, &sequence) == 0 &&
              enco_der_get_unsigned(&sequence, &prime, &prime_len) == 0);
        CHECK(prime_len == group->size && prime != NULL && memcmp(prime, group->prime, prime_len) == 0);
    }
}

int main(int argc, char **argv)
{
    if (argc != 3 || argv[1][0] == '\0')
    {
        printf("SKIPPED: no openssl command found when CMake configured (install openssl to run this test)\n");
        return 77;
    }

    openssl = argv[1];
    work = argv[2];
    mkdir(work, 0700);

    RUN_TEST(signatures);
    RUN_TEST(key_agreement);
    RUN_TEST(modp_primes);
    return enco_test_summary();
}
