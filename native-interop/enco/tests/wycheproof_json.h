/*
 * Test-only: a small JSON reader for the Wycheproof vector files (../../../../shared/vectors/
 * wycheproof). It parses a whole file into a flat array of nodes; objects and arrays link their
 * children. Strings are kept raw (escapes are skipped, not decoded): the fields the tests read are
 * hex strings, identifiers and numbers. Not for production input.
 */
#ifndef WYCHEPROOF_JSON_H
#define WYCHEPROOF_JSON_H

#include <stddef.h>
#include <stdint.h>

typedef enum json_type
{
    JSON_NULL,
    JSON_BOOL,
    JSON_NUMBER,
    JSON_STRING,
    JSON_ARRAY,
    JSON_OBJECT
} json_type;

typedef struct json_node
{
    json_type type;
    const char *key; /* member name inside an object, else NULL (raw, not terminated) */
    size_t key_len;
    const char *text; /* strings: raw content; numbers, booleans: the literal */
    size_t text_len;
    int first_child; /* -1 when none */
    int next_sibling;
} json_node;

typedef struct json_doc
{
    char *source;
    json_node *nodes;
    int count;
} json_doc;

/* Loads and parses a file; returns 0, or -1 with a message on stderr. */
int json_load(json_doc *doc, const char *path);
void json_free(json_doc *doc);

/* The member `name` of object `node`, or -1. */
int json_member(const json_doc *doc, int node, const char *name);

/* Children of an array or object: first, then next; -1 at the end. */
int json_first(const json_doc *doc, int node);
int json_next(const json_doc *doc, int node);

/* Number value of a member (0 when missing). */
long json_member_int(const json_doc *doc, int node, const char *name);

/* 1 when member `name` is a string equal to `value`. */
int json_member_is(const json_doc *doc, int node, const char *name, const char *value);

/* Decodes member `name` (a hex string) into a malloc'ed buffer; *length receives its size. The
 * buffer is never NULL (at least one byte is allocated) so tests can pass it with length 0. */
uint8_t *json_member_hex(const json_doc *doc, int node, const char *name, size_t *length);

#endif /* WYCHEPROOF_JSON_H */
