import SystemPackage

/// Why a file or stream could not be read or written: what was being done, to what, and why.
public struct SystemFailure: Error, Sendable, Equatable, CustomStringConvertible {
  /// What the failure was, for callers that decide by it.
  public enum Cause: Sendable, Equatable {
    case system(Errno)
    /// The path is not a regular file (a FIFO, device, socket or folder) where one is needed.
    case notRegular(FileKind)
    /// The path names a folder (it ends in `/`, or is one) where a file is needed.
    case folder
    /// The file is larger than the reader's bound.
    case tooLarge(limit: Int)
  }

  /// What was being done: `read`, `write`, `open`, `lock`.
  public var action: String
  /// The path, or `standard output` / `standard error`.
  public var path: String
  public var cause: Cause

  public init(_ action: String, _ path: String, _ cause: Cause) {
    self.action = action
    self.path = path
    self.cause = cause
  }

  /// A failure from whatever a swift-system call threw (an `Errno`), or a failure passed on.
  init(_ action: String, _ path: String, thrown error: any Error) {
    if let failure = error as? SystemFailure {
      self = failure
    } else {
      self.init(action, path, .system((error as? Errno) ?? .ioError))
    }
  }

  static func lastError(_ action: String, _ path: String) -> SystemFailure {
    SystemFailure(action, path, .system(Errno.last))
  }

  /// Why, for people: `No space left on device`, `not a regular file (a FIFO)`.
  public var reason: String {
    switch cause {
    case .system(let errno): return errno.description
    case .notRegular(let kind): return "not a regular file (\(kind.description))"
    case .folder: return "it is a folder"
    case .tooLarge(let limit): return "larger than \(limit / (1 << 20)) MB, the most read from such a file; split it"
    }
  }

  /// `cannot write out.json: No space left on device`
  public var description: String { "cannot \(action) \(path): \(reason)" }

  /// The error number, when a system call failed.
  public var errno: Errno? {
    if case .system(let errno) = cause { return errno }
    return nil
  }

  /// True when the reader of a pipe or socket has gone (EPIPE).
  public var isBrokenPipe: Bool { errno == .brokenPipe }
}

/// What kind of file a path names, for messages and for deciding how to write it.
public enum FileKind: Sendable, Equatable, CustomStringConvertible {
  case regular, folder, fifo, characterDevice, blockDevice, socket, symbolicLink, other

  init(mode: FileMode) {
    switch mode.type {
    case .regular: self = .regular
    case .directory: self = .folder
    case .fifo: self = .fifo
    case .characterSpecial: self = .characterDevice
    case .blockSpecial: self = .blockDevice
    case .socket: self = .socket
    case .symbolicLink: self = .symbolicLink
    default: self = .other
    }
  }

  public var description: String {
    switch self {
    case .regular: "a regular file"
    case .folder: "a folder"
    case .fifo: "a FIFO"
    case .characterDevice: "a character device"
    case .blockDevice: "a block device"
    case .socket: "a socket"
    case .symbolicLink: "a symbolic link"
    case .other: "not a file"
    }
  }
}
