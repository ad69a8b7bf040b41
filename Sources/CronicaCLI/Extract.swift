import ArgumentParser
import CronicaModel
import CronicaSystem
import CronicaUI
import Foundation

extension TemporalMode: ExpressibleByArgument {}

/// `cronica extract (ARTICLE-ID | FILE)`: temporal expressions and proposed events of an article.
public struct Extract: CronicaSubcommand {
  public static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Find an article's dates (TIMEX3) and propose its dated events.",
    discussion: """
      The target is an article id of the current corpus (its cleaned text and publication date) or, \
      when no article has that id, a text file read as a folder of your own articles reads one (YAML \
      front matter with published and title, then the text, cleaned like the corpus articles). In news mode \
      relative dates ("last Thursday") are resolved against the publication date (--published \
      overrides it; without one they stay unresolved); in narrative mode against the last date \
      mentioned. --write appends the proposals, marked "origin": "extracted", to the events.json \
      of a folder of your own articles (--corpus DIR), atomically; proposals already there are skipped. \
      A text file must be a regular file of at most 8 MB (split a longer one).
      """)

  /// The largest text file `extract FILE` reads: an article is far smaller; a larger file (or
  /// `/dev/zero`, a FIFO) is refused before it is read, so the command stays bounded in time and memory.
  static let maximumFileBytes = 8 << 20

  @OptionGroup public var corpusOptions: CorpusOptions

  @Argument(help: ArgumentHelp("An article id of the corpus, or a text file.", valueName: "article-id-or-file"))
  public var target: String

  @Option(help: ArgumentHelp("The publication date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
  public var published: String?

  @Option(help: "news (against the publication date) or narrative (against the last date mentioned).")
  public var mode: TemporalMode = .news

  @Option(help: "Output format: text or json.")
  public var format: DataFormat = .text

  @Flag(help: "Append the proposals to the corpus's events.json (folders of your own articles only).")
  public var write = false

  public init() {}

  /// Rejects a malformed `--published` before anything is loaded.
  public func validate() throws {
    if let published {
      do {
        _ = try Self.parsePublished(published)
      } catch {
        throw ValidationError(error.message)
      }
    }
  }

  /// The text to extract from, with its id and publication date.
  struct Source {
    var id: String
    var text: String
    var published: EDTFDate?
    var inCorpus: Bool
  }

  /// Extracts, prints, and with `--write` appends the proposals to the events file.
  public func output(in context: CommandContext) throws(CommandFailure) -> CommandOutput {
    let location = try corpusOptions.location(in: context)
    let opened = try corpusOptions.open(explicit: location.path, in: context)
    let corpus = opened.corpus
    let source = try source(in: corpus)
    if write {
      guard source.inCorpus else {
        throw .usage("--write needs an article id of the corpus; '\(DisplayText.sanitizedLine(target))' is a file")
      }
      guard opened.source == .userFolder else {
        throw .usage(
          "--write works on a folder of your own articles (--corpus DIR); this corpus is "
            + Self.describe(opened.source) + " and is not changed")
      }
    }
    let extractor = try ProposedChronology.extractor()
    let report = extractor.extract(
      text: source.text, published: source.published, mode: mode, themes: corpus.themes, article: source.id)
    var note = ""
    if write {
      note = try EventsFileAppend.append(report.events, to: location, corpus: corpus)
    }
    switch format {
    case .json:
      // stdout stays pure JSON; the write itself is the effect.
      return CommandOutput(try JSONText.render(report))
    case .text:
      return CommandOutput(ExtractText.render(report, source: source.id, mode: mode, width: context.width) + note)
    }
  }

  /// The article named by the target, else the file at that path.
  func source(in corpus: Corpus) throws(CommandFailure) -> Source {
    let date = try published.map(Self.parsePublished)
    if let article = corpus.article(id: target) {
      return Source(id: article.id, text: article.text, published: date ?? article.published, inCorpus: true)
    }
    guard let kind = FileStatus.at(target)?.kind, kind != .folder else {
      let choices = Suggestions.choices(for: target, among: corpus.articles.map(\.id), listedBy: "cronica sources")
      throw .usage("'\(DisplayText.sanitizedLine(target))' is neither an article id (\(choices)) nor a file")
    }
    let data: Data
    do throws(Corpus.ReadFailure) {
      data = try Corpus.readData(at: URL(fileURLWithPath: target), limit: Self.maximumFileBytes)
    } catch {
      throw CommandFailure("cannot read \(DisplayText.sanitizedLine(target)): \(error.message)", status: 66)
    }
    guard let raw = String(data: data, encoding: .utf8) else {
      throw .data("\(DisplayText.sanitizedLine(target)): not UTF-8 text")
    }
    // Read as an article of a user folder: the front matter's date and title, the body's text
    // (so no event is proposed from the front matter itself).
    let article: Article
    do {
      article = try Article.userFile(raw, file: target)
    } catch {
      throw .data(DisplayText.sanitizedLine(error.description))
    }
    return Source(id: article.id, text: article.text, published: date ?? article.published, inCorpus: false)
  }

  /// Parses `--published`: any EDTF date (`2017-05-24`, `2017-05-22/2017-05-28`).
  static func parsePublished(_ text: String) throws(CommandFailure) -> EDTFDate {
    do {
      return try EDTFDate(parsing: text)
    } catch {
      throw .usage("--published: \(DisplayText.sanitizedLine(error.description))")
    }
  }

  /// What a corpus source is, in words.
  static func describe(_ source: CorpusSource) -> String {
    switch source {
    case .bundledLayout: return "a corpus folder with manifest.json"
    case .userFolder: return "a folder of articles"
    case .timelineJSON: return "a TimelineJS JSON file"
    case .timelineCSV: return "a TimelineJS CSV file"
    }
  }
}
