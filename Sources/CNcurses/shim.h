#ifndef ATLAS_CNCURSES_SHIM_H
#define ATLAS_CNCURSES_SHIM_H

// SwiftPM drops the -D flags of ncursesw.pc, and without this define curses.h hides
// the wide-character API (get_wch, cchar_t, setcchar). See design/NOTES.md P1.
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

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

// wcwidth is not visible through Glibc's module (P7); used only to cross-check TextWidth.
int wcwidth(wchar_t c);

#endif
