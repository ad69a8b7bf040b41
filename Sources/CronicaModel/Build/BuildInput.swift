import CronicaSystem
import Foundation

/// The articles of a folder as the builder reads them: every file it can read, and for each one
/// it cannot, a problem naming the file (the rest of the folder is still built).
///
/// A folder with `manifest.json` is read as the bundled layout (its manifest and themes must
/// load; an article that cannot be read is skipped); any other folder as a folder of your own
/// articles (`.md`, `.markdown`, `.txt` in `articles/` or in the folder itself, YAML front matter,
/// `themes.json` or the default themes).
public struct BuildInput: Sendable {
  /// The articles read, in file (or manifest) order.
  public var articles: [Article]
  /// The taxonomy to theme the events with.
  public var themes: [Theme]
  /// How each article's relative dates are read (`mode` in the front matter), by article id.
  public var modes: [String: TemporalMode]
  /// The files skipped, each with the reason.
  public var skipped: [CorpusProblem]
  public var source: CorpusSource

  /// Reads a folder; fails only when the folder itself (or a bundled layout's manifest or
  /// themes) cannot be read.
  public static func read(_ folder: URL, defaultThemes: [Theme] = Theme.defaultTaxonomy) throws(CorpusError) -> BuildInput {
    guard Folder.exists(folder.path) else {
      throw CorpusError([CorpusProblem(file: folder.path, message: "not a folder; build reads a folder of articles")])
    }
    if FileStatus.at(folder.appendingPathComponent(CorpusFiles.manifest).path) != nil {
      return try bundledLayout(folder)
    }
    return try userFolder(folder, defaultThemes: defaultThemes)
  }

  /// A bundled-layout folder: the manifest's articles, cleaned.
  static func bundledLayout(_ folder: URL) throws(CorpusError) -> BuildInput {
    var problems: [CorpusProblem] = []
    let manifest = Corpus.decode(CorpusFiles.Manifest.self, file: CorpusFiles.manifest, in: folder, problems: &problems)
    let themes = Corpus.decode(CorpusFiles.ThemesFile.self, file: CorpusFiles.themes, in: folder, problems: &problems)
    guard problems.isEmpty, let manifest, let themes else { throw CorpusError(problems) }
    let entries = manifest.articles
    let ranges = Parallel.ranges(of: entries.count, minimum: 64)
    let pieces = Parallel.map(pieces: ranges.count) { piece in
      var buffer = Data()
      return ranges[piece].map { index -> (article: Article?, problem: CorpusProblem?) in
        let entry = entries[index]
        let file = CorpusFiles.articlesFolder + "/" + entry.origin
        do throws(ArticleFile.Skip) {
          let raw = try ArticleFile.text(atPath: folder.appendingPathComponent(file).path, buffer: &buffer)
          let cleaned = ArticleCleaner.clean(raw)
          return (
            Article(
              id: entry.id, title: entry.title, titleSupplied: entry.titleSupplied ?? false, outlet: entry.outlet,
              authors: entry.authors, published: entry.published, publishedDisplay: entry.publishedDisplay,
              dateBasis: entry.dateBasis, origin: entry.origin, authorNotes: cleaned.authorNotes, text: cleaned.text), nil)
        } catch {
          return (nil, CorpusProblem(file: file, message: error.reason + "; skipped"))
        }
      }
    }
    var input = BuildInput(articles: [], themes: themes.themes, modes: [:], skipped: [], source: .bundledLayout)
    for outcome in pieces.joined() {
      if let article = outcome.article { input.articles.append(article) }
      if let problem = outcome.problem { input.skipped.append(problem) }
    }
    return input
  }

  static func userFolder(_ folder: URL, defaultThemes: [Theme]) throws(CorpusError) -> BuildInput {
    let (articleFolder, inSubfolder, names, kinds) = try Corpus.articleNames(in: folder)
    let prefix = inSubfolder ? CorpusFiles.articlesFolder + "/" : ""
    var problems: [CorpusProblem] = []
    let themesFile = Corpus.optionalThemes(in: folder, problems: &problems)
    guard problems.isEmpty else { throw CorpusError(problems) }
    var input = BuildInput(
      articles: [], themes: themesFile?.themes ?? defaultThemes, modes: [:], skipped: [], source: .userFolder)
    var other: [String] = []
    var found: [String] = []
    for name in names where !name.hasPrefix(".") {
      let ext = (name as NSString).pathExtension.lowercased()
      if !inSubfolder, name.lowercased().hasPrefix("readme.") || ext == "json" { continue }
      if Folder.exists(articleFolder.appendingPathComponent(name).path) { continue }
      if Corpus.userArticleExtensions.contains(ext) { found.append(name) } else { other.append(prefix + name) }
    }
    let outcomes = UserArticle.readAll(
      found, kinds: kinds, in: articleFolder, prefix: prefix,
      text: { name, folder, listedRegular, buffer throws(ArticleFile.Skip) in
        try ArticleFile.text(atPath: name, in: folder, listedRegular: listedRegular, buffer: &buffer)
      },
      problem: { $0.reason })
    var ids = Set<String>()
    for (name, outcome) in zip(found, outcomes) {
      input.skipped += outcome.problems.map { CorpusProblem(file: $0.file, location: $0.location, message: $0.message + "; skipped") }
      guard let read = outcome.read else { continue }
      guard ids.insert(read.article.id).inserted else {
        input.skipped.append(CorpusProblem(file: prefix + name, message: "repeats the article id '\(read.article.id)'; skipped"))
        continue
      }
      input.articles.append(read.article)
      if let mode = read.mode { input.modes[read.article.id] = mode }
    }
    if !other.isEmpty {
      let shown = other.prefix(5).joined(separator: ", ") + (other.count > 5 ? ", …" : "")
      input.skipped.append(
        CorpusProblem(
          file: articleFolder.path,
          message: "\(other.count) file\(other.count == 1 ? " is" : "s are") not .md or .txt and "
            + "\(other.count == 1 ? "was" : "were") not read: \(shown)"))
    }
    return input
  }
}
