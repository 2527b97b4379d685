/*
 * DEFLATE (RFC 1951, raw: no zlib or gzip wrapper) of one buffer, for IPComp (RFC 3173; the
 * DEFLATE transform is RFC 2394). Each datagram is compressed on its own, so one call holds the
 * whole stream; the compressor's state lives in the caller's workspace for that call only and
 * the engine allocates nothing.
 *
 * Host: zlib, with zalloc handing out pieces of the workspace. Device (ESP_PLATFORM, defined by
 * ESP-IDF builds; or ENCO_DEFLATE_MINIZ_ROM): the miniz tdefl/tinfl functions in the ESP32's ROM.
 * That branch is not compiled on this machine.
 */
#include <string.h>

#include "enco_args.h"
#include "enco_symmetric.h"

#define ENCO_DEFLATE_MIN_LEVEL 1
#define ENCO_DEFLATE_MAX_LEVEL 9

static int32_t check_call(int32_t operation_workspace, const uint8_t *input, int32_t input_len,
                          const uint8_t *output, int32_t output_len, const uint8_t *workspace, int32_t workspace_len)
{
    int32_t status;

    if ((status = enco_check_buffer(input, input_len)) != ENCO_OK ||
        (status = enco_check_buffer(output, output_len)) != ENCO_OK ||
        (status = enco_check_room(workspace, workspace_len, operation_workspace)) != ENCO_OK ||
        (status = enco_check_disjoint(input, input_len, output, output_len)) != ENCO_OK ||
        (status = enco_check_disjoint(workspace, workspace_len, input, input_len)) != ENCO_OK ||
        (status = enco_check_disjoint(workspace, workspace_len, output, output_len)) != ENCO_OK)
    {
        return status;
    }

    return ENCO_OK;
}

#if defined(ESP_PLATFORM) || defined(ENCO_DEFLATE_MINIZ_ROM)

/* ---- ESP32: miniz in ROM (esp_rom/include/miniz.h). UNCOMPILED HERE. ------------------------ */

#include "miniz.h"

int32_t enco_deflate_workspace_size(int32_t operation)
{
    /* tdefl_compressor is large (its dictionary and hash chains): a board that compresses
       allocates this workspace once at boot, or IPComp sends uncompressed (RFC 3173 section 2.2). */
    if (operation == ENCO_DEFLATE_COMPRESS)
    {
        return (int32_t)sizeof(tdefl_compressor);
    }

    return operation == ENCO_DEFLATE_DECOMPRESS ? (int32_t)sizeof(tinfl_decompressor) : ENCO_ERR_UNSUPPORTED;
}

int32_t enco_deflate(int32_t level, const uint8_t *input, int32_t input_len, uint8_t *output, int32_t output_len,
                     uint8_t *workspace, int32_t workspace_len)
{
    /* Probes per dictionary lookup: more for higher levels (our own choice, not zlib's levels). */
    static const mz_uint probes[ENCO_DEFLATE_MAX_LEVEL + 1] = {0, 1, 4, 8, 16, 32, 64, 128, 256, 512};
    tdefl_compressor *compressor = (tdefl_compressor *)workspace;
    size_t in_size = (size_t)input_len;
    size_t out_size = (size_t)output_len;
    mz_uint flags;
    tdefl_status result;
    int32_t status = check_call(enco_deflate_workspace_size(ENCO_DEFLATE_COMPRESS), input, input_len, output,
                                output_len, workspace, workspace_len);

    if (status != ENCO_OK)
    {
        return status;
    }

    if (level < ENCO_DEFLATE_MIN_LEVEL || level > ENCO_DEFLATE_MAX_LEVEL)
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    /* No TDEFL_WRITE_ZLIB_HEADER: raw DEFLATE. The workspace must be aligned for the struct. */
    flags = probes[level] | (level <= 3 ? TDEFL_GREEDY_PARSING_FLAG : 0);
    if (tdefl_init(compressor, NULL, NULL, (int)flags) != TDEFL_STATUS_OKAY)
    {
        return ENCO_ERR_BACKEND;
    }

    result = tdefl_compress(compressor, input, &in_size, output, &out_size, TDEFL_FINISH);
    enco_wipe(workspace, (size_t)workspace_len);
    if (result == TDEFL_STATUS_DONE)
    {
        return (int32_t)out_size;
    }

    return result == TDEFL_STATUS_OKAY ? ENCO_ERR_LIMIT : ENCO_ERR_BACKEND;
}

int32_t enco_inflate(const uint8_t *input, int32_t input_len, uint8_t *output, int32_t output_len, uint8_t *workspace,
                     int32_t workspace_len)
{
    tinfl_decompressor *decompressor = (tinfl_decompressor *)workspace;
    size_t in_size = (size_t)input_len;
    size_t out_size = (size_t)output_len;
    tinfl_status result;
    int32_t status = check_call(enco_deflate_workspace_size(ENCO_DEFLATE_DECOMPRESS), input, input_len, output,
                                output_len, workspace, workspace_len);

    if (status != ENCO_OK)
    {
        return status;
    }

    tinfl_init(decompressor);
    /* All input is present (no TINFL_FLAG_HAS_MORE_INPUT); the output is the whole window. */
    result = tinfl_decompress(decompressor, input, &in_size, output, output, &out_size,
                              TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF);
    enco_wipe(workspace, (size_t)workspace_len);
    if (result == TINFL_STATUS_DONE)
    {
        return in_size == (size_t)input_len ? (int32_t)out_size : ENCO_ERR_BAD_DATA;
    }

    return result == TINFL_STATUS_HAS_MORE_OUTPUT ? ENCO_ERR_LIMIT : ENCO_ERR_BAD_DATA;
}

#else

/* ---- Host: zlib over a workspace arena -------------------------------------------------- */

#include <zlib.h>

/* Compressor: a 4 KiB window (IPComp datagrams are mostly one MTU) and memLevel 5 keep deflate's
   five allocations near 40 KiB. Decompressor: any window a peer used (up to 32 KiB), since one
   call with Z_FINISH decodes straight into the output and zlib then needs no window of its own. */
#define ZLIB_COMPRESS_WINDOW_BITS 12
#define ZLIB_COMPRESS_MEM_LEVEL 5
#define ZLIB_INFLATE_WINDOW_BITS 15
#define ZLIB_COMPRESS_WORKSPACE (48 * 1024)
#define ZLIB_INFLATE_WORKSPACE (8 * 1024)

typedef struct arena
{
    uint8_t *next;
    size_t left;
} arena;

static voidpf arena_alloc(voidpf opaque, uInt items, uInt size)
{
    arena *a = (arena *)opaque;
    size_t bytes = (size_t)items * (size_t)size;
    uint8_t *block = a->next;

    bytes = (bytes + 15u) & ~(size_t)15u;
    if (size != 0 && bytes / size < items)
    {
        return Z_NULL;
    }

    if (bytes > a->left)
    {
        return Z_NULL; /* zlib reports Z_MEM_ERROR */
    }

    a->next += bytes;
    a->left -= bytes;
    return block;
}

static void arena_free(voidpf opaque, voidpf address)
{
    (void)opaque;
    (void)address; /* the whole arena is dropped when the call ends */
}

static void arena_init(arena *a, z_stream *stream, uint8_t *workspace, int32_t workspace_len)
{
    uintptr_t start = ((uintptr_t)workspace + 15u) & ~(uintptr_t)15u;
    size_t skip = (size_t)(start - (uintptr_t)workspace);

    a->next = workspace + skip;
    a->left = (size_t)workspace_len > skip ? (size_t)workspace_len - skip : 0;

    memset(stream, 0, sizeof(*stream));
    stream->zalloc = arena_alloc;
    stream->zfree = arena_free;
    stream->opaque = a;
}

int32_t enco_deflate_workspace_size(int32_t operation)
{
    if (operation == ENCO_DEFLATE_COMPRESS)
    {
        return ZLIB_COMPRESS_WORKSPACE;
    }

    return operation == ENCO_DEFLATE_DECOMPRESS ? ZLIB_INFLATE_WORKSPACE : ENCO_ERR_UNSUPPORTED;
}

int32_t enco_deflate(int32_t level, const uint8_t *input, int32_t input_len, uint8_t *output, int32_t output_len,
                     uint8_t *workspace, int32_t workspace_len)
{
    z_stream stream;
    arena a;
    int result;
    int32_t status = check_call(ZLIB_COMPRESS_WORKSPACE, input, input_len, output, output_len, workspace,
                                workspace_len);

    if (status != ENCO_OK)
    {
        return status;
    }

    if (level < ENCO_DEFLATE_MIN_LEVEL || level > ENCO_DEFLATE_MAX_LEVEL)
    {
        return ENCO_ERR_UNSUPPORTED;
    }

    arena_init(&a, &stream, workspace, workspace_len);
    /* Negative window bits: raw DEFLATE, no zlib header or Adler-32 trailer (RFC 2394 section 2). */
    result = deflateInit2(&stream, level, Z_DEFLATED, -ZLIB_COMPRESS_WINDOW_BITS, ZLIB_COMPRESS_MEM_LEVEL,
                          Z_DEFAULT_STRATEGY);
    if (result != Z_OK)
    {
        return result == Z_MEM_ERROR ? ENCO_ERR_BUFFER_TOO_SMALL : ENCO_ERR_BACKEND;
    }

    stream.next_in = (Bytef *)(uintptr_t)input; /* zlib's API is not const; it only reads */
    stream.avail_in = (uInt)input_len;
    stream.next_out = output;
    stream.avail_out = (uInt)output_len;
    result = deflate(&stream, Z_FINISH);
    status = result == Z_STREAM_END ? (int32_t)stream.total_out
             : result == Z_OK || result == Z_BUF_ERROR ? ENCO_ERR_LIMIT
                                                      : ENCO_ERR_BACKEND;
    deflateEnd(&stream);
    enco_wipe(workspace, (size_t)(a.next - workspace)); /* the window held the plaintext */
    return status;
}

int32_t enco_inflate(const uint8_t *input, int32_t input_len, uint8_t *output, int32_t output_len, uint8_t *workspace,
                     int32_t workspace_len)
{
    z_stream stream;
    arena a;
    int result;
    int32_t status = check_call(ZLIB_INFLATE_WORKSPACE, input, input_len, output, output_len, workspace,
                                workspace_len);

    if (status != ENCO_OK)
    {
        return status;
    }

    arena_init(&a, &stream, workspace, workspace_len);
    result = inflateInit2(&stream, -ZLIB_INFLATE_WINDOW_BITS);
    if (result != Z_OK)
    {
        return result == Z_MEM_ERROR ? ENCO_ERR_BUFFER_TOO_SMALL : ENCO_ERR_BACKEND;
    }

    stream.next_in = (Bytef *)(uintptr_t)input;
    stream.avail_in = (uInt)input_len;
    stream.next_out = output;
    stream.avail_out = (uInt)output_len;
    result = inflate(&stream, Z_FINISH);

    if (result == Z_STREAM_END)
    {
        /* Bytes after the final block are not part of a DEFLATE payload. */
        status = stream.avail_in == 0 ? (int32_t)stream.total_out : ENCO_ERR_BAD_DATA;
    }
    else if (result == Z_DATA_ERROR)
    {
        status = ENCO_ERR_BAD_DATA;
    }
    else if (stream.avail_out == 0)
    {
        /* Out of room before the end of the stream: more output than the limit (a bomb). zlib may
           then report Z_MEM_ERROR, failing to allocate a window it would keep for a next call. */
        status = ENCO_ERR_LIMIT;
    }
    else
    {
        status = ENCO_ERR_BAD_DATA; /* the input ended before the final block */
    }

    inflateEnd(&stream);
    enco_wipe(workspace, (size_t)(a.next - workspace));
    return status;
}

#endif
