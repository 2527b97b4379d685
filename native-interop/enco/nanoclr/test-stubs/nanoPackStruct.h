/* Test stub: nanoCLR's structure-packing macros; the glue needs none of them. */
#ifndef NANOPACKSTRUCT_H
#define NANOPACKSTRUCT_H
#endif
