import CronicaTestSupport
import Foundation
import Testing

/// `make install-files` / `make uninstall` (the Makefile's install without its build steps) with the
/// debug build of these tests: the installed binary runs from another folder and finds its corpus,
/// temporal rules and the builder's word lists under the prefix (not in this checkout), and uninstall leaves the prefix as
/// it was. `.ci/run` does the same round trip once with the real `make install` (release build,
/// static Swift runtime, man page from the generate-manual plugin).
@Suite(.serialized) struct InstallRoundTripTests {
  static let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// Every file and folder under `root`, relative to it, sorted.
  static func contents(of root: URL) -> [String] {
    let walker = FileManager.default.enumerator(atPath: root.path)
    var names: [String] = []
    while let name = walker?.nextObject() as? String { names.append(name) }
    return names.sorted()
  }

  @Test func installRunsFromAnywhereAndUninstallLeavesNothing() throws {
    let make = try #require(ExternalTool.find("make"), "make is not installed (apt-get install -y make)")
    let scratch = try TemporaryFolder("install").url
    defer { try? FileManager.default.removeItem(at: scratch) }
    let prefix = scratch.appendingPathComponent("prefix with space")
    let elsewhere = scratch.appendingPathComponent("elsewhere")
    // Something of the user's already in the prefix: uninstall must keep it and its folders.
    let theirs = prefix.appendingPathComponent("share/man/man1/theirs.1")
    try FileManager.default.createDirectory(at: theirs.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data("theirs\n".utf8).write(to: theirs)
    try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
    // A stand-in page: the real one comes from the generate-manual plugin, which cannot run while
    // `swift test` holds the build folder (.ci/run's round trip installs the real one).
    let manual = scratch.appendingPathComponent("cronica.1")
    try Data(".Dt CRONICA 1\n".utf8).write(to: manual)
    let binFolder = URL(fileURLWithPath: try CronicaBinary.path()).deletingLastPathComponent().path
    let before = Self.contents(of: prefix)

    let install = try ExternalTool.run(
      make,
      [
        "-C", Self.checkout.path, "install-files", "PREFIX=\(prefix.path)", "BIN_PATH=\(binFolder)",
        "MANPAGE=\(manual.path)",
      ])
    #expect(install.status == 0, "make install-files: \(install.stdout) \(install.stderr)")
    let installed = Set(Self.contents(of: prefix))
    for file in [
      "bin/cronica", "share/cronica/corpus/events.json", "share/cronica/temporal/en.json", "share/cronica/build/en.json",
      "share/man/man1/cronica.1",
      "share/bash-completion/completions/cronica", "share/zsh/site-functions/_cronica",
      "share/fish/vendor_completions.d/cronica.fish",
    ] {
      #expect(installed.contains(file), "\(file) was not installed")
    }
    let fish = try String(
      contentsOf: prefix.appendingPathComponent("share/fish/vendor_completions.d/cronica.fish"), encoding: .utf8)
    #expect(fish.contains("complete -c 'cronica'"))

    // From another folder, found on PATH, with nothing pointing at this checkout.
    let shell = try #require(ExternalTool.find("sh"))
    let environment = ["PATH": prefix.path + "/bin:/usr/bin:/bin", "HOME": scratch.path, "LANG": "C.UTF-8"]
    let run = try ExternalTool.run(
      shell,
      [
        "-c",
        "cd \"$1\" && cronica validate && cronica list && cronica extract 000-national-interest-opioids-and-cooperation"
          + " && cronica build -o built.json",
        "sh", elsewhere.path,
      ],
      environment: environment)
    #expect(run.status == 0, "installed cronica failed: \(run.stderr)")
    #expect(
      run.stdout.contains("ok: \(prefix.path)/share/cronica/corpus:"),
      "the corpus was not found under the prefix: \(run.stdout.prefix(300))")
    #expect(run.stdout.contains("\(try bundledCorpus().events.count) events"))

    let uninstall = try ExternalTool.run(make, ["-C", Self.checkout.path, "uninstall", "PREFIX=\(prefix.path)"])
    #expect(uninstall.status == 0, "make uninstall: \(uninstall.stderr)")
    #expect(
      Self.contents(of: prefix) == before, "left behind: \(Set(Self.contents(of: prefix)).subtracting(before).sorted())"
    )
    #expect(FileManager.default.fileExists(atPath: theirs.path))
    let again = try ExternalTool.run(make, ["-C", Self.checkout.path, "uninstall", "PREFIX=\(prefix.path)"])
    #expect(again.status != 0 && again.stderr.contains("nothing to uninstall"))
  }
}
