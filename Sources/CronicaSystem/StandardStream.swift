import SystemPackage

import Glibc

/// Standard output and standard error, written through one throwing path.
///
/// Every write of the program's own output goes here, so a full disk, a closed descriptor or a
/// reader that left is an error the caller handles, never a trap.
public enum StandardStream: Sendable {
  case output, error

  /// `standard output` or `standard error`, for messages.
  public var name: String { self == .output ? "standard output" : "standard error" }

  var descriptor: FileDescriptor { self == .output ? .standardOutput : .standardError }

  public var isTerminal: Bool { isatty(descriptor.rawValue) == 1 }

  /// The size of the terminal the stream writes to, or nil when it is not a terminal.
  public var windowSize: (columns: Int, rows: Int)? {
    var size = winsize()
    guard ioctl(descriptor.rawValue, UInt(TIOCGWINSZ), &size) == 0 else { return nil }
    return (Int(size.ws_col), Int(size.ws_row))
  }

  /// Writes all of `text` (retrying partial writes and EINTR).
  public func write(_ text: String) throws(SystemFailure) {
    var text = text
    do {
      try text.withUTF8 { bytes in _ = try descriptor.writeAll(UnsafeRawBufferPointer(bytes)) }
    } catch {
      throw SystemFailure("write to", name, thrown: error)
    }
  }

  /// Puts a read-only `/dev/null` on standard input, output or error when they were closed
  /// (`cronica list >&-`), so that no file the program opens later takes their number: output
  /// meant for the terminal can then never land in a user's file. A write to them still fails
  /// (EBADF), as it would to the closed descriptor, and is reported.
  public static func reserveClosedDescriptors() {
    for number in Int32(0)...2 where fcntl(number, F_GETFD) == -1 && Errno.last == .badFileDescriptor {
      let opened = Glibc.open("/dev/null", O_RDONLY | O_CLOEXEC)
      if opened >= 0, opened != number {
        dup2(opened, number)
        close(opened)
      }
    }
  }

  /// Makes a write past the file-size limit (`ulimit -f`) fail with EFBIG, reported like a full
  /// disk, instead of killing the process with SIGXFSZ and leaving a partial file behind.
  public static func reportFileSizeLimit() {
    signal(SIGXFSZ, SIG_IGN)
  }
}
