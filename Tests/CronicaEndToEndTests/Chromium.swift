import CronicaTestSupport
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Headless Chromium (Debian's `chromium`) for checking exported pictures in a real browser.
///
/// A check runs a test copy of the page with a script added (and, for HTML, allowed by adding its
/// hash to the page's security policy); the script writes what it measured into an attribute of
/// the root element, which `--dump-dom` prints.
struct Chromium {
  /// The executable.
  let executable: String
  /// A private profile folder, so nothing of the user's is read or written.
  let profile: URL

  /// The first of `chromium`, `chromium-browser`, `google-chrome` on PATH.
  static let path: String? = ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap(ExternalTool.find).first

  /// Why the browser tests cannot run here, for the skip message.
  static let missing =
    "headless Chromium is not installed (Debian: apt-get install -y chromium; .ci/run installs it), "
    + "so the exports were not checked in a browser"

  init() throws {
    guard let path = Self.path else { throw EndToEndError(Self.missing) }
    executable = path
    profile = try TemporaryFolder("chromium").url
  }

  /// Removes the profile.
  func remove() { try? FileManager.default.removeItem(at: profile) }

  /// The flags of every run: headless, a fixed scale, no sandbox when running as root (CI).
  func flags(width: Int, height: Int) -> [String] {
    var flags = [
      "--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--hide-scrollbars",
      "--force-device-scale-factor=1", "--user-data-dir=\(profile.path)", "--window-size=\(width),\(height)",
    ]
    if getuid() == 0 { flags.append("--no-sandbox") }
    return flags
  }

  /// Loads `file` at the given window size and returns the DOM after its scripts ran.
  func dumpDOM(_ file: URL, width: Int = 1200, height: Int = 900) throws -> String {
    let result = try ExternalTool.run(
      executable, flags(width: width, height: height) + ["--dump-dom", file.absoluteString], seconds: 120)
    guard result.status == 0, !result.stdout.isEmpty else {
      throw EndToEndError("chromium --dump-dom \(file.path) exited \(result.status): \(result.stderr.suffix(2000))")
    }
    return result.stdout
  }

  /// Writes a PNG of `file` at the given window size.
  func screenshot(_ file: URL, to png: URL, width: Int, height: Int) throws {
    try? FileManager.default.removeItem(at: png)
    let result = try ExternalTool.run(
      executable, flags(width: width, height: height) + ["--screenshot=\(png.path)", file.absoluteString], seconds: 120)
    guard FileManager.default.fileExists(atPath: png.path) else {
      throw EndToEndError("chromium --screenshot wrote nothing (exit \(result.status)): \(result.stderr.suffix(2000))")
    }
  }

  /// The JSON a check script stored in the root element's `data-check` attribute.
  static func checkResult(in dom: String) throws -> [String: Any] {
    guard let start = dom.range(of: "data-check=\""),
      let end = dom.range(of: "\"", range: start.upperBound..<dom.endIndex)
    else {
      throw EndToEndError("the check script left no result (did it run?): \(dom.prefix(600))")
    }
    let json = dom[start.upperBound..<end.lowerBound].replacingOccurrences(of: "&quot;", with: "\"")
      .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&amp;", with: "&")
    guard let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
      throw EndToEndError("the check result is not a JSON object: \(json.prefix(600))")
    }
    return object
  }
}
