import CronicaSystem
import CronicaTestSupport
import Foundation
import CStatfs
import Glibc
import Testing

@testable import CronicaModel

/// Files read without their `fstat` when the folder's listing said they are regular files,
/// against the checked read of each (`listedRegular: false`): the same bytes, or the same failure.
@Suite struct ListedReadingTests {
  /// A folder of regular files of many sizes (around the reader's 16 KB first read and 64 KB
  /// steps) and every kind of entry a reader must refuse, and the names of its regular files.
  static func hostileFolder(_ label: String, seed: UInt64) throws -> (folder: TemporaryFolder, regular: [String]) {
    let folder = try TemporaryFolder(label)
    var random = SplitMix(seed: seed)
    var sizes = [0, 1, 2, 100, 101, 4095, 4096, 16_383, 16_384, 16_385, 65_535, 65_536, 65_537, 131_072, 131_073, 200_000]
    sizes += (0..<150).map { _ in Int.random(in: 0...3_000, using: &random) }
    sizes += (0..<10).map { _ in Int.random(in: 0...300_000, using: &random) }
    var regular: [String] = []
    for (index, size) in sizes.enumerated() {
      let name = "r\(index).md"
      try Data((0..<size).map { _ in UInt8.random(in: 0...255, using: &random) }).write(to: folder.url(name))
      regular.append(name)
    }
    try FileManager.default.createDirectory(at: folder.url("sub.md"), withIntermediateDirectories: false)
    #expect(mkfifo(folder.path("pipe.md"), 0o600) == 0)
    for (link, target) in [
      ("link.md", "r3.md"), ("pipelink.md", "pipe.md"), ("sublink.md", "sub.md"), ("gone.md", "/nonexistent/gone.md"),
      ("null.md", "/dev/null"), ("zero.md", "/dev/zero"), ("loop.md", "loop.md"),
      // A /proc file reads about a page at a time (4 KB short of its megabytes): only O_NOFOLLOW
      // keeps the listed reading from taking that first read as the whole file.
      ("proc.md", "/proc/kallsyms"),
    ] {
      try FileManager.default.createSymbolicLink(atPath: folder.path(link), withDestinationPath: target)
    }
    return (folder, regular)
  }

  static let irregular = [
    "sub.md", "pipe.md", "link.md", "pipelink.md", "sublink.md", "gone.md", "null.md", "zero.md", "loop.md", "proc.md",
  ]

  /// The read of `name` through `buffer`, as bytes or the failure's description.
  static func read(_ name: String, in open: OpenFolder?, limit: Int?, listedRegular: Bool, buffer: inout Data) -> String {
    do throws(SystemFailure) {
      let count = try RegularFile.read(name, in: open, limit: limit, listedRegular: listedRegular, into: &buffer)
      return "bytes " + buffer.prefix(count).base64EncodedString()
    } catch {
      return "failure " + error.description
    }
  }

  /// Whether the listing of `folder` should say its regular files are: told by the test's own
  /// `readdir` (the `d_type` of `regular`, a name known to be a regular file; XFS without ftype
  /// and some network file systems say DT_UNKNOWN) and `fstatfs` (the file systems, named here
  /// independently of the code, whose regular files read short only at their end).
  static func fileSystemSaysKinds(_ folder: String, regular: String) -> Bool {
    guard let stream = opendir(folder) else { return false }
    defer { closedir(stream) }
    var type = UInt8(DT_UNKNOWN)
    while let entry = readdir(stream) {
      let (name, kind) = Self.nameAndType(entry)
      if name == regular { type = kind }
    }
    var status = statfs()
    guard fstatfs(dirfd(stream), &status) == 0 else { return false }
    let known: Set<UInt32> = [0xEF53, 0x5846_5342, 0x9123_683E, 0x0102_1994, 0x794C_7630, 0x6969, 0x2FC1_2FC1, 0xF2F5_2010]
    return type == UInt8(DT_REG) && known.contains(UInt32(truncatingIfNeeded: status.f_type))
  }

  /// A `readdir` record's name and `d_type`, read in place: a record ends with its name, so it
  /// can be shorter than `dirent` (copying `pointee` or its `d_name` reads past it; AddressSanitizer).
  static func nameAndType(_ entry: UnsafeMutablePointer<dirent>) -> (name: String, type: UInt8) {
    let record = UnsafeRawPointer(entry)
    let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 19
    let typeOffset = MemoryLayout<dirent>.offset(of: \dirent.d_type) ?? 18
    return (
      String(cString: record.advanced(by: nameOffset).assumingMemoryBound(to: CChar.self)),
      record.load(fromByteOffset: typeOffset, as: UInt8.self)
    )
  }

  @Test("the listing says which names are not regular files: folders, links (to files too), FIFOs")
  func listingSaysWhatIsNotRegular() throws {
    let (folder, regular) = try Self.hostileFolder("listed-kinds", seed: 1)
    defer { folder.remove() }
    let (names, kinds) = try Folder.listing(folder.path)
    #expect(names.sorted() == (regular + Self.irregular).sorted())
    let listedRegular = Set(names.filter(kinds.saysRegular))
    #expect(listedRegular == (Self.fileSystemSaysKinds(folder.path, regular: "r0.md") ? Set(regular) : []))
    #expect(try Folder.entries(folder.path).sorted() == names.sorted())
    #expect(!ListedKinds.unknown.saysRegular("r0.md"))
  }

  @Test("past 1,024 names that are not regular files, the listing takes none as one (every file is read checked)")
  func manyOtherNamesTakeNoneAsRegular() throws {
    let folder = try TemporaryFolder("listed-links")
    defer { folder.remove() }
    try Data("a".utf8).write(to: folder.url("a.md"))
    for index in 0..<1_024 { try FileManager.default.createSymbolicLink(atPath: folder.path("l\(index).md"), withDestinationPath: "a.md") }
    let (_, few) = try Folder.listing(folder.path)
    #expect(few.saysRegular("a.md") == Self.fileSystemSaysKinds(folder.path, regular: "a.md"))
    #expect(!few.saysRegular("l0.md") && !few.saysRegular("l1023.md"))
    try FileManager.default.createSymbolicLink(atPath: folder.path("l1024.md"), withDestinationPath: "a.md")
    let (names, many) = try Folder.listing(folder.path)
    #expect(names.count == 1_026)
    #expect(names.allSatisfy { !many.saysRegular($0) })
  }

  /// The temporary folder's file system here (ext4 on the machine this was written on) says the
  /// kinds of its names and reads regular files short only at their end: the listed reading must
  /// be on there, and this test fails if the listing silently took no name as a regular file.
  @Test("on this machine's temporary file system, the listing says its regular files are regular")
  func listingSaysRegularHere() throws {
    let folder = try TemporaryFolder("listed-here")
    defer { folder.remove() }
    try Data("a".utf8).write(to: folder.url("a.md"))
    var status = statfs()
    #expect(statfs(folder.path, &status) == 0)
    let fileSystem = String(UInt32(truncatingIfNeeded: status.f_type), radix: 16)
    #expect(Self.fileSystemSaysKinds(folder.path, regular: "a.md"), "file system 0x\(fileSystem) says no kinds")
    #expect(try Folder.listing(folder.path).kinds.saysRegular("a.md"))
  }

  /// procfs lists its files DT_REG, but they read a page at a time: no name there is taken as a
  /// regular file.
  @Test("a file system not known to read short only at the end, such as /proc, lists no name as regular")
  func procListsNoRegularName() throws {
    #expect(Folder.exists("/proc/self"))
    let (names, kinds) = try Folder.listing("/proc/self")
    #expect(names.contains("maps"))
    var type = UInt8(DT_UNKNOWN)
    if let stream = opendir("/proc/self") {
      while let entry = readdir(stream) {
        let (name, kind) = Self.nameAndType(entry)
        if name == "maps" { type = kind }
      }
      closedir(stream)
    }
    #expect(type == UInt8(DT_REG))
    #expect(names.allSatisfy { !kinds.saysRegular($0) })
  }

  /// Every name read as the listing says, and every name read as if the listing had said it is a
  /// regular file (a name replaced between listing and reading, or something bind-mounted over
  /// it): the same as the checked read, through one buffer in a random order, with and without
  /// a limit.
  @Test("a file the listing calls regular reads as the checked read does, whatever is really there")
  func listedReadsMatchCheckedReads() throws {
    let (folder, _) = try Self.hostileFolder("listed-read", seed: 2)
    defer { folder.remove() }
    let (names, kinds) = try Folder.listing(folder.path)
    let open = try OpenFolder(folder.path)
    var random = SplitMix(seed: 3)
    var (compared, refused) = (0, 0)
    for limit in [nil, 70_000, 100] as [Int?] {
      var buffer = Data()
      var checkedBuffer = Data()
      for name in names.shuffled(using: &random) {
        let checked = Self.read(name, in: open, limit: limit, listedRegular: false, buffer: &checkedBuffer)
        if checked.hasPrefix("failure") { refused += 1 }
        let asListed = kinds.saysRegular(name)
        #expect(Self.read(name, in: open, limit: limit, listedRegular: asListed, buffer: &buffer) == checked, "\(name)")
        #expect(Self.read(name, in: open, limit: limit, listedRegular: true, buffer: &buffer) == checked, "\(name)")
        compared += 1
      }
    }
    #expect(compared == 3 * 186)
    #expect(refused > 3 * 8)
  }

  /// What a bind mount over a name listed as a regular file reaches, read by its own path as if
  /// listed regular: the same refusal as the checked read, and never more than the first room read.
  /// A bind mount keeps the name's DT_REG, so the reader takes exactly this path
  /// (`listedRegular: true`, then the open file is what it is): this covers it without mounting
  /// anything (no root needed, no mount left behind should the test process die).
  @Test("a device or FIFO read as if listed regular is refused as the checked read refuses it, after one bounded read")
  func devicesAndFIFOsReadAsListedAreRefused() throws {
    for path in ["/dev/null", "/dev/zero", "/dev/urandom"] {
      var checkedBuffer = Data()
      let checked = Self.read(path, in: nil, limit: nil, listedRegular: false, buffer: &checkedBuffer)
      #expect(checked == "failure cannot read \(path): not a regular file (a character device)")
      var buffer = Data()
      #expect(Self.read(path, in: nil, limit: nil, listedRegular: true, buffer: &buffer) == checked)
      #expect(buffer.count == 16_384)
      #expect(Self.read(path, in: nil, limit: 16 << 20, listedRegular: true, buffer: &buffer) == checked)
      #expect(buffer.count == 16_384)
    }
    let folder = try TemporaryFolder("listed-fifo")
    defer { folder.remove() }
    let fifo = folder.path("pipe.md")
    #expect(mkfifo(fifo, 0o600) == 0)
    let expected = "failure cannot read \(fifo): not a regular file (a FIFO)"
    var buffer = Data()
    // No writer: a read of 0 bytes, then checked.
    #expect(Self.read(fifo, in: nil, limit: nil, listedRegular: true, buffer: &buffer) == expected)
    // A writer that wrote and holds the FIFO open, then one that closed it: a read at an offset is
    // refused by a FIFO, so its bytes are never taken for a file's.
    let writer = Glibc.open(fifo, O_RDWR | O_NONBLOCK)
    #expect(writer >= 0)
    #expect(Glibc.write(writer, "title: a FIFO\n", 14) == 14)
    #expect(Self.read(fifo, in: nil, limit: nil, listedRegular: true, buffer: &buffer) == expected)
    let reader = Glibc.open(fifo, O_RDONLY | O_NONBLOCK)
    #expect(Glibc.close(writer) == 0)
    #expect(Self.read(fifo, in: nil, limit: nil, listedRegular: true, buffer: &buffer) == expected)
    #expect(Glibc.close(reader) == 0)
  }

  /// A /proc file says size 0 and reads a page at a time: with a limit under a page, the listed
  /// reading's first read fills the room of the limit's byte, and the file is too large, as the
  /// checked read (reading past the limit) says, not the limit's bytes and one more.
  @Test("a first read that fills the room of the limit's byte is too large, whatever the size says")
  func firstReadPastTheLimitIsTooLarge() throws {
    var checkedBuffer = Data()
    let checked = Self.read("/proc/kallsyms", in: nil, limit: 100, listedRegular: false, buffer: &checkedBuffer)
    #expect(checked.hasPrefix("failure cannot read /proc/kallsyms: larger than"))
    var buffer = Data()
    #expect(Self.read("/proc/kallsyms", in: nil, limit: 100, listedRegular: true, buffer: &buffer) == checked)
  }
}
