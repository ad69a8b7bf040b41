import CronicaSystem
import Foundation

/// Reads one article file for the builder, which skips what it cannot read instead of failing
/// the whole folder: only regular files (never a FIFO, which would block, or a device), at most
/// `limit` bytes, not empty, not binary, UTF-8. Through the system layer's `RegularFile`.
enum ArticleFile {
  /// The largest article read (a long book is about 2 MB).
  static let limit = 16 << 20

  /// Why a file was skipped, in words for people.
  struct Skip: Error {
    var reason: String
  }

  /// The file's text (`path` in `folder` when given), or why it was skipped, read through `buffer`
  /// (see `RegularFile.read(_:in:limit:into:)`: a reader of many files passes the same one; a
  /// buffer a large file grew is let go once its text is made). `listedRegular`: the folder's
  /// listing said it is a regular file (see `RegularFile.read(_:in:limit:listedRegular:into:)`).
  static func text(atPath path: String, in folder: OpenFolder? = nil, listedRegular: Bool = false, buffer: inout Data)
    throws(Skip) -> String
  {
    let count: Int
    do {
      count = try RegularFile.read(path, in: folder, limit: limit, listedRegular: listedRegular, into: &buffer)
    } catch {
      switch error.cause {
      case .system(.permissionDenied): throw Skip(reason: "cannot be read (permission denied)")
      case .folder: throw Skip(reason: "is a folder")
      case .notRegular(.fifo): throw Skip(reason: "is not a regular file (a FIFO)")
      case .notRegular(.characterDevice), .notRegular(.blockDevice): throw Skip(reason: "is not a regular file (a device)")
      case .notRegular(.socket): throw Skip(reason: "is not a regular file (a socket)")
      case .notRegular: throw Skip(reason: "is not a regular file")
      case .tooLarge:
        let size = (try? FileStatus.of(error.path))??.size ?? limit + 1
        throw Skip(reason: "is too large (\(megabytes(size)); articles are read up to \(megabytes(limit)))")
      case .system(.noSuchFileOrDirectory), .system(.tooManySymbolicLinkLevels):
        if (try? FileStatus.of(error.path, followLinks: false))??.kind == .symbolicLink {
          throw Skip(reason: "is a symbolic link that leads nowhere (broken or a loop)")
        }
        throw Skip(reason: "no longer exists")
      case .system: throw Skip(reason: "cannot be read (\(error.reason))")
      }
    }
    let text = buffer.withUnsafeBytes { raw -> Result<String, Skip> in
      let data = UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: UInt8.self), count: count)
      guard !data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else {
        return .failure(Skip(reason: "is empty"))
      }
      guard !data.prefix(8192).contains(0) else { return .failure(Skip(reason: "is binary, not text")) }
      guard let text = String(validating: data, as: UTF8.self) else {
        return .failure(Skip(reason: "is not UTF-8 text; convert it to UTF-8"))
      }
      return .success(text)
    }
    RegularFile.release(&buffer)
    return try text.get()
  }

  /// A size in megabytes for people (`52.4 MB`).
  static func megabytes(_ bytes: Int) -> String {
    String(format: "%.1f MB", Double(bytes) / 1_048_576)
  }
}
