// swift-tools-version:6.2
import PackageDescription

/// Cronica: a terminal timeline browser. Layers point one way: CLI → Terminal → UI → Model.
/// Linux only (glibc, /proc): CronicaSystem stops the build elsewhere; see docs/DECISIONS.md.
let package = Package(
  name: "Cronica",
  products: [
    .executable(name: "cronica", targets: ["cronica"]),
    .executable(name: "cronica-bench", targets: ["cronica-bench"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
    .package(url: "https://github.com/apple/swift-algorithms", from: "1.2.1"),
  ],
  targets: [
    /// Thin C shim over ncursesw: the only code that touches curses.
    .target(
      name: "CNcurses",
      linkerSettings: [.linkedLibrary("ncursesw")]
    ),
    /// glibc's malloc.h for the process's allocator settings (`ProcessAllocator`).
    .systemLibrary(name: "CMalloc"),
    /// glibc's sys/statfs.h for a folder's file system type (`ListedKinds.readsShortOnlyAtEnd`).
    .systemLibrary(name: "CStatfs"),
    /// The one place for file and stream system calls (swift-system underneath): one throwing
    /// write path, atomic replacement of regular files, checked reads, locks, mappings.
    .target(
      name: "CronicaSystem",
      dependencies: ["CMalloc", "CStatfs", .product(name: "SystemPackage", package: "swift-system")]
    ),
    /// Pure Swift model: articles, cleaning, chronology, themes, search. Foundation only.
    .target(
      name: "CronicaModel",
      dependencies: [
        "CronicaSystem", .product(name: "Yams", package: "Yams"),
        .product(name: "Algorithms", package: "swift-algorithms"),
      ]
    ),
    /// Pure UI state machine and renderer into a cell grid.
    .target(
      name: "CronicaUI",
      dependencies: ["CronicaModel", .product(name: "Algorithms", package: "swift-algorithms")]
    ),
    /// ncurses backend: terminal setup/restore, key decoding, grid presentation, signals.
    .target(name: "CronicaTerminal", dependencies: ["CronicaUI", "CronicaSystem", "CNcurses"]),
    /// The bundled corpus as resources (raw articles, manifest, events, themes).
    .target(
      name: "CronicaResources",
      path: "Resources",
      resources: [.copy("corpus"), .copy("temporal"), .copy("build")]
    ),
    /// Command-line interface (library so tests can parse commands).
    .target(
      name: "CronicaCLI",
      dependencies: [
        "CronicaModel", "CronicaUI", "CronicaTerminal", "CronicaResources", "CronicaSystem",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "cronica", dependencies: ["CronicaCLI"]),
    /// Benchmark harness: seeded synthetic corpora and model timings (see bench/run.py).
    .executableTarget(name: "cronica-bench", dependencies: ["CronicaModel", "CronicaUI", "CronicaSystem"]),
    /// Test-only helpers: grid snapshots, line diffs, fixture builders.
    .target(name: "CronicaTestSupport", dependencies: ["CronicaModel", "CronicaUI", "CronicaSystem"]),
    .testTarget(
      name: "CronicaModelTests",
      dependencies: ["CronicaModel", "CronicaSystem", "CronicaResources", "CronicaTestSupport", "CStatfs"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "CronicaUITests",
      dependencies: ["CronicaUI", "CronicaModel", "CronicaResources", "CronicaTestSupport"],
      exclude: ["Snapshots"]
    ),
    .testTarget(
      name: "CronicaTerminalTests",
      dependencies: ["CronicaTerminal", "CronicaUI", "CronicaModel", "CronicaTestSupport"]
    ),
    /// End-to-end tests of the real `cronica` binary in tmux (depends on it so it gets built).
    .testTarget(
      name: "CronicaEndToEndTests",
      dependencies: ["cronica", "CronicaModel", "CronicaResources", "CronicaTestSupport"]
    ),
    .testTarget(
      name: "CronicaCLITests",
      dependencies: ["CronicaCLI", "CronicaModel", "CronicaResources", "CronicaTestSupport"],
      exclude: ["Snapshots", "Fixtures"]
    ),
    /// Hostile input: a corpus of hostile cases through the CLI binary and the renderer, kill -9
    /// tests (`cronica export` on a corpus made by `cronica-bench generate`, and `AtomicReplacement` alone),
    /// and `ProcessAllocator`'s settings measured in a fresh process (`cronica-allocator-probe`).
    .testTarget(
      name: "CronicaHostileTests",
      dependencies: [
        "cronica", "cronica-bench", "cronica-atomic-writer", "cronica-allocator-probe", "CronicaModel", "CronicaUI",
        "CronicaTestSupport",
      ],
      exclude: ["Fixtures"]
    ),
    /// Test helper: writes files with `AtomicReplacement` in a loop so a test can kill it mid-write.
    .executableTarget(name: "cronica-atomic-writer", dependencies: ["CronicaSystem"], path: "fuzz/atomic-writer"),
    /// Test helper: a fresh process that reports what `ProcessAllocator`'s settings did to its heap.
    .executableTarget(
      name: "cronica-allocator-probe", dependencies: ["CronicaSystem", "CMalloc"], path: "fuzz/allocator-probe"),
  ],
  swiftLanguageModes: [.v6]
)
