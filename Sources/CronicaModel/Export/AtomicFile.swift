import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why a file could not be written; the destination is left as it was.
public struct AtomicWriteError: Error, Sendable, CustomStringConvertible {
  /// The file that was to be written.
  public var path: String
  /// What failed, for people.
  public var reason: String

  /// `cannot write out.json: No space left on device`
  public var description: String { "cannot write \(path): \(reason)" }
}

/// Writes files atomically: a temporary file in the same folder, flushed to disk, then renamed.
///
/// A reader sees either the old file or the complete new one, never a half-written file.
public enum AtomicFile {
  /// Replaces (or creates) the file at `url` with `data`.
  public static func write(_ data: Data, to url: URL) throws(AtomicWriteError) {
    let path = url.path
    let folder = url.deletingLastPathComponent().path
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
      throw AtomicWriteError(path: path, reason: "it is a directory")
    }
    var template = Array((folder + "/." + url.lastPathComponent + ".tmp-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemp(base)
    }
    guard descriptor >= 0 else { throw AtomicWriteError(path: path, reason: systemReason()) }
    // Held until the rename: a temporary nobody holds was left by a killed writer (see sweep).
    flock(descriptor, LOCK_EX)
    let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var failure: String?
    data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
      var offset = 0
      while offset < buffer.count, let base = buffer.baseAddress {
        let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = systemReason()
          return
        }
        offset += written
      }
    }
    if failure == nil {
      var mode = mode_t(0o644)
      var info = stat()
      if stat(path, &info) == 0 { mode = info.st_mode & 0o7777 }
      fchmod(descriptor, mode)
      if fsync(descriptor) != 0 { failure = systemReason() }
    }
    if failure == nil, rename(temporary, path) != 0 { failure = systemReason() }
    if close(descriptor) != 0, failure == nil { failure = systemReason() }
    if let failure {
      unlink(temporary)
      throw AtomicWriteError(path: path, reason: failure)
    }
    sweepTemporaries(in: folder, of: url.lastPathComponent)
    let folderDescriptor = open(folder.isEmpty ? "." : folder, O_RDONLY)
    if folderDescriptor >= 0 {
      fsync(folderDescriptor)
      close(folderDescriptor)
    }
  }

  /// Removes temporaries of `name` left by writers killed mid-write (`kill -9`, power loss).
  ///
  /// A live writer holds an exclusive `flock` on its temporary until the rename, so one that can
  /// be locked here has no writer left.
  private static func sweepTemporaries(in folder: String, of name: String) {
    let directory = folder.isEmpty ? "." : folder
    let prefix = "." + name + ".tmp-"
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
    for entry in names where entry.hasPrefix(prefix) && entry.utf8.count == prefix.utf8.count + 6 {
      let stale = directory + "/" + entry
      let descriptor = open(stale, O_RDONLY | O_NOFOLLOW | O_NONBLOCK)
      guard descriptor >= 0 else { continue }
      if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { unlink(stale) }
      close(descriptor)
    }
  }

  private static func systemReason() -> String { String(cString: strerror(errno)) }
}
