print("atlas-tui: not built yet")
