import CronicaSystem
import Foundation

/// Programs the tests call (xmllint, chromium, make, tmux): found on PATH, run to completion.
public enum ExternalTool {
  /// The path of an executable on PATH (or in the usual folders), nil when there is none.
  public static func find(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    return ChildProcess.resolve(name, path: path + ":/usr/bin:/usr/local/bin:/bin")
  }

  public struct Result: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
  }

  /// Runs `executable` to completion (stdin from /dev/null; `environment` nil keeps this one's),
  /// killing it after `seconds` (then the status is 128 + SIGKILL).
  public static func run(
    _ executable: String, _ arguments: [String], environment: [String: String]? = nil, seconds: Double = 600
  ) throws(SpawnError) -> Result {
    let folder: TemporaryFolder
    do { folder = try TemporaryFolder("tool") } catch { throw SpawnError("cannot create a temporary folder: \(error)") }
    defer { folder.remove() }
    let (out, err) = (folder.path("out"), folder.path("err"))
    let pid = try CleanSpawn.start(executable, arguments, stdout: out, stderr: err, environment: environment)
    let status = try CleanSpawn.wait(for: pid, name: executable, seconds: seconds)
    func read(_ path: String) -> String {
      String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data(), as: UTF8.self)
    }
    return Result(status: status, stdout: read(out), stderr: read(err))
  }
}

extension ExternalTool {
  /// The base64 SHA-256 of a text (`sha256sum`), as a content security policy names a script.
  public static func sha256Base64(_ text: String) throws -> String {
    guard let sha256sum = find("sha256sum") else { throw SpawnError("sha256sum is not installed") }
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("cronica-hash-\(UUID().uuidString)")
    try Data(text.utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let hex = Array(try run(sha256sum, [file.path]).stdout.utf8.prefix(64))
    var digest = Data()
    for index in stride(from: 0, to: hex.count - 1, by: 2) {
      guard let byte = UInt8(String(decoding: hex[index...index + 1], as: UTF8.self), radix: 16) else {
        throw SpawnError("sha256sum printed something else than a digest")
      }
      digest.append(byte)
    }
    return digest.base64EncodedString()
  }
}

/// Checks SVG documents against the SVG 1.1 DTD with xmllint (Debian: libxml2-utils, w3c-sgml-lib).
public enum SVGValidation {
  /// The SVG 1.1 DTD of Debian's w3c-sgml-lib.
  public static let dtd = "/usr/share/xml/w3c-sgml-lib/schema/dtd/REC-SVG11-20110816/svg11.dtd"

  /// xmllint's complaints about `svg` (empty when it is valid SVG 1.1); throws when xmllint or
  /// the DTD is missing, saying what to install.
  public static func problems(in svg: String) throws -> String {
    guard let xmllint = ExternalTool.find("xmllint"), FileManager.default.fileExists(atPath: dtd) else {
      throw SpawnError(
        "SVG validation needs xmllint and the SVG 1.1 DTD: apt-get install -y libxml2-utils w3c-sgml-lib")
    }
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("cronica-\(UUID().uuidString).svg")
    do {
      try Data(svg.utf8).write(to: file)
    } catch {
      throw SpawnError("cannot write \(file.path): \(error)")
    }
    defer { try? FileManager.default.removeItem(at: file) }
    let result = try ExternalTool.run(xmllint, ["--noout", "--nonet", "--dtdvalid", dtd, file.path])
    return result.status == 0 ? "" : result.stderr + "(xmllint exit \(result.status))"
  }
}
