import Foundation
import Testing

/// Issue 14, point 12: errors that say what is wrong and where. JSON a reader refuses gets its
/// real line, column and cause; a FIFO where a file belongs is "not a regular file" (never waited
/// on); a newer `format_version` is refused; a bad `CRONICA_CORPUS` is named; `extract FILE` is
/// bounded. Every case runs the real binary in a scratch folder with a deadline (a hang fails).
@Suite("Faults: input that is not what it claims (real binary)")
struct InputFaultTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    /// Prepares the folder (the bundled corpus is at $SOURCE), then runs $CRONICA with stderr to `err`.
    var script: String
    var status: Int32
    /// Lines standard error must hold, each whole.
    var lines: [String]
    var environment: [String: String] = [:]
    var testDescription: String { name }
  }

  /// A copy of the bundled corpus as `c`.
  static let copy = #"cp -R "$SOURCE" c && "#

  static let cases: [Case] = [
    Case(
      name: "format_version beyond 64 bits", script: copy
        + #"sed -i '0,/"format_version": 1/s//"format_version": 123456789012345678901234567890/' c/manifest.json && "$CRONICA" validate c > err"#,
      status: 65,
      lines: [
        "manifest.json: line 2, column 21: number out of range '123456789012345678901234567890': a whole number here must fit in 64 bits (at most 9223372036854775807)"
      ]),
    Case(
      name: "format_version 99", script: copy
        + #"sed -i '0,/"format_version": 1/s//"format_version": 99/' c/events.json && "$CRONICA" validate c > err"#,
      status: 65,
      lines: ["events.json: line 2, column 21: format_version 99 is newer than this version of Cronica reads (1); update Cronica"]),
    Case(
      name: "invalid UTF-8 in a TimelineJS file",
      script: #"printf '{"events":[{"start_date":{"year":"2019"},\n"text":{"headline":"h\xff"}}]}' > t.json && "$CRONICA" list --corpus t.json 2> err"#,
      status: 65, lines: ["t.json: line 2, column 22: not valid JSON: invalid UTF-8 (byte 0xff) in a string; save the file as UTF-8"]),
    Case(
      name: "\\ud800 alone",
      script: #"printf '{"events":[{"start_date":{"year":"2019"},"text":{"headline":"h\\ud800"}}]}' > t.json && "$CRONICA" list --corpus t.json 2> err"#,
      status: 65,
      lines: [
        "t.json: line 1, column 63: not valid JSON: '\\ud800' is the first half of a UTF-16 surrogate pair without its second half (\\udc00-\\udfff); write the whole character"
      ]),
    Case(
      name: "\\udc00 alone",
      script: #"printf '{"events":[{"start_date":{"year":"2019"},"text":{"headline":"h\\udc00"}}]}' > t.json && "$CRONICA" list --corpus t.json 2> err"#,
      status: 65,
      lines: [
        "t.json: line 1, column 63: not valid JSON: '\\udc00' is the second half of a UTF-16 surrogate pair without its first half (\\ud800-\\udbff); write the whole character"
      ]),
    Case(
      name: "a FIFO as the corpus", script: #"mkfifo f && "$CRONICA" list --corpus f 2> err"#, status: 65,
      lines: ["f: not a regular file (a FIFO)"]),
    Case(
      name: "a FIFO as the manifest", script: copy + #"rm c/manifest.json && mkfifo c/manifest.json && "$CRONICA" validate c > err"#,
      status: 65, lines: ["manifest.json: not a regular file (a FIFO)"]),
    Case(
      name: "a FIFO as an article",
      script: copy + #"a=$(ls c/articles | head -1) && rm "c/articles/$a" && mkfifo "c/articles/$a" && "$CRONICA" list --corpus c 2> err"#,
      status: 65, lines: ["manifest.json: articles[0].origin: cannot read articles/000_8afc2bc4971c8686.txt: not a regular file (a FIFO)"]),
    Case(
      name: "a FIFO as the extract target", script: #"mkfifo f && "$CRONICA" extract f 2> err"#, status: 66,
      lines: ["Error: cannot read f: not a regular file (a FIFO)"]),
    Case(
      name: "extract on a 9 MB file",
      script: #"head -c 9437184 /dev/zero | tr '\0' 'a' > big.txt && "$CRONICA" extract big.txt 2> err"#, status: 66,
      lines: ["Error: cannot read big.txt: larger than 8 MB, the most read from such a file; split it"]),
    Case(
      name: "CRONICA_CORPUS names nothing", script: #""$CRONICA" list 2> err"#, status: 64,
      lines: ["Error: corpus '/no/such/corpus' (from CRONICA_CORPUS) does not exist; fix or unset CRONICA_CORPUS, or pass --corpus PATH"],
      environment: ["CRONICA_CORPUS": "/no/such/corpus"]),
    Case(
      name: "CRONICA_CORPUS names a FIFO", script: #"mkfifo f && CRONICA_CORPUS=f "$CRONICA" list 2> err"#, status: 65,
      lines: ["Error: cannot load the corpus at \(FileManager.default.temporaryDirectory.path)"]),
  ]

  @Test(arguments: cases)
  func saysWhatAndWhere(_ example: Case) throws {
    let shell = try ShellScript()
    defer { shell.remove() }
    let status = try shell.run(example.script, environment: example.environment, seconds: 60)
    let err = shell.text("err")
    #expect(status == example.status, "status \(String(describing: status)) (nil: it hung); \(err)\(shell.text("script.err"))")
    let lines = err.split(separator: "\n").map(String.init)
    for line in example.lines {
      if line.hasPrefix("Error: cannot load the corpus at ") {
        #expect(lines.contains { $0.hasPrefix(line) && $0.hasSuffix("(from CRONICA_CORPUS) (1 problem):") }, "\(err)")
        #expect(lines.contains("f: not a regular file (a FIFO)"), "\(err)")
      } else {
        #expect(lines.contains(line), "\(err)")
      }
    }
  }
}
