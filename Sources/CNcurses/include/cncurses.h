#ifndef CNCURSES_H
#define CNCURSES_H
/// Placeholder during bootstrap; the terminal work defines the shim.
int cn_placeholder(void);
#endif
