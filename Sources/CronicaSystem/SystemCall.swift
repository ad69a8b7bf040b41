import SystemPackage

import Glibc

/// The calls swift-system does not wrap (openat, flock, fsync, fchmod, rename, unlink, readlink), each
/// retried on EINTR here and nowhere else; swift-system's own calls retry on their own.
enum SystemCall {
  /// Runs `call` until it does not fail with EINTR and returns its result; throws the failure of
  /// any other error.
  @discardableResult
  static func run(_ action: String, _ path: @autoclosure () -> String, _ call: () -> Int32) throws(SystemFailure)
    -> Int32
  {
    while true {
      let result = call()
      if result != -1 { return result }
      if Errno.last != .interrupted { throw SystemFailure.lastError(action, path()) }
    }
  }

  /// Takes an exclusive `flock` on an open file; waits for it unless `wait` is false (then
  /// returns false when another holds it).
  static func lockExclusively(_ descriptor: FileDescriptor, path: String, wait: Bool = true) throws(SystemFailure)
    -> Bool
  {
    do {
      try run("lock", path) { flock(descriptor.rawValue, LOCK_EX | (wait ? 0 : LOCK_NB)) }
      return true
    } catch where !wait && error.errno == .wouldBlock {
      return false
    }
  }

  static func sync(_ descriptor: FileDescriptor, path: String) throws(SystemFailure) {
    try run("write", path) { fsync(descriptor.rawValue) }
  }

  static func setPermissions(_ descriptor: FileDescriptor, _ permissions: FilePermissions, path: String)
    throws(SystemFailure)
  {
    try run("write", path) { fchmod(descriptor.rawValue, permissions.rawValue) }
  }

  static func rename(_ from: String, to: String) throws(SystemFailure) {
    try run("write", to) { Glibc.rename(from, to) }
  }

  /// Removes a file if it is there; best effort.
  static func remove(_ path: String) {
    _ = try? run("remove", path) { unlink(path) }
  }

  /// The target a symbolic link holds, as written in it.
  static func linkTarget(_ path: String) throws(SystemFailure) -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count >= 0 else { throw SystemFailure.lastError("read", path) }
    return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Flushes a folder's entries (a rename into it) to disk; best effort.
  static func syncFolder(_ folder: String) {
    guard let descriptor = try? FileDescriptor.open(FilePath(folder), .readOnly, options: [.closeOnExec, .directory])
    else { return }
    _ = try? sync(descriptor, path: folder)
    try? descriptor.close()
  }
}

extension Errno {
  /// The error number the last failed C call left in `errno`.
  static var last: Errno { Errno(rawValue: errno) }
}
