// glibc's sys/statfs.h (fstatfs, struct statfs with f_type), which Swift's Glibc module does not include.
#include <sys/statfs.h>
