// swift-tools-version:6.0
// Atlas TUI: a terminal browser for the Agentic AI Atlas catalog.
// The only outside dependencies are two system C libraries (ncursesw, libyaml),
// reached through system-library targets; see DECISIONS.md for why each seam exists.
import PackageDescription

let package = Package(
  name: "AtlasTUI",
  products: [
    .executable(name: "atlas-tui", targets: ["atlas-tui"]),
    .executable(name: "atlas-bench", targets: ["atlas-bench"]),
    .library(name: "AtlasModel", targets: ["AtlasModel"]),
  ],
  targets: [
    // ncursesw without pkg-config: SwiftPM drops the .pc file's -D flags, so shim.h
    // defines _XOPEN_SOURCE_EXTENDED itself (design/NOTES.md P1).
    .systemLibrary(
      name: "CNcurses",
      providers: [.apt(["libncurses-dev"])]
    ),
    .systemLibrary(
      name: "CYaml",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"])]
    ),
    // Catalog loading, indexing and printing. Knows nothing of curses.
    .target(name: "AtlasModel", dependencies: ["CYaml"]),
    // The front end: state, actions, views drawn onto an in-memory Canvas. No C modules.
    .target(name: "AtlasTUI", dependencies: ["AtlasModel"]),
    // The one target that talks to ncursesw.
    .target(name: "AtlasCurses", dependencies: ["AtlasTUI", "CNcurses"]),
    .executableTarget(name: "atlas-tui", dependencies: ["AtlasModel", "AtlasTUI", "AtlasCurses"]),
    // The synthetic-catalog generator and the benchmark (Benchmarks/README.md).
    .target(name: "AtlasBench", dependencies: ["AtlasModel", "AtlasTUI", "CYaml"]),
    .executableTarget(name: "atlas-bench", dependencies: ["AtlasBench", "AtlasModel"]),

    .target(name: "TestSupport", dependencies: ["AtlasModel", "AtlasTUI", "AtlasBench"], path: "Tests/TestSupport"),
    .testTarget(name: "AtlasModelTests", dependencies: ["AtlasModel", "TestSupport"]),
    .testTarget(name: "AtlasTUITests", dependencies: ["AtlasTUI", "AtlasModel", "TestSupport"]),
    .testTarget(name: "AtlasCursesTests", dependencies: ["AtlasCurses", "AtlasTUI", "TestSupport"]),
    // Depends on the executable so `swift test` builds the binary the tmux walk drives.
    .testTarget(name: "EndToEndTests", dependencies: ["atlas-tui", "TestSupport"]),
    .testTarget(name: "AtlasBenchTests", dependencies: ["AtlasBench", "AtlasModel", "TestSupport"]),
  ]
)
