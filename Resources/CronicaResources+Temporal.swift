import Foundation

extension CronicaResources {
  /// Candidate locations of the bundled `temporal` rules folder, most specific first.
  public static var temporalCandidates: [URL] {
    corpusCandidates.map { $0.deletingLastPathComponent().appendingPathComponent("temporal") }
  }

  /// The URL of the bundled temporal rules folder, or nil when none of the candidates exists.
  public static var temporalURL: URL? {
    temporalCandidates.first { url in
      var isDirectory: ObjCBool = false
      return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
  }
}
