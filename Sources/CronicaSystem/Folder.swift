import Glibc
import SystemPackage

public enum Folder {
  /// Whether `path` names a folder (links followed).
  public static func exists(_ path: String) -> Bool { FileStatus.at(path)?.kind == .folder }

  /// Makes the folder and any missing parents (mode 0777 less the umask), as `mkdir -p` does.
  public static func create(_ path: String) throws(SystemFailure) {
    if exists(path) { return }
    if let slash = path.dropLast().lastIndex(of: "/"), slash != path.startIndex {
      try create(String(path[..<slash]))
    }
    do {
      try SystemCall.run("create", path) { mkdir(path, 0o777) }
    } catch where error.errno == .fileExists && exists(path) {}
  }

  /// The names in a folder (without `.` and `..`), in no particular order.
  public static func entries(_ path: String) throws(SystemFailure) -> [String] {
    guard let stream = opendir(path) else { throw SystemFailure.lastError("list", path) }
    defer { closedir(stream) }
    var names: [String] = []
    while let entry = readdir(stream) {
      let name = String(cString: UnsafeRawPointer(entry).advanced(by: nameOffset).assumingMemoryBound(to: CChar.self))
      if name != ".", name != ".." { names.append(name) }
    }
    return names
  }

  /// Where `d_name` starts in a `dirent`. The name is read in place up to its NUL: a record ends
  /// there, so copying the whole 256-byte field (`entry.pointee.d_name`) reads past the last
  /// record of readdir's buffer (AddressSanitizer: heap-buffer-overflow on a 4,000-file folder).
  private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 19

  /// The path with symbolic links, `.` and `..` resolved; nil when it does not exist.
  public static func resolved(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}

/// A folder held open, so that the files in it are opened by name (`RegularFile.read(_:in:)`):
/// the kernel then looks up one name per file instead of the folder's whole path each time. A
/// class, so that its descriptor is closed once, when the last reference goes.
public final class OpenFolder: Sendable {
  /// The folder's path as given, for messages.
  public let path: String
  let descriptor: FileDescriptor

  /// Opens the folder at `path` (links followed).
  public init(_ path: String) throws {
    descriptor = try FileDescriptor.open(FilePath(path), .readOnly, options: [.directory, .closeOnExec])
    self.path = path
  }

  /// The path of the file named `name` in the folder.
  public func path(of name: String) -> String { path.hasSuffix("/") ? path + name : path + "/" + name }

  deinit { try? descriptor.close() }
}
