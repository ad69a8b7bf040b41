#ifndef CNCURSES_H
#define CNCURSES_H

/* The only door to ncursesw. Swift never sees curses.h: every macro, global and variadic API it
   needs is wrapped here as a plain function with a cn_ prefix. */

#include <stddef.h>
#include <stdint.h>

/* Raw key codes ncurses returns from wget_wch with KEY_CODE_YES (KEY_* are macros). */
typedef struct cn_keycodes {
  int32_t up, down, left, right, page_up, page_down, home, end;
  int32_t enter, backspace, delete_char, back_tab, f0, mouse, resize;
  int32_t keypad_home, keypad_end, keypad_page_up, keypad_page_down;
} cn_keycodes;

/* Why: the KEY_* macros are octal constants Swift should not depend on directly. */
cn_keycodes cn_get_keycodes(void);

/* Why: setlocale must run before newterm or wide characters break. */
void cn_set_locale(void);

/* Why: nl_langinfo(CODESET) needs langinfo.h; 1 when the locale's character set is UTF-8. */
int cn_locale_is_utf8(void);

/* Why: newterm (unlike initscr) returns NULL on an unknown TERM instead of exiting; 0 on success. */
int cn_start(const char *term_name);

/* Why: raw/noecho/nonl/keypad/escdelay/cursor are macros or need stdscr, which Swift cannot read. */
void cn_configure_input(int escape_delay_ms);

/* Why: mousemask needs the BUTTON* macros; returns 1 when the terminal reports the mouse. */
int cn_enable_mouse(void);

/* Why: start_color + use_default_colors; returns the number of usable pairs, 0 for no colour. */
int cn_start_color(void);

/* Why: COLORS is a curses global Swift cannot read; the number of colours after cn_start_color. */
int cn_color_count(void);

/* Why: init_pair with -1 for the terminal default colour; returns 0 on success. */
int cn_init_pair(int pair, int foreground, int background);

/* Why: LINES does not import into Swift 6. */
int cn_lines(void);

/* Why: COLS does not import into Swift 6. */
int cn_cols(void);

/* Why: wtimeout needs stdscr; negative blocks, 0 polls. */
void cn_set_timeout(int milliseconds);

/* Why: wget_wch needs stdscr; returns 0 for a character, 1 for a key code, -1 for no input. */
int cn_read(uint32_t *code);

/* Why: getmouse fills a MEVENT whose button bits are macros; 0 none, 1 press, 2 wheel up, 3 wheel down. */
int cn_read_mouse(int *x, int *y);

/* Why: setcchar + mvadd_wch for one grapheme of UTF-32 scalars; attribute flags: 1 bold, 2 dim,
   4 underline, 8 reverse (A_* are macros). Draws '?' for an empty cell. Control scalars never get
   here: CellSymbol.safe applies the one policy (Unicode.Scalar.isControlCharacter) first. */
void cn_put_cell(int y, int x, const uint32_t *scalars, int count, unsigned flags, int pair);

/* Why: wnoutrefresh + doupdate need stdscr. */
void cn_refresh(void);

/* Why: clearok(curscr) forces a full repaint after resize or resume. */
void cn_clear(void);

/* Why: endwin plus our reset sequences; idempotent, safe to call twice. */
void cn_stop(void);

/* Why: sigaction handlers with static volatile sig_atomic_t flags for every signal whose default
   action ends the process (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1/2, SIGALRM, SIGVTALRM,
   SIGPROF, SIGIO, SIGXCPU, SIGPWR, SIGSTKFLT, the real-time signals) and for SIGTSTP and SIGCONT;
   alternate-stack handlers for the fatal ones (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT,
   SIGSYS); SIGPIPE ignored while the browser runs. */
int cn_install_signal_handlers(void);

/* Why: a SIGBUS or SIGSEGV at an address in [start, start + length) means the mapped file was
   truncated by another process; the handler (async-signal-safe) restores the terminal, prints
   "Error: the corpus snapshot changed on disk; reopen" and exits 74 instead of crashing.
   Installs the SIGBUS and SIGSEGV handlers on first use. */
void cn_guard_mapping(uintptr_t start, size_t length);

/* Why: the mapping at start is about to be unmapped; a fault there is no longer ours to explain. */
void cn_unguard_mapping(uintptr_t start);

/* Why: the crash handler may only use async-signal-safe calls, so the log path is copied in advance. */
void cn_set_crash_log(const char *path);

/* Why: puts back the dispositions that were there before cn_install_signal_handlers. */
void cn_restore_signal_handlers(void);

/* Why: reads and clears the pending terminating signal (0 when none). */
int cn_take_terminating_signal(void);

/* Why: reads and clears the pending stop request from SIGTSTP (1 when one arrived). */
int cn_take_stop_request(void);

/* Why: reads and clears the SIGCONT flag (1 when the process was continued). */
int cn_take_continued(void);

/* Why: stops the process like Ctrl-Z does: endwin, default SIGTSTP, SIGTSTP to the job, then resume curses. */
void cn_suspend(void);

/* Why: hands the terminal to another program (endwin, mouse off); cn_resume takes it back and
   forces a full repaint. Used around launching a web browser. */
void cn_pause(void);
void cn_resume(void);

/* Why: after restore, dies by the same signal with its default action (exit status 128+n). */
__attribute__((noreturn)) void cn_reraise(int signal_number);

/* Why: isatty on stdin and stdout; 1 when both are terminals. */
int cn_is_terminal(void);

#endif
