/// Why a command stopped: a message for people and the exit status (sysexits).
public struct CommandFailure: Error, Sendable, CustomStringConvertible {
  /// What went wrong; one line for usage errors, one line per problem for bad data.
  public var message: String
  /// The exit status: 64 for usage, 65 for bad data, 1 for anything else.
  public var status: Int32

  public init(_ message: String, status: Int32) {
    self.message = message
    self.status = status
  }

  /// The exit status for a command-line mistake (EX_USAGE).
  public static let usageStatus: Int32 = 64
  /// The exit status for bad input data (EX_DATAERR).
  public static let dataStatus: Int32 = 65

  /// A command-line mistake: unknown id, theme or kind, bad date, missing folder.
  public static func usage(_ message: String) -> CommandFailure { CommandFailure(message, status: usageStatus) }

  /// Bad data: a corpus that does not load.
  public static func data(_ message: String) -> CommandFailure { CommandFailure(message, status: dataStatus) }

  public var description: String { message }
}

/// The complete effect of one command: what goes to stdout and stderr, and the exit status.
///
/// Built in full before anything is printed, so an error never leaves half an output behind.
public struct CommandOutcome: Sendable, Equatable {
  public var stdout: String
  public var stderr: String
  public var status: Int32

  public init(stdout: String = "", stderr: String = "", status: Int32 = 0) {
    self.stdout = stdout
    self.stderr = stderr
    self.status = status
  }
}
