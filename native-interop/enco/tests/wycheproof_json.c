/* Test-only JSON reader for the Wycheproof files (see wycheproof_json.h). */
#include "wycheproof_json.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct parser
{
    const char *p;
    const char *end;
    json_doc *doc;
    int capacity;
} parser;

static void skip_space(parser *ps)
{
    while (ps->p < ps->end && isspace((unsigned char)*ps->p))
    {
        ps->p++;
    }
}

static int new_node(parser *ps, json_type type)
{
    json_node *node;
    if (ps->doc->count == ps->capacity)
    {
        ps->capacity = ps->capacity == 0 ? 1024 : ps->capacity * 2;
        ps->doc->nodes = (json_node *)realloc(ps->doc->nodes, (size_t)ps->capacity * sizeof(json_node));
        if (ps->doc->nodes == NULL)
        {
            return -1;
        }
    }

    node = &ps->doc->nodes[ps->doc->count];
    memset(node, 0, sizeof(*node));
    node->type = type;
    node->first_child = -1;
    node->next_sibling = -1;
    return ps->doc->count++;
}

/* Scans a string starting at the opening quote; returns its raw content. */
static int scan_string(parser *ps, const char **text, size_t *length)
{
    const char *start = ++ps->p;
    while (ps->p < ps->end && *ps->p != '"')
    {
        ps->p += *ps->p == '\\' ? 2 : 1;
    }

    if (ps->p >= ps->end)
    {
        return -1;
    }

    *text = start;
    *length = (size_t)(ps->p - start);
    ps->p++;
    return 0;
}

static int parse_value(parser *ps);

/* Parses the elements of an array or the members of an object into `parent`'s child list. */
static int parse_children(parser *ps, int parent, char close, int is_object)
{
    int previous = -1;
    ps->p++;
    skip_space(ps);
    if (ps->p < ps->end && *ps->p == close)
    {
        ps->p++;
        return 0;
    }

    for (;;)
    {
        const char *key = NULL;
        size_t key_len = 0;
        int child;

        skip_space(ps);
        if (is_object)
        {
            if (ps->p >= ps->end || *ps->p != '"' || scan_string(ps, &key, &key_len) != 0)
            {
                return -1;
            }

            skip_space(ps);
            if (ps->p >= ps->end || *ps->p != ':')
            {
                return -1;
            }

            ps->p++;
            skip_space(ps);
        }

        child = parse_value(ps);
        if (child < 0)
        {
            return -1;
        }

        ps->doc->nodes[child].key = key;
        ps->doc->nodes[child].key_len = key_len;
        if (previous < 0)
        {
            ps->doc->nodes[parent].first_child = child;
        }
        else
        {
            ps->doc->nodes[previous].next_sibling = child;
        }

        previous = child;
        skip_space(ps);
        if (ps->p < ps->end && *ps->p == ',')
        {
            ps->p++;
            continue;
        }

        if (ps->p < ps->end && *ps->p == close)
        {
            ps->p++;
            return 0;
        }

        return -1;
    }
}

static int parse_value(parser *ps)
{
    int node;
    skip_space(ps);
    if (ps->p >= ps->end)
    {
        return -1;
    }

    switch (*ps->p)
    {
    case '{':
    case '[': {
        int is_object = *ps->p == '{';
        node = new_node(ps, is_object ? JSON_OBJECT : JSON_ARRAY);
        if (node < 0 || parse_children(ps, node, is_object ? '}' : ']', is_object) != 0)
        {
            return -1;
        }

        return node;
    }
    case '"':
        node = new_node(ps, JSON_STRING);
        if (node < 0 || scan_string(ps, &ps->doc->nodes[node].text, &ps->doc->nodes[node].text_len) != 0)
        {
            return -1;
        }

        return node;
    default: {
        const char *start = ps->p;
        json_type type = *ps->p == 't' || *ps->p == 'f' ? JSON_BOOL : *ps->p == 'n' ? JSON_NULL : JSON_NUMBER;
        while (ps->p < ps->end && (isalnum((unsigned char)*ps->p) || *ps->p == '-' || *ps->p == '+' || *ps->p == '.'))
        {
            ps->p++;
        }

        if (ps->p == start || (node = new_node(ps, type)) < 0)
        {
            return -1;
        }

        ps->doc->nodes[node].text = start;
        ps->doc->nodes[node].text_len = (size_t)(ps->p - start);
        return node;
    }
    }
}

int json_load(json_doc *doc, const char *path)
{
    FILE *file = fopen(path, "rb");
    long size;
    parser ps;

    memset(doc, 0, sizeof(*doc));
    if (file == NULL)
    {
        fprintf(stderr, "cannot open %s\n", path);
        return -1;
    }

    fseek(file, 0, SEEK_END);
    size = ftell(file);
    fseek(file, 0, SEEK_SET);
    doc->source = (char *)malloc((size_t)size + 1);
    if (doc->source == NULL || fread(doc->source, 1, (size_t)size, file) != (size_t)size)
    {
        fclose(file);
        fprintf(stderr, "cannot read %s\n", path);
        return -1;
    }

    fclose(file);
    doc->source[size] = '\0';
    ps.p = doc->source;
    ps.end = doc->source + size;
    ps.doc = doc;
    ps.capacity = 0;
    if (parse_value(&ps) != 0)
    {
        fprintf(stderr, "%s: JSON parse error near byte %ld\n", path, (long)(ps.p - doc->source));
        return -1;
    }

    return 0;
}

void json_free(json_doc *doc)
{
    free(doc->source);
    free(doc->nodes);
    memset(doc, 0, sizeof(*doc));
}

int json_member(const json_doc *doc, int node, const char *name)
{
    size_t length = strlen(name);
    int child;
    for (child = json_first(doc, node); child >= 0; child = json_next(doc, child))
    {
        const json_node *n = &doc->nodes[child];
        if (n->key != NULL && n->key_len == length && memcmp(n->key, name, length) == 0)
        {
            return child;
        }
    }

    return -1;
}

int json_first(const json_doc *doc, int node)
{
    return node >= 0 ? doc->nodes[node].first_child : -1;
}

int json_next(const json_doc *doc, int node)
{
    return doc->nodes[node].next_sibling;
}

long json_member_int(const json_doc *doc, int node, const char *name)
{
    int member = json_member(doc, node, name);
    return member >= 0 ? strtol(doc->nodes[member].text, NULL, 10) : 0;
}

int json_member_is(const json_doc *doc, int node, const char *name, const char *value)
{
    int member = json_member(doc, node, name);
    size_t length = strlen(value);
    return member >= 0 && doc->nodes[member].type == JSON_STRING && doc->nodes[member].text_len == length &&
           memcmp(doc->nodes[member].text, value, length) == 0;
}

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
    {
        return c - '0';
    }

    c = (char)tolower((unsigned char)c);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

uint8_t *json_member_hex(const json_doc *doc, int node, const char *name, size_t *length)
{
    int member = json_member(doc, node, name);
    const char *text = member >= 0 ? doc->nodes[member].text : "";
    size_t digits = member >= 0 ? doc->nodes[member].text_len : 0;
    uint8_t *bytes = (uint8_t *)malloc(digits / 2 + 1);
    size_t i;

    if (bytes == NULL || digits % 2 != 0)
    {
        fprintf(stderr, "bad hex member %s\n", name);
        exit(2);
    }

    for (i = 0; i < digits / 2; i++)
    {
        int high = hex_digit(text[2 * i]);
        int low = hex_digit(text[2 * i + 1]);
        if (high < 0 || low < 0)
        {
            fprintf(stderr, "bad hex member %s\n", name);
            exit(2);
        }

        bytes[i] = (uint8_t)(high << 4 | low);
    }

    *length = digits / 2;
    return bytes;
}
