import CronicaSystem
import Foundation

/// Reads one user article file (`.md` or `.txt`, optional YAML front matter) into an `Article`.
enum UserArticle {
  /// What reading one file gave: its article and mode (nil when it has problems), its problems
  /// and its warnings.
  typealias Outcome = (read: (article: Article, mode: TemporalMode?)?, problems: [CorpusProblem], warnings: [CorpusProblem])

  /// Reads the named files of a folder on all cores, in the order given. `text` reads the file
  /// named `name` in the open folder (or at the path `name` when the folder could not be held
  /// open) through `buffer`, which each piece of the work reuses for all its files, or says why
  /// it cannot (`problem`); `prefix` is the folder's part of the paths shown (`articles/`).
  /// `text` is told whether the folder's listing said the file is a regular file (`kinds`).
  static func readAll<Failure: Error>(
    _ names: [String], kinds: ListedKinds, in folder: URL, prefix: String,
    text: @Sendable (_ name: String, _ folder: OpenFolder?, _ listedRegular: Bool, _ buffer: inout Data) throws(Failure)
      -> String,
    problem: @Sendable (Failure) -> String
  ) -> [Outcome] {
    guard !names.isEmpty else { return [] }
    // Many pieces per core, taken by the cores as they come free: a core slowed by other work
    // does fewer pieces instead of holding up the end (as one half each would), and the last
    // piece, which one core reads while the other waits, is short (with 8 a core, 100k tiny
    // articles left one core reading alone for ~40 ms at the end; a piece costs a buffer and a
    // parser object).
    let ranges = Parallel.ranges(of: names.count, minimum: 64, perCore: 32)
    let open = try? OpenFolder(folder.path)
    let directory = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
    // Problems are located at the name alone and given the folder's prefix only when there are
    // some (nearly never): the path shown is not made for every file (~800 instructions each).
    // `readWithMode` locates every problem it finds at the file it is given, and names no file in
    // a message.
    @Sendable func prefixed(_ found: [CorpusProblem]) -> [CorpusProblem] {
      guard !prefix.isEmpty, !found.isEmpty else { return found }
      return found.map { problem in
        var problem = problem
        problem.file = prefix + problem.file
        return problem
      }
    }
    @Sendable func outcome(_ index: Int, _ buffer: inout Data, _ parser: FrontMatter.Parser) -> Outcome {
      let name = names[index]
      var problems: [CorpusProblem] = []
      var warnings: [CorpusProblem] = []
      do throws(Failure) {
        let read = readWithMode(
          try text(open == nil ? directory + name : name, open, kinds.saysRegular(name), &buffer), file: name,
          origin: name, parser: parser,
          problems: &problems, warnings: &warnings)
        return (read, prefixed(problems), prefixed(warnings))
      } catch {
        return (nil, [CorpusProblem(file: prefix + name, message: problem(error))], [])
      }
    }
    // Each outcome is made in its place in the one result array, by the core that reads the file:
    // nothing is copied or freed on one core at the end.
    return Array(unsafeUninitializedCapacity: names.count) { buffer, initialized in
      let slots = OutcomeSlots(start: buffer.baseAddress!)
      _ = Parallel.map(pieces: ranges.count) { piece in
        // In bounds: the ranges cut 0..<names.count, the buffer's capacity, into consecutive
        // disjoint parts, so each slot is initialized once, by one piece.
        var buffer = Data()
        // One libyaml parser for the piece's files, set back after each (see `FrontMatter.Parser`).
        let parser = FrontMatter.Parser()
        for index in ranges[piece] { (slots.start + index).initialize(to: outcome(index, &buffer, parser)) }
      }
      initialized = names.count
    }
  }

  /// The result array's slots, written by the pieces of `readAll`, each its own.
  ///
  /// `@unchecked` because pointers are not `Sendable`: each piece initializes only the slots of
  /// its range, and the array is read only once `Parallel.map` has returned.
  private struct OutcomeSlots: @unchecked Sendable {
    let start: UnsafeMutablePointer<Outcome>
  }

  /// Builds the article from the file's text, and how its relative dates are to be read (`mode:
  /// news` or `narrative` in the front matter; nil when not given); problems and warnings are
  /// located in `file`.
  ///
  /// - Parameters:
  ///   - text: the whole file as read.
  ///   - file: the path shown in messages (`articles/culiacan.md`).
  ///   - origin: the file's name, kept as the article's origin.
  ///   - parser: reads the front matter (a new one by default; `readAll` passes one per piece of work).
  static func readWithMode(
    _ text: String, file: String, origin: String, parser: FrontMatter.Parser = FrontMatter.Parser(),
    problems: inout [CorpusProblem], warnings: inout [CorpusProblem]
  ) -> (article: Article, mode: TemporalMode?)? {
    // CRLF (Windows) and lone CR (classic Mac OS) line endings both become LF, so that front
    // matter is found whatever the editor wrote.
    var normalized = text
    // memchr, not a byte loop: 8.4M fewer instructions on 10k tiny articles (callgrind).
    if normalized.withUTF8({ bytes in bytes.baseAddress.map { memchr($0, 0x0D, bytes.count) != nil } ?? false }) {
      normalized = normalized.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
    // By bytes: a byte-order mark is always a character of its own.
    if normalized.utf8.starts(with: [0xEF, 0xBB, 0xBF]) { normalized.removeFirst() }
    let before = problems.count
    let matter = FrontMatter.parse(normalized, file: file, parser: parser, problems: &problems, warnings: &warnings)
    let cleaned = ArticleCleaner.clean(matter.body)
    func field(_ name: FrontMatter.Field) -> String? { matter.scalar(name).flatMap { fieldValue($0.value) } }
    var published: EDTFDate?
    if let raw = field(.published), let position = matter.scalar(.published)?.position {
      do {
        published = try EDTFDate(parsing: raw)
      } catch {
        problems.append(CorpusProblem(file: file, location: "\(position): published", message: error.description))
      }
    }
    var titleSupplied = false
    if let raw = field(.titleSupplied), let position = matter.scalar(.titleSupplied)?.position {
      switch raw.lowercased() {
      case "true", "yes": titleSupplied = true
      case "false", "no": titleSupplied = false
      default:
        problems.append(
          CorpusProblem(
            file: file, location: "\(position): title_supplied", message: "expected true or false, found '\(raw)'"))
      }
    }
    if let url = field(.url), let position = matter.scalar(.url)?.position, !WebAddress.isOpenable(url) {
      problems.append(
        CorpusProblem(
          file: file, location: "\(position): url", message: "expected an http:// or https:// address, found '\(url)'"))
    }
    var mode: TemporalMode?
    if let raw = field(.mode), let position = matter.scalar(.mode)?.position {
      mode = TemporalMode(rawValue: raw.lowercased())
      if mode == nil {
        problems.append(
          CorpusProblem(file: file, location: "\(position): mode", message: "expected news or narrative, found '\(raw)'"))
      }
    }
    guard problems.count == before else { return nil }
    if !matter.present {
      warnings.append(
        CorpusProblem(
          file: file, message: "no front matter: the title is taken from the first line and the date is unknown"))
    }
    // Without a title, the first line of the text (looked for only then).
    let title =
      field(.title)
      ?? (cleaned.text.split(separator: "\n").lazy.map { $0.trimmedText }.first { !$0.isEmpty }
        .map { String($0.drop { $0 == "#" }.trimmedText) } ?? "")
    if title.isEmpty {
      problems.append(CorpusProblem(file: file, message: "the article is empty: no title and no text"))
      return nil
    }
    let id = field(.id) ?? slug(origin.split(separator: ".").dropLast().joined(separator: "."))
    return (
      Article(
        id: id, title: title, titleSupplied: titleSupplied, outlet: field(.outlet) ?? "",
        authors: (matter.authors ?? []).map { HTMLText.strippingControls($0).trimmedText }, published: published,
        publishedDisplay: field(.publishedDisplay) ?? published?.readable ?? "date unknown",
        dateBasis: field(.dateBasis) ?? (published == nil ? "no date given" : "stated in the front matter"),
        origin: origin, authorNotes: cleaned.authorNotes, text: cleaned.text, url: field(.url)),
      mode
    )
  }

  /// A field's value as an article keeps it: without control characters, its lines joined by
  /// spaces, trimmed; nil when nothing is left.
  static func fieldValue(_ raw: String) -> String? {
    // Printable ASCII with no space at either end (nearly every field): nothing to strip, join
    // or trim, the value as it is.
    var bytes = raw
    if bytes.withUTF8(isPlainValue) { return raw }
    var value = HTMLText.strippingControls(raw)
    if value.utf8.contains(0x0A) { value = value.replacingOccurrences(of: "\n", with: " ") }
    value = value.trimmedText
    return value.isEmpty ? nil : value
  }

  /// Whether `bytes` are a value kept as it is: not empty, printable ASCII (space to `~`), no
  /// space at either end. Read eight bytes at a time (a byte at a time took ~130 instructions a
  /// field), the last eight overlapping those before when the count is not a multiple of eight.
  static func isPlainValue(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress, let first = bytes.first, first != 0x20, bytes.last != 0x20 else { return false }
    guard bytes.count >= 8 else { return bytes.allSatisfy { $0 >= 0x20 && $0 <= 0x7E } }
    func isPrintable(_ at: Int) -> Bool {
      EightBytes(0x20, through: 0x7E).lanes(in: EightBytes.load(base + at)) == EightBytes.highBits
    }
    var index = 0
    while bytes.count - index > 8 {
      guard isPrintable(index) else { return false }
      index += 8
    }
    return isPrintable(bytes.count - 8)
  }

  /// A lower-case identifier of letters, digits and hyphens (`Culiacán Report` → `culiacan-report`).
  static func slug(_ text: String) -> String {
    let folded = TextFolding.fold(text)
    var result = ""
    var pendingHyphen = false
    for scalar in folded.unicodeScalars {
      if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        if pendingHyphen, !result.isEmpty { result += "-" }
        pendingHyphen = false
        result.unicodeScalars.append(scalar)
      } else {
        pendingHyphen = true
      }
    }
    return result.isEmpty ? "item" : result
  }
}

extension Article {
  /// One article file of your own (`.md` or `.txt`), read as a folder of articles reads it: the
  /// YAML front matter gives the title, date and the rest, the body after it is the cleaned text.
  ///
  /// - Parameters:
  ///   - text: the whole file as read.
  ///   - file: the path shown in messages; its last part is the article's origin.
  public static func userFile(_ text: String, file: String) throws(CorpusError) -> Article {
    var problems: [CorpusProblem] = []
    var warnings: [CorpusProblem] = []
    let origin = file.split(separator: "/").last.map(String.init) ?? file
    guard let article = UserArticle.readWithMode(text, file: file, origin: origin, problems: &problems, warnings: &warnings)?.article
    else { throw CorpusError(problems) }
    return article
  }
}
