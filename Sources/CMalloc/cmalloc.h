// glibc's malloc.h (mallopt, mallinfo2), which Swift's Glibc module does not include.
#include <malloc.h>
