import Foundation

/// A fresh folder under the system's temporary directory; tests remove it with `remove()`.
public struct TemporaryFolder: Sendable {
  public let url: URL

  /// `label` goes into the folder's name, so a folder left behind says which test made it.
  public init(_ label: String = "tests") throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("cronica-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  public var path: String { url.path }

  public func url(_ name: String) -> URL { url.appendingPathComponent(name) }

  public func path(_ name: String) -> String { url(name).path }

  /// The names in the folder, sorted, hidden ones included.
  public func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() }

  public func remove() { try? FileManager.default.removeItem(at: url) }
}
