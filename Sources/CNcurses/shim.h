#ifndef ATLAS_CNCURSES_SHIM_H
#define ATLAS_CNCURSES_SHIM_H

// SwiftPM drops the -D flags of ncursesw.pc, and without this define curses.h hides
// the wide-character API (get_wch, cchar_t, setcchar). See design/NOTES.md P1.
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <signal.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Attribute macros expand through casts Swift cannot import (P2): expose them as functions.
static inline attr_t atlas_a_normal(void) { return A_NORMAL; }
static inline attr_t atlas_a_bold(void) { return A_BOLD; }
static inline attr_t atlas_a_dim(void) { return A_DIM; }
static inline attr_t atlas_a_reverse(void) { return A_REVERSE; }
static inline attr_t atlas_a_underline(void) { return A_UNDERLINE; }
static inline attr_t atlas_a_standout(void) { return A_STANDOUT; }

// Swift 6 rejects reading C mutable globals (P4); a function call is fine.
static inline int atlas_colors(void) { return COLORS; }
static inline int atlas_color_pairs(void) { return COLOR_PAIRS; }
// The window newterm made current. Read once right after newterm and kept, so Swift never
// touches the `stdscr` global itself.
static inline WINDOW *atlas_stdscr(void) { return stdscr; }
static inline FILE *atlas_stdout(void) { return stdout; }
static inline FILE *atlas_stdin(void) { return stdin; }
// The curses screen of a terminal whose description cannot move the cursor (TERM=dumb,
// a hard-copy type) is unusable for a full-screen browser; newterm accepts it anyway.
static inline int atlas_can_address_cursor(void) {
  return cursor_address != NULL && cursor_address != (char *)-1;
}

// Whether the parent left `sig` ignored (nohup, `&` in a script); the SIG_IGN macro is
// a cast Swift cannot compare against.
static inline int atlas_signal_is_ignored(int sig) {
  struct sigaction old;
  return sigaction(sig, NULL, &old) == 0 && old.sa_handler == SIG_IGN;
}

// wcwidth is not visible through Glibc's module (P7): the backend needs it to know how
// many columns ncurses will give a character, and tests cross-check TextWidth with it.
int wcwidth(wchar_t c);

#endif
