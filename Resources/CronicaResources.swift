import Foundation

/// Where the bundled corpus lives, found without `Bundle.module` (which traps when its bundle is missing).
public enum CronicaResources {
  /// The name SwiftPM gives this target's resource bundle.
  static let bundleName = "Cronica_CronicaResources.resources"

  /// Candidate locations of the bundled `corpus` folder, most specific first: SwiftPM's resource
  /// bundle next to the executable (a build), `../share/cronica/` from it (`make install`), the
  /// source checkout.
  public static var corpusCandidates: [URL] {
    var urls: [URL] = []
    let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".")
      .resolvingSymlinksInPath().deletingLastPathComponent()
    for base in [Bundle.main.bundleURL, executable] {
      urls.append(base.appendingPathComponent(bundleName).appendingPathComponent("corpus"))
      urls.append(base.deletingLastPathComponent().appendingPathComponent("share/cronica/corpus"))
    }
    // A checkout run from source (`swift run`, tests): the folder next to this file.
    urls.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("corpus"))
    return urls
  }

  /// The URL of the bundled corpus folder, or nil when none of the candidates exists.
  public static var corpusURL: URL? {
    corpusCandidates.first { url in
      var isDirectory: ObjCBool = false
      return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
  }
}
