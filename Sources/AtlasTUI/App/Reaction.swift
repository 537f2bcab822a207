/// What the event loop should do after an action (htop's handler result): nothing,
/// draw again, draw again from scratch (the screen may be garbled), or stop.
public enum Reaction: Hashable, Sendable {
  case none
  case redraw
  case repaint
  case quit
}
