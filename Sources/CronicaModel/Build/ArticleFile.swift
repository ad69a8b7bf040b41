import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads one article file for the builder, which skips what it cannot read instead of failing
/// the whole folder: only regular files (never a FIFO, which would block, or a device), at most
/// `limit` bytes, not empty, not binary, UTF-8.
enum ArticleFile {
  /// The largest article read (a long book is about 2 MB).
  static let limit = 16 << 20

  /// Why a file was skipped, in words for people.
  struct Skip: Error {
    var reason: String
  }

  /// The file's text, or why it was skipped.
  static func text(at url: URL) throws(Skip) -> String {
    // O_NONBLOCK: opening a FIFO does not wait for a writer; it is refused just below.
    let descriptor = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      let code = errno
      throw Skip(reason: code == EACCES ? "cannot be read (permission denied)" : "cannot be opened (\(String(cString: strerror(code))))")
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw Skip(reason: "cannot be read (\(String(cString: strerror(errno))))") }
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw Skip(reason: "is a folder")
    case S_IFIFO: throw Skip(reason: "is not a regular file (a FIFO)")
    case S_IFCHR, S_IFBLK: throw Skip(reason: "is not a regular file (a device)")
    case S_IFSOCK: throw Skip(reason: "is not a regular file (a socket)")
    default: throw Skip(reason: "is not a regular file")
    }
    let size = Int(info.st_size)
    guard size <= limit else {
      throw Skip(reason: "is too large (\(megabytes(size)); articles are read up to \(megabytes(limit)))")
    }
    var bytes = [UInt8](repeating: 0, count: size)
    var count = 0
    while count < size {
      let read = bytes.withUnsafeMutableBytes { buffer in
        Glibc.read(descriptor, buffer.baseAddress! + count, size - count)
      }
      if read < 0, errno == EINTR || errno == EAGAIN { continue }
      guard read >= 0 else { throw Skip(reason: "cannot be read (\(String(cString: strerror(errno))))") }
      if read == 0 { break }  // shrank while being read
      count += read
    }
    bytes.removeSubrange(count...)
    guard !bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else {
      throw Skip(reason: "is empty")
    }
    guard !bytes.prefix(8192).contains(0) else { throw Skip(reason: "is binary, not text") }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw Skip(reason: "is not UTF-8 text; convert it to UTF-8")
    }
    return text
  }

  /// A size in megabytes for people (`52.4 MB`).
  static func megabytes(_ bytes: Int) -> String {
    String(format: "%.1f MB", Double(bytes) / 1_048_576)
  }
}
