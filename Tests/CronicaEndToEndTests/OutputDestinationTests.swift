import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 14, points 1, 10 and 11: `export -o` replaces atomically only regular files; a FIFO,
/// a terminal or another device is written in place as `cat > FILE` would; a socket or a folder
/// is refused; a symbolic link is followed (its target replaced, the link kept); a new file gets
/// the umask's permissions. Every target is made by the test in a scratch folder: a FIFO, a
/// socket, a pseudo-terminal it opens itself; never a real device file.
@Suite("Faults: where export -o writes (real binary)")
struct OutputDestinationTests {
  /// The file type of a path, from lstat.
  static func type(_ path: String) -> mode_t? {
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }
    return info.st_mode & S_IFMT
  }

  static func permissions(_ path: String) -> mode_t? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return info.st_mode & 0o7777
  }

  @Test("a FIFO is written in place: the reader gets the export and the FIFO stays a FIFO")
  func fifo() throws {
    let shell = try ShellScript()
    defer { shell.remove() }
    let status = try shell.run(
      #""$CRONICA" export > expected && mkfifo f.json && { cat f.json > got & } && "$CRONICA" export -o f.json 2>err; s=$?; wait; exit $s"#,
      seconds: 60)
    #expect(status == 0, "\(shell.text("err"))")
    #expect(Self.type(shell.path("f.json")) == S_IFIFO)
    #expect(shell.text("got") == shell.text("expected") && !shell.text("expected").isEmpty)
  }

  @Test("a socket is refused (exit 73, 'not a regular file') and stays a socket")
  func socketIsRefused() throws {
    let shell = try ShellScript()
    defer { shell.remove() }
    let socketPath = shell.path("s.sock")
    let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    #expect(descriptor >= 0)
    defer { close(descriptor) }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { buffer in
      for (index, byte) in socketPath.utf8.prefix(buffer.count - 1).enumerated() { buffer[index] = byte }
    }
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
    }
    try #require(bound == 0, "bind: errno \(errno)")
    #expect(try shell.run(#""$CRONICA" export -o s.sock 2>err"#) == 73)
    #expect(shell.text("err") == "Error: cannot write s.sock: not a regular file (a socket)\n")
    #expect(Self.type(socketPath) == S_IFSOCK)
  }

  @Test("a terminal (tmux's pseudo-terminal) is written in place and stays a character device")
  func terminal() async throws {
    let shell = try ShellScript()
    defer { shell.remove() }
    let binary = try CronicaBinary.path()
    let script = """
      "$1" export --format markdown > expected
      t=$(tty); "$1" export --format markdown -o "$t" 2>err; echo "status $?"
      test -c "$t" && echo "still a character device"; echo "checks done"
      """
    try script.write(toFile: shell.path("run.sh"), atomically: true, encoding: .utf8)
    let tmux = try Tmux.start(
      width: 200, height: 60,
      command: "env LANG=C.UTF-8 LC_ALL=C.UTF-8 bash --norc --noprofile -c 'cd \(shell.folder.path) && bash run.sh \(binary); exec cat'")
    defer { tmux.kill() }
    let screen = try await poll("the export and the checks on the terminal") {
      let screen = try tmux.capture()
      return screen.contains("checks done") ? screen : nil
    }
    #expect(screen.contains("status 0"), "\(screen)\n\(shell.text("err"))")
    #expect(screen.contains("still a character device"), "\(screen)")
    // The export's last short line (the screen holds its end; long lines wrap).
    let line = try #require(shell.text("expected").split(separator: "\n").last { $0.count > 10 && $0.count < 150 })
    #expect(screen.contains(line), "the export is on the terminal:\n\(screen)")
  }

  @Test("a symbolic link is followed: its target is replaced, the link stays a link")
  func symbolicLink() throws {
    let shell = try ShellScript()
    defer { shell.remove() }
    let status = try shell.run(
      #"""
      "$CRONICA" export > expected && mkdir real && echo old > real/target.json && chmod 640 real/target.json &&
      ln -s real/target.json link.json && ln -s ../real/missing.json real/dangling-in-folder.json &&
      mkdir other && ln -s ../real/dangling-in-folder.json other/second.json &&
      "$CRONICA" export -o link.json 2>err && "$CRONICA" export -o other/second.json 2>>err
      """#)
    #expect(status == 0, "\(shell.text("err"))")
    #expect(Self.type(shell.path("link.json")) == S_IFLNK)
    #expect(shell.text("real/target.json") == shell.text("expected"))
    #expect(Self.permissions(shell.path("real/target.json")) == 0o640, "the target keeps its mode")
    // A chain of relative links that ends nowhere: the file is created where it ends.
    #expect(Self.type(shell.path("other/second.json")) == S_IFLNK)
    #expect(Self.type(shell.path("real/dangling-in-folder.json")) == S_IFLNK)
    #expect(shell.text("real/missing.json") == shell.text("expected"))
  }

  @Test("a new file gets the umask's permissions; an existing file keeps its own")
  func umask() throws {
    let shell = try ShellScript()
    defer { shell.remove() }
    let status = try shell.run(
      #"""
      (umask 077 && "$CRONICA" export -o private.json) && (umask 022 && "$CRONICA" export -o shared.json) &&
      echo old > kept.json && chmod 604 kept.json && (umask 077 && "$CRONICA" export -o kept.json)
      """#)
    #expect(status == 0)
    #expect(Self.permissions(shell.path("private.json")) == 0o600)
    #expect(Self.permissions(shell.path("shared.json")) == 0o644)
    #expect(Self.permissions(shell.path("kept.json")) == 0o604)
  }

  @Test("-o DIR/ is a usage error (64) and writes nothing; -o DIR is refused (73); -o - is stdout")
  func foldersAndDash() throws {
    let shell = try ShellScript()
    defer { shell.remove() }
    #expect(try shell.run(#""$CRONICA" export -o out/ 2>err"#) == 64)
    #expect(shell.text("err").hasPrefix("Error: -o 'out/' names a folder (it ends in '/'); give a file name"))
    #expect(Self.type(shell.path("out")) == nil)
    #expect(try shell.run(#"mkdir dir && "$CRONICA" export -o dir 2>err"#) == 73)
    #expect(shell.text("err") == "Error: cannot write dir: it is a folder\n")
    #expect(try shell.run(#""$CRONICA" export > expected && "$CRONICA" export -o - > got"#) == 0)
    #expect(shell.text("got") == shell.text("expected"))
    #expect(Self.type(shell.path("-")) == nil)
  }
}
