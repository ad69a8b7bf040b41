import CronicaSystem
import CronicaTestSupport
import Foundation
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
    ] {
      try FileManager.default.createSymbolicLink(atPath: folder.path(link), withDestinationPath: target)
    }
    return (folder, regular)
  }

  static let irregular = [
    "sub.md", "pipe.md", "link.md", "pipelink.md", "sublink.md", "gone.md", "null.md", "zero.md", "loop.md",
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

  /// Whether the folder's file system says the kind of its names (it may say none: DT_UNKNOWN,
  /// as XFS without ftype and some network file systems do); told by a name known to be a
  /// regular file.
  static func saysKinds(_ kinds: ListedKinds, regular: String) -> Bool { kinds.saysRegular(regular) }

  @Test("the listing says which names are not regular files: folders, links (to files too), FIFOs")
  func listingSaysWhatIsNotRegular() throws {
    let (folder, regular) = try Self.hostileFolder("listed-kinds", seed: 1)
    defer { folder.remove() }
    let (names, kinds) = try Folder.listing(folder.path)
    #expect(names.sorted() == (regular + Self.irregular).sorted())
    let listedRegular = Set(names.filter(kinds.saysRegular))
    #expect(listedRegular == (Self.saysKinds(kinds, regular: "r0.md") ? Set(regular) : []))
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
    #expect(few.saysRegular("a.md") == Self.saysKinds(few, regular: "a.md"))
    #expect(!few.saysRegular("l0.md") && !few.saysRegular("l1023.md"))
    try FileManager.default.createSymbolicLink(atPath: folder.path("l1024.md"), withDestinationPath: "a.md")
    let (names, many) = try Folder.listing(folder.path)
    #expect(names.count == 1_026)
    #expect(names.allSatisfy { !many.saysRegular($0) })
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
    #expect(compared == 3 * 185)
    #expect(refused > 3 * 8)
  }

  /// What a bind mount over a name listed as a regular file reaches, read by its own path as if
  /// listed regular: the same refusal as the checked read, and never more than the first room read.
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

  /// `/dev/null`, `/dev/zero` and a FIFO bind-mounted over names of a folder (they keep the
  /// listing's DT_REG): a user folder's reading refuses them with the checked read's messages.
  /// Bind mounts need root (CAP_SYS_ADMIN); without it, the same names are read as listed
  /// regular by their own paths (the test above), and this test reads the folder as it is.
  @Test("a user folder with devices and a FIFO bind-mounted over article names loads as each file read checked")
  func bindMountedDevicesReadAsChecked() throws {
    let (folder, regular) = try Self.hostileFolder("listed-bind", seed: 6)
    defer { folder.remove() }
    for index in 0..<40 { try Data("---\nid: t\(index)\ntitle: T \(index)\n---\nText \(index).\n".utf8).write(to: folder.url("t\(index).md")) }
    #expect(mkfifo(folder.path("bound-fifo"), 0o600) == 0)
    var mounted: [String] = []
    defer { for target in mounted { _ = umount2(target, Int32(MNT_DETACH)) } }
    if geteuid() == 0 {
      for (name, source) in [("b-null.md", "/dev/null"), ("b-zero.md", "/dev/zero"), ("b-fifo.md", folder.path("bound-fifo"))] {
        try Data("---\ntitle: covered\n---\nCovered.\n".utf8).write(to: folder.url(name))
        #expect(mount(source, folder.path(name), nil, UInt(MS_BIND), nil) == 0, "mount --bind \(source)")
        mounted.append(folder.path(name))
      }
    }
    let (_, _, names, kinds) = try Corpus.articleNames(in: folder.url)
    let bound = names.filter { $0.hasPrefix("b-") }
    #expect(bound.count == (geteuid() == 0 ? 3 : 0))
    #expect(bound.allSatisfy { kinds.saysRegular($0) } == Self.saysKinds(kinds, regular: regular[0]))
    let asListed = UserArticle.readAll(
      names, kinds: kinds, in: folder.url, prefix: "",
      text: { name, open, listedRegular, buffer throws(Corpus.ReadFailure) in
        try Corpus.readText(atPath: name, in: open, listedRegular: listedRegular, buffer: &buffer)
      }, problem: { $0.message })
    let checked = UserArticle.readAll(
      names, kinds: .unknown, in: folder.url, prefix: "",
      text: { name, open, listedRegular, buffer throws(Corpus.ReadFailure) in
        try Corpus.readText(atPath: name, in: open, listedRegular: listedRegular, buffer: &buffer)
      }, problem: { $0.message })
    #expect(asListed.count == checked.count)
    for (a, b) in zip(asListed, checked) {
      #expect(a.problems == b.problems)
      #expect(a.warnings == b.warnings)
      #expect(a.read?.article == b.read?.article)
    }
    let messages = Dictionary(uniqueKeysWithValues: zip(names, asListed).map { ($0, $1.problems.map(\.message)) })
    if geteuid() == 0 {
      #expect(messages["b-null.md"] == ["not a regular file (a character device)"])
      #expect(messages["b-zero.md"] == ["not a regular file (a character device)"])
      #expect(messages["b-fifo.md"] == ["not a regular file (a FIFO)"])
    }
    #expect(asListed.compactMap(\.read).count >= 40)
    #expect(asListed.filter { !$0.problems.isEmpty }.count > 150)
  }

  @Test("the builder's reading refuses a device bind-mounted over an article name as it refuses any device")
  func buildInputRefusesBoundDevices() throws {
    let folder = try TemporaryFolder("listed-build")
    defer { folder.remove() }
    try Data("---\ntitle: A\n---\nText.\n".utf8).write(to: folder.url("a.md"))
    try Data("---\ntitle: covered\n---\nCovered.\n".utf8).write(to: folder.url("zero.md"))
    try FileManager.default.createSymbolicLink(atPath: folder.path("null.md"), withDestinationPath: "/dev/null")
    var mounted: String?
    defer { if let mounted { _ = umount2(mounted, Int32(MNT_DETACH)) } }
    if geteuid() == 0 {
      #expect(mount("/dev/zero", folder.path("zero.md"), nil, UInt(MS_BIND), nil) == 0)
      mounted = folder.path("zero.md")
    }
    let input = try BuildInput.read(folder.url)
    #expect(input.articles.map(\.title) == (geteuid() == 0 ? ["A"] : ["A", "covered"]))
    let skipped = Dictionary(uniqueKeysWithValues: input.skipped.map { ($0.file, $0.message) })
    #expect(skipped["null.md"] == "is not a regular file (a device); skipped")
    if geteuid() == 0 { #expect(skipped["zero.md"] == "is not a regular file (a device); skipped") }
  }
}
