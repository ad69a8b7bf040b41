import Foundation
import Testing

/// Issue 14, point 2: a write error on standard output or standard error never traps. A reader
/// that left ends the output quietly (status 141 under the default SIGPIPE, 0 when it is
/// ignored); any other error is one line on standard error and status 74. "A full device" is
/// made with `ulimit -f` (EFBIG), never by writing to a real device file.
@Suite("Faults: writing standard output and error (real binary)")
struct WriteFaultTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var script: String
    var status: Int32
    /// What standard error (the file `err`) must be, exactly; nil to check nothing.
    var stderr: String?
    var testDescription: String { name }
  }

  /// A FIFO open for writing with no reader left (the read end closed): a write to fd 4 fails with EPIPE.
  static let pipeWithoutReader = "mkfifo p && exec 3<>p 4>p 3<&-\n"

  static let cases: [Case] = [
    Case(
      name: "list >&-", script: #""$CRONICA" list 2>err >&-"#, status: 74,
      stderr: "cronica: cannot write to standard output: Bad file descriptor\n"),
    Case(
      name: "validate >&-", script: #""$CRONICA" validate 2>err >&-"#, status: 74,
      stderr: "cronica: cannot write to standard output: Bad file descriptor\n"),
    Case(
      name: "list into a full file (ulimit -f 1)", script: #"ulimit -f 1; "$CRONICA" list >out 2>err"#, status: 74,
      stderr: "cronica: cannot write to standard output: File too large\n"),
    Case(
      name: "export into a full file (ulimit -f 1)", script: #"ulimit -f 1; "$CRONICA" export >out 2>err"#,
      status: 74, stderr: "cronica: cannot write to standard output: File too large\n"),
    Case(name: "list --format nope 2>&-", script: #""$CRONICA" list --format nope 2>&-"#, status: 64, stderr: nil),
    Case(
      name: "reader gone, SIGPIPE ignored", script: pipeWithoutReader + #"trap '' PIPE; "$CRONICA" list >&4 2>err"#,
      status: 0, stderr: ""),
    Case(
      name: "reader gone, SIGPIPE default", script: pipeWithoutReader + #""$CRONICA" list >&4 2>err"#, status: 141,
      stderr: ""),
    Case(
      name: "export -o f.json >&-", script: #""$CRONICA" export -o f.json 2>err >&-"#, status: 74,
      stderr: "cronica: cannot write to standard output: Bad file descriptor\n"),
  ]

  @Test(arguments: cases)
  func writeErrorsNeverTrap(_ example: Case) throws {
    let shell = try ShellScript()
    defer { shell.remove() }
    let status = try shell.run(example.script)
    #expect(status == example.status, "stderr: \(shell.text("err"))\(shell.text("script.err"))")
    if let expected = example.stderr { #expect(shell.text("err") == expected) }
    #expect(!shell.text("err").contains("Fatal error"), "a trap: \(shell.text("err"))")
  }

  @Test("export -o f.json >&- still writes the file")
  func exportWritesTheFileBeforeFailingOnStdout() throws {
    let shell = try ShellScript()
    defer { shell.remove() }
    try shell.run(#""$CRONICA" export > expected"#)
    #expect(try shell.run(#""$CRONICA" export -o f.json 2>err >&-"#) == 74)
    #expect(shell.text("f.json") == shell.text("expected") && !shell.text("expected").isEmpty)
  }
}
