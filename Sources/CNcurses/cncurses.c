/* The ncursesw shim: the only code in Cronica that calls curses or installs signal handlers. */
#define _XOPEN_SOURCE_EXTENDED 1
#define _DEFAULT_SOURCE 1
#include "cncurses.h"

#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <stddef.h>
#include <ncursesw/curses.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>

static SCREEN *screen = NULL;
static struct termios saved_termios;
static volatile sig_atomic_t have_saved_termios = 0;
static volatile sig_atomic_t curses_active = 0;
static int tty_fd = STDOUT_FILENO;

static volatile sig_atomic_t pending_terminating_signal = 0;
static volatile sig_atomic_t pending_stop_request = 0;
static volatile sig_atomic_t pending_continued = 0;

/* Every signal whose default action ends the process, asynchronous ones first: they set a flag
   that the browser loop polls, so it stops curses in order and then dies by the signal. The
   real-time signals are added when the handlers are installed (SIGRTMIN is not a constant). */
static const int asynchronous_signals[] = {
  SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGIO, SIGXCPU,
#ifdef SIGPWR
  SIGPWR,
#endif
#ifdef SIGSTKFLT
  SIGSTKFLT,
#endif
};
#define ASYNCHRONOUS_COUNT (sizeof asynchronous_signals / sizeof asynchronous_signals[0])
#define TERMINATING_MAX (ASYNCHRONOUS_COUNT + 64)
static int terminating_signals[TERMINATING_MAX];
static size_t terminating_count = 0;
/* Faults and aborts: restored and re-raised at once by the handler, on the alternate stack. */
static const int fatal_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT, SIGSYS};
#define FATAL_COUNT (sizeof fatal_signals / sizeof fatal_signals[0])
static struct sigaction old_terminating[TERMINATING_MAX];
static struct sigaction old_fatal[FATAL_COUNT];
static struct sigaction old_tstp, old_cont, old_pipe;
static sigset_t old_mask;
static int handlers_installed = 0;
static char alternate_stack[64 * 1024];
static int alternate_stack_set = 0;
static char crash_log_path[1024] = {0};

/* Mapped files whose pages may vanish when another process truncates them (cn_guard_mapping). */
#define GUARD_SLOTS 16
static volatile uintptr_t guard_start[GUARD_SLOTS];
static volatile uintptr_t guard_end[GUARD_SLOTS];
static int guard_installed = 0;
static int guard_exiting = 0;
static struct sigaction old_guard_bus, old_guard_segv;
static const char guard_message[] = "Error: the corpus snapshot changed on disk; reopen\n";

/* Reset sequences written by the crash handler: mouse off, attributes off, leave the alternate
   screen, show the cursor, keypad transmit off. */
static const char reset_sequence[] =
  "\033[?1000l\033[?1002l\033[?1003l\033[?1006l\033[0m\033[?1049l\033[?25h\033[?1l\033>";

cn_keycodes cn_get_keycodes(void) {
  cn_keycodes codes = {
    .up = KEY_UP, .down = KEY_DOWN, .left = KEY_LEFT, .right = KEY_RIGHT,
    .page_up = KEY_PPAGE, .page_down = KEY_NPAGE, .home = KEY_HOME, .end = KEY_END,
    .enter = KEY_ENTER, .backspace = KEY_BACKSPACE, .delete_char = KEY_DC, .back_tab = KEY_BTAB,
    .f0 = KEY_F0, .mouse = KEY_MOUSE, .resize = KEY_RESIZE,
    .keypad_home = KEY_A1, .keypad_end = KEY_C1, .keypad_page_up = KEY_A3, .keypad_page_down = KEY_C3,
  };
  return codes;
}

void cn_set_locale(void) { setlocale(LC_ALL, ""); }

int cn_locale_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

int cn_start(const char *term_name) {
  tty_fd = isatty(STDOUT_FILENO) ? STDOUT_FILENO : STDIN_FILENO;
  if (tcgetattr(tty_fd, &saved_termios) == 0) have_saved_termios = 1;
  screen = newterm(term_name, stdout, stdin);
  if (screen == NULL) return -1;
  set_term(screen);
  curses_active = 1;
  return 0;
}

void cn_configure_input(int escape_delay_ms) {
  raw();
  noecho();
  nonl();
  intrflush(stdscr, FALSE);
  keypad(stdscr, TRUE);
  set_escdelay(escape_delay_ms);
  curs_set(0);
  leaveok(stdscr, TRUE);
}

int cn_enable_mouse(void) {
  mmask_t wanted = BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED;
  mouseinterval(0);
  return mousemask(wanted, NULL) != 0 ? 1 : 0;
}

int cn_start_color(void) {
  if (!has_colors()) return 0;
  if (start_color() == ERR) return 0;
  use_default_colors();
  return COLOR_PAIRS > 32767 ? 32767 : COLOR_PAIRS;
}

int cn_color_count(void) { return COLORS; }

int cn_init_pair(int pair, int foreground, int background) {
  return init_pair((short)pair, (short)foreground, (short)background) == OK ? 0 : -1;
}

int cn_lines(void) { return LINES; }

int cn_cols(void) { return COLS; }

void cn_set_timeout(int milliseconds) { wtimeout(stdscr, milliseconds); }

int cn_read(uint32_t *code) {
  wint_t value = 0;
  int status = wget_wch(stdscr, &value);
  *code = (uint32_t)value;
  if (status == OK) return 0;
  if (status == KEY_CODE_YES) return 1;
  return -1;
}

int cn_read_mouse(int *x, int *y) {
  MEVENT event;
  if (getmouse(&event) != OK) return 0;
  *x = event.x;
  *y = event.y;
  if (event.bstate & BUTTON4_PRESSED) return 2;
  if (event.bstate & BUTTON5_PRESSED) return 3;
  if (event.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return 1;
  return 0;
}

void cn_put_cell(int y, int x, const uint32_t *scalars, int count, unsigned flags, int pair) {
  wchar_t text[CCHARW_MAX + 1];
  int length = 0;
  int refused = count <= 0;
  for (int i = 0; i < count; i++) {
    if (length < CCHARW_MAX) text[length++] = (wchar_t)scalars[i];
  }
  if (refused) { text[0] = L'?'; length = 1; }
  text[length] = 0;
  attr_t attributes = A_NORMAL;
  if (flags & 1) attributes |= A_BOLD;
  if (flags & 2) attributes |= A_DIM;
  if (flags & 4) attributes |= A_UNDERLINE;
  if (flags & 8) attributes |= A_REVERSE;
  cchar_t cell;
  if (setcchar(&cell, text, attributes, (short)pair, NULL) != OK) {
    text[1] = 0;  /* a sequence curses cannot combine: keep its base character */
    if (setcchar(&cell, text, attributes, (short)pair, NULL) != OK) return;
  }
  mvwadd_wch(stdscr, y, x, &cell);  /* ERR at the bottom-right corner is expected and harmless */
}

void cn_refresh(void) {
  wnoutrefresh(stdscr);
  doupdate();
}

void cn_clear(void) {
  werase(stdscr);
  clearok(curscr, TRUE);
}

void cn_stop(void) {
  if (!curses_active) return;
  curses_active = 0;
  mousemask(0, NULL);
  endwin();
  if (have_saved_termios) tcsetattr(tty_fd, TCSADRAIN, &saved_termios);
}

static void on_terminating_signal(int signal_number) { pending_terminating_signal = signal_number; }

static void on_stop_signal(int signal_number) {
  (void)signal_number;
  pending_stop_request = 1;
}

static void on_continue_signal(int signal_number) {
  (void)signal_number;
  pending_continued = 1;
}

void cn_set_crash_log(const char *path) {
  strncpy(crash_log_path, path, sizeof crash_log_path - 1);
  crash_log_path[sizeof crash_log_path - 1] = 0;
}

/* Writes a whole string; async-signal-safe. */
static void put(int fd, const char *text) {
  size_t length = strlen(text);
  while (length > 0) {
    ssize_t written = write(fd, text, length);
    if (written <= 0) return;
    text += written;
    length -= (size_t)written;
  }
}

/* Decimal digits of a non-negative number into a caller's buffer; async-signal-safe. */
static const char *decimal(long long value, char buffer[24]) {
  char *end = buffer + 23;
  *end = 0;
  if (value < 0) value = 0;
  do {
    *--end = (char)('0' + value % 10);
    value /= 10;
  } while (value > 0 && end > buffer);
  return end;
}

/* Puts the terminal back from a signal handler: reset sequences and the saved termios. */
static void restore_terminal_now(void) {
  if (curses_active) {
    curses_active = 0;
    ssize_t ignored = write(tty_fd, reset_sequence, sizeof reset_sequence - 1);
    (void)ignored;
    if (have_saved_termios) tcsetattr(tty_fd, TCSANOW, &saved_termios);
  }
}

/* Runs on the alternate stack: async-signal-safe calls only (write, open, time, tcsetattr), then
   tells the user what happened and where the log is, and dies by the same signal. */
static void on_fatal_signal(int signal_number) {
  restore_terminal_now();
  char number[24], seconds[24];
  const char *signal_text = decimal(signal_number, number);
  put(STDERR_FILENO, "\ncronica crashed (signal ");
  put(STDERR_FILENO, signal_text);
  put(STDERR_FILENO, "); the terminal has been restored.\n");
  if (crash_log_path[0]) {
    int log = open(crash_log_path, O_WRONLY | O_CREAT | O_APPEND | O_NONBLOCK | O_CLOEXEC, 0600);
    if (log >= 0) {
      put(log, "cronica crashed: signal ");
      put(log, signal_text);
      put(log, " at unix time ");
      put(log, decimal((long long)time(NULL), seconds));
      put(log, "\n");
      close(log);
      put(STDERR_FILENO, "A crash log was written to ");
      put(STDERR_FILENO, crash_log_path);
      put(STDERR_FILENO, "\nPlease report it with what you were doing.\n");
    }
  }
  signal(signal_number, SIG_DFL);
  raise(signal_number);
}

/* A fault at an address inside a guarded mapping: its file shrank under us. Restores the
   terminal, says so and exits 74 (EX_IOERR). Otherwise the browser's crash report, or, outside
   the browser, the default action (the fault happens again once this returns). */
static void on_fault(int signal_number, siginfo_t *info, void *context) {
  (void)context;
  uintptr_t address = (uintptr_t)info->si_addr;
  for (int i = 0; i < GUARD_SLOTS; i++) {
    if (guard_start[i] != 0 && address >= guard_start[i] && address < guard_end[i]) {
      /* Several threads may fault on the same lost pages at once: one reports, the others wait
         for the exit. */
      if (__atomic_exchange_n(&guard_exiting, 1, __ATOMIC_SEQ_CST) != 0) {
        for (;;) pause();
      }
      restore_terminal_now();
      put(STDERR_FILENO, guard_message);
      _exit(74);
    }
  }
  if (handlers_installed) {
    on_fatal_signal(signal_number);
    return;
  }
  signal(signal_number, SIG_DFL);
}

static void install(int signal_number, void (*handler)(int), int flags, struct sigaction *old) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = flags;
  sigaction(signal_number, &action, old);
}

static void install_fault(int signal_number, int flags, struct sigaction *old) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_sigaction = on_fault;
  sigemptyset(&action.sa_mask);
  action.sa_flags = flags | SA_SIGINFO;
  sigaction(signal_number, &action, old);
}

static int set_alternate_stack(void) {
  if (alternate_stack_set) return 0;
  stack_t stack;
  memset(&stack, 0, sizeof stack);
  stack.ss_sp = alternate_stack;
  stack.ss_size = sizeof alternate_stack;
  alternate_stack_set = 1;
  return sigaltstack(&stack, NULL);
}

void cn_guard_mapping(uintptr_t start, size_t length) {
  if (!guard_installed) {
    set_alternate_stack();
    install_fault(SIGBUS, SA_ONSTACK, &old_guard_bus);
    install_fault(SIGSEGV, SA_ONSTACK, &old_guard_segv);
    guard_installed = 1;
  }
  for (int i = 0; i < GUARD_SLOTS; i++) {
    if (guard_start[i] == 0) {
      guard_end[i] = start + length;
      guard_start[i] = start;
      return;
    }
  }
}

void cn_unguard_mapping(uintptr_t start) {
  for (int i = 0; i < GUARD_SLOTS; i++) {
    if (guard_start[i] == start) {
      guard_start[i] = 0;
      guard_end[i] = 0;
    }
  }
}

int cn_install_signal_handlers(void) {
  if (handlers_installed) return 0;
  int result = set_alternate_stack();
  terminating_count = 0;
  for (size_t i = 0; i < ASYNCHRONOUS_COUNT; i++) terminating_signals[terminating_count++] = asynchronous_signals[i];
  for (int number = SIGRTMIN; number <= SIGRTMAX && terminating_count < TERMINATING_MAX; number++)
    terminating_signals[terminating_count++] = number;
  for (size_t i = 0; i < terminating_count; i++)
    install(terminating_signals[i], on_terminating_signal, 0, &old_terminating[i]);
  for (size_t i = 0; i < FATAL_COUNT; i++) {
    /* No SA_RESETHAND for faults: a second thread faulting on the same lost mapping while the
       first is in the handler would meet the default action and die dirty. */
    if (fatal_signals[i] == SIGSEGV || fatal_signals[i] == SIGBUS)
      install_fault(fatal_signals[i], SA_ONSTACK, &old_fatal[i]);
    else
      install(fatal_signals[i], on_fatal_signal, SA_ONSTACK | SA_RESETHAND, &old_fatal[i]);
  }
  install(SIGTSTP, on_stop_signal, 0, &old_tstp);
  install(SIGCONT, on_continue_signal, SA_RESTART, &old_cont);
  /* A write to a pipe or FIFO whose reader left (an export) fails with EPIPE, said on the status
     line, instead of ending the browser. */
  install(SIGPIPE, SIG_IGN, 0, &old_pipe);
  /* A parent may have spawned us with these blocked; they must reach the handlers (and ncurses). */
  sigset_t wanted;
  sigemptyset(&wanted);
  for (size_t i = 0; i < terminating_count; i++) sigaddset(&wanted, terminating_signals[i]);
  for (size_t i = 0; i < FATAL_COUNT; i++) sigaddset(&wanted, fatal_signals[i]);
  sigaddset(&wanted, SIGTSTP);
  sigaddset(&wanted, SIGCONT);
  sigaddset(&wanted, SIGWINCH);
  sigprocmask(SIG_UNBLOCK, &wanted, &old_mask);
  handlers_installed = 1;
  return result;
}

void cn_restore_signal_handlers(void) {
  if (!handlers_installed) return;
  for (size_t i = 0; i < terminating_count; i++) sigaction(terminating_signals[i], &old_terminating[i], NULL);
  for (size_t i = 0; i < FATAL_COUNT; i++) sigaction(fatal_signals[i], &old_fatal[i], NULL);
  sigaction(SIGTSTP, &old_tstp, NULL);
  sigaction(SIGCONT, &old_cont, NULL);
  sigaction(SIGPIPE, &old_pipe, NULL);
  sigprocmask(SIG_SETMASK, &old_mask, NULL);
  handlers_installed = 0;
}

/* A flag a signal handler set, read and cleared. */
static int take(volatile sig_atomic_t *flag) {
  int value = *flag;
  *flag = 0;
  return value;
}

int cn_take_terminating_signal(void) { return take(&pending_terminating_signal); }

int cn_take_stop_request(void) { return take(&pending_stop_request); }

int cn_take_continued(void) { return take(&pending_continued); }

void cn_suspend(void) {
  int was_active = curses_active;
  if (was_active) {
    curses_active = 0;
    endwin();
  }
  struct sigaction ours;
  install(SIGTSTP, SIG_DFL, 0, &ours);
  kill(0, SIGTSTP);  /* stop the whole job, as the tty's Ctrl-Z would; returns after SIGCONT (fg) */
  sigaction(SIGTSTP, &ours, NULL);
  if (was_active) {
    clearok(curscr, TRUE);
    wrefresh(stdscr);  /* the first refresh after endwin re-enters curses mode */
    curses_active = 1;
  }
}

static int paused = 0;

void cn_pause(void) {
  if (!curses_active || paused) return;
  paused = 1;
  curses_active = 0;
  mousemask(0, NULL);
  endwin();
}

void cn_resume(void) {
  if (!paused) return;
  paused = 0;
  clearok(curscr, TRUE);
  wrefresh(stdscr);  /* the first refresh after endwin re-enters curses mode */
  curses_active = 1;
  cn_enable_mouse();
}

void cn_reraise(int signal_number) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = SIG_DFL;
  sigemptyset(&action.sa_mask);
  sigaction(signal_number, &action, NULL);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, signal_number);
  sigprocmask(SIG_UNBLOCK, &set, NULL);
  raise(signal_number);
  _exit(128 + signal_number);
}

int cn_is_terminal(void) { return isatty(STDIN_FILENO) && isatty(STDOUT_FILENO); }
