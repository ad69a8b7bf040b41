import Foundation

extension CronicaResources {
  /// The URL of the bundled `build` folder (the chronology builder's word lists), or nil when
  /// it cannot be found next to the corpus.
  public static var buildURL: URL? {
    corpusCandidates.map { $0.deletingLastPathComponent().appendingPathComponent("build") }.first { url in
      var isDirectory: ObjCBool = false
      return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
  }
}
