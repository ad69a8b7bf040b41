import CronicaSystem
import ArgumentParser
import CronicaModel
import CronicaUI
import Foundation

extension ExportFormat: ExpressibleByArgument {}
extension PictureOptions.Lanes: ExpressibleByArgument {}

/// `cronica export`: the (filtered) chronology in an exchange format, to stdout or a file.
public struct Export: CronicaSubcommand {
  public static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export the timeline (filtered as with list) as JSON, CSV, Markdown, TimelineJS, SVG or HTML.",
    discussion: """
      Formats: json (Cronica's own, with format_version), csv (one row per event, formula-like \
      cells defused), markdown, timelinejs (TimelineJS 3 JSON: title slide, one slide per event, \
      themes as groups), timelinejs-csv (the TimelineJS Google Sheets columns), svg (the timeline \
      as a picture: a lane per theme, a marker per event, hover for its evidence) and html (one \
      self-contained page: the picture, then every event with its quotes and sources). From \
      10,000 events on, the pictures count events per period instead of drawing each. Without -o \
      (or with -o -) the export goes to stdout. A regular file given to -o is written atomically \
      (a temporary file, then a rename), so an interrupted or failed export leaves the old file as \
      it was; a new file gets the umask's permissions, an existing one keeps its own. A symbolic \
      link is followed and its target replaced (the link stays); a FIFO or device is written to \
      directly, as `cat > FILE` would.
      """)

  @OptionGroup public var corpusOptions: CorpusOptions

  @OptionGroup public var filters: EventFilterOptions

  @Option(help: "Export format: json, csv, markdown, timelinejs, timelinejs-csv, svg or html.")
  public var format: ExportFormat = .json

  @Option(
    help: ArgumentHelp("svg and html: a lane per theme (themes, the default) or one line (none).", valueName: "lanes"))
  public var lanes: PictureOptions.Lanes?

  /// The file to write; nil for stdout.
  @Option(
    name: [.customShort("o"), .customLong("output")],
    help: ArgumentHelp("Write to this file (atomically) instead of stdout; - is stdout.", valueName: "file"))
  public var output: String?

  public init() {}

  /// Rejects an empty output path, one that names a folder (`out/`), and `--lanes` for formats
  /// that are not pictures.
  public func validate() throws {
    if let output, output.isEmpty { throw ValidationError("-o needs a file name") }
    if let output, output.hasSuffix("/") {
      throw ValidationError(
        "-o '\(DisplayText.sanitizedLine(output))' names a folder (it ends in '/'); give a file name")
    }
    if lanes != nil, !format.isPicture {
      throw ValidationError("--lanes applies to --format svg and html, not \(format.rawValue)")
    }
  }

  /// Loads the corpus, renders the selected events, and prints or writes them.
  public func output(in context: CommandContext) throws(CommandFailure) -> CommandOutput {
    let opened = try corpusOptions.open(in: context)
    let corpus = opened.corpus
    let marks = try filters.marks(chosen: corpusOptions.chosenPath(explicit: nil, in: context), in: context)
    let (positions, query, index) = try filters.selection(in: corpus, marks: marks)
    let notes = opened.saveSnapshotNote(index: index)
    let picture = PictureOptions(lanes: lanes ?? .themes, filterNote: filters.note(query, corpus: corpus))
    let data: Data
    do {
      data = try CorpusExport.data(of: corpus, positions: positions, format: format, picture: picture)
    } catch {
      throw CommandFailure("cannot export: \(DisplayText.sanitizedLine(error.description))", status: 70)
    }
    try opened.checkSnapshotUnchanged()
    guard let output, output != "-" else {
      return CommandOutput(Self.printable(data, format: format, terminal: context.stdoutIsTerminal), notes: notes)
    }
    try Self.checkDestination(output)
    do {
      try FileWriter.write(data, to: output)
    } catch {
      throw CommandFailure(DisplayText.sanitizedLine(error.description), status: Self.cannotCreateStatus)
    }
    let noun = positions.count == 1 ? "event" : "events"
    return CommandOutput(
      "wrote \(positions.count) \(noun) as \(format.rawValue) to \(DisplayText.sanitizedLine(output))"
        + " (\(data.count) bytes)\n", notes: notes)
  }

  /// The exit status when a file cannot be created or written (EX_CANTCREAT).
  static let cannotCreateStatus: Int32 = 73

  /// Fails (exit 73) when the destination's folder does not exist or the destination is a folder.
  static func checkDestination(_ path: String) throws(CommandFailure) {
    let url = URL(fileURLWithPath: path)
    let shown = DisplayText.sanitizedLine(path)
    if Folder.exists(url.path) {
      throw CommandFailure("cannot write \(shown): it is a folder", status: cannotCreateStatus)
    }
    let folder = url.deletingLastPathComponent().path
    guard Folder.exists(folder) else {
      throw CommandFailure(
        "cannot write \(shown): the folder \(DisplayText.sanitizedLine(folder)) does not exist",
        status: cannotCreateStatus)
    }
  }

  /// The export as text for stdout. JSON formats get terminal-unsafe characters as `\uXXXX`
  /// escapes (same data); the text formats get them made visible when stdout is a terminal.
  static func printable(_ data: Data, format: ExportFormat, terminal: Bool) -> String {
    let text = String(decoding: data, as: UTF8.self)
    switch format {
    case .json, .timelinejs: return JSONText.escapeUnsafe(text)
    case .csv, .markdown, .timelinejsCSV, .svg, .html:
      guard terminal else { return text }
      return text.components(separatedBy: "\r\n").map { DisplayText.sanitize($0, keepNewlines: true) }
        .joined(separator: "\r\n")
    }
  }
}
