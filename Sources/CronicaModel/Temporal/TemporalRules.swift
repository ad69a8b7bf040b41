import CronicaSystem
import Foundation

/// The data that drives temporal tagging: word tables, patterns, tense cues and event verbs.
///
/// Rules are loaded from the JSON files of a folder (`en.json`, `es.json`, …), merged in file-name
/// order; patterns keep their file order, which breaks ties between matches of equal length.
public struct TemporalRules: Sendable {
  /// Word tables by class name (`MONTH`, `UNIT`, …): lower-case word → value.
  public var lexicon: [String: [String: TemporalLexValue]]
  /// The compiled patterns, in priority order.
  var patterns: [TemporalPattern]
  /// Words that make a sentence future tense.
  public var futureWords: Set<String>
  /// Words that make a sentence past tense.
  public var pastWords: Set<String>
  /// Word endings that make a sentence past tense (`ed`, `aron`).
  public private(set) var pastSuffixes: [String]
  /// Word endings that make a sentence future tense (`rá`).
  public private(set) var futureSuffixes: [String]
  /// The same endings compiled for matching.
  private(set) var tenseSuffixes: (past: [WordEnding], future: [WordEnding]) = ([], [])
  /// The bytes those endings end with (most words end with none of them).
  private(set) var tenseLastBytes = (past: WordEnding.LastBytes([]), future: WordEnding.LastBytes([]))
  /// Words after which a period does not end a sentence (`jan`, `u.s`).
  public var abbreviations: Set<String>
  /// Event cues: a lower-case phrase and the kind of event it suggests.
  public var eventCues: [TemporalEventCue]
  /// Phrases whose presence makes a sentence a statistic.
  public var statisticCues: [String]

  /// Builds rules from decoded rule documents; throws when a pattern cannot be compiled.
  public init(documents: [TemporalRuleDocument]) throws(TemporalRulesError) {
    lexicon = [:]
    patterns = []
    futureWords = []
    pastWords = []
    pastSuffixes = []
    futureSuffixes = []
    abbreviations = []
    eventCues = []
    statisticCues = []
    for document in documents {
      for (name, table) in document.lexicon {
        lexicon[name, default: [:]].merge(table) { first, _ in first }
      }
      futureWords.formUnion(document.tense.future)
      pastWords.formUnion(document.tense.past)
      pastSuffixes += document.tense.pastSuffixes ?? []
      futureSuffixes += document.tense.futureSuffixes ?? []
      abbreviations.formUnion(document.abbreviations)
      eventCues += document.events
      statisticCues += document.statisticCues
    }
    tenseSuffixes = (pastSuffixes.map(WordEnding.init), futureSuffixes.map(WordEnding.init))
    tenseLastBytes = (WordEnding.LastBytes(tenseSuffixes.past), WordEnding.LastBytes(tenseSuffixes.future))
    for document in documents {
      for spec in document.patterns {
        patterns.append(try TemporalPattern(spec: spec, language: document.language, lexicon: lexicon))
      }
    }
  }

  /// The tense a word cues: future (`will`, `-rá`; a word in both lists too), past (`said`,
  /// `-ed`), or nil. `listed: false` when the word is known to be in neither list.
  func cue(_ word: String, listed: Bool = true) -> TemporalTense? {
    if listed && futureWords.contains(word) || hasFutureSuffix(word) { return .future }
    if listed && pastWords.contains(word) || hasPastSuffix(word) { return .past }
    return nil
  }

  /// `cue(text.lower(t), listed: false)`, without making the string of an ASCII word whose last
  /// byte ends no suffix (most words).
  func unlistedCue(_ t: Int, in text: TemporalText) -> TemporalTense? {
    guard let last = text.lastLowerByte(t) else { return cue(text.lower(t), listed: false) }
    let (future, past) = (tenseLastBytes.future.mayEnd(lastByte: last), tenseLastBytes.past.mayEnd(lastByte: last))
    guard future || past else { return nil }
    // An ASCII word: its endings compared by bytes (a byte is a character), unless an ending needs its string.
    let word = text.bytes[text.tokens[t].start..<text.tokens[t].end]
    var unknown = false
    func ends(_ ending: WordEnding) -> Bool {
      guard let answer = ending.endsASCII(word, lowered: TemporalText.lowered) else {
        unknown = true
        return false
      }
      return answer
    }
    let isFuture = future && tenseSuffixes.future.contains(where: ends)
    let isPast = !isFuture && past && tenseSuffixes.past.contains { word.count > $0.characters + 2 && ends($0) }
    if unknown { return cue(text.lower(t), listed: false) }
    return isFuture ? .future : isPast ? .past : nil
  }

  /// True when a word ends with a future suffix.
  func hasFutureSuffix(_ word: String) -> Bool {
    tenseLastBytes.future.mayEnd(word) && word.endsWithAny(of: tenseSuffixes.future)
  }

  /// True when a word ends with a past suffix and has more than two characters before it
  /// ("wanted", not "red").
  func hasPastSuffix(_ word: String) -> Bool {
    tenseLastBytes.past.mayEnd(word) && word.endsWithAny(of: tenseSuffixes.past) { word.hasMoreCharacters(than: $0.characters + 2) }
  }

  /// Loads and merges every `*.json` file of a folder, in file-name order.
  public static func load(from directory: URL) throws(TemporalRulesError) -> TemporalRules {
    try TemporalRules(documents: decodeFiles(TemporalRuleDocument.self, in: directory))
  }

  /// Every `*.json` file of a folder decoded as `T`, in file-name order (rule files).
  static func decodeFiles<T: Decodable>(_ type: T.Type, in directory: URL) throws(TemporalRulesError) -> [T] {
    let names: [String]
    do {
      names = try Folder.entries(directory.path).filter { $0.hasSuffix(".json") }.sorted()
    } catch {
      throw TemporalRulesError(file: directory.path, pattern: nil, reason: "cannot list the folder: \(error.reason)")
    }
    guard !names.isEmpty else {
      throw TemporalRulesError(file: directory.path, pattern: nil, reason: "no rule files (*.json)")
    }
    var documents: [T] = []
    for name in names {
      let url = directory.appendingPathComponent(name)
      let data: Data
      do throws(Corpus.ReadFailure) {
        data = try Corpus.readData(at: url)
      } catch {
        throw TemporalRulesError(file: url.path, pattern: nil, reason: error.message)
      }
      do throws(CorpusError) {
        documents.append(try JSONReader.read(T.self, from: data, file: name))
      } catch {
        let reasons = error.problems.map { ($0.location.map { $0 + ": " } ?? "") + $0.message }
        throw TemporalRulesError(file: url.path, pattern: nil, reason: reasons.joined(separator: "; "))
      }
    }
    return documents
  }
}

/// Why temporal rules could not be loaded.
public struct TemporalRulesError: Error, Sendable, CustomStringConvertible {
  /// The rule file concerned.
  public var file: String
  /// The pattern id concerned, if any.
  public var pattern: String?
  /// What went wrong.
  public var reason: String

  /// Creates an error for a rule file, optionally a pattern of it.
  public init(file: String, pattern: String?, reason: String) {
    self.file = file
    self.pattern = pattern
    self.reason = reason
  }

  /// The error as one line: file, pattern and reason.
  public var description: String {
    "temporal rules \(file)\(pattern.map { " pattern '\($0)'" } ?? ""): \(reason)"
  }
}

/// A value in a word table: a number (months, numbers) or a code (`SU`, `END`, `Y*`).
public enum TemporalLexValue: Sendable, Hashable, Decodable {
  case number(Int)
  case code(String)

  /// Decodes a JSON number or string.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let number = try? container.decode(Int.self) {
      self = .number(number)
    } else {
      self = .code(try container.decode(String.self))
    }
  }
}

/// A phrase that suggests an event of some kind ("took office" → appointment).
public struct TemporalEventCue: Sendable, Hashable, Decodable {
  /// The lower-case phrase, matched on word boundaries.
  public var phrase: String
  /// The event kind it suggests.
  public var kind: String
}
