import CronicaModel
import CronicaUI
import Foundation

/// How the interactive browser should run.
public struct TerminalOptions: Sendable {
  /// When set, after every input has been handled and the frame presented, the loop writes the
  /// number of input events handled so far to this file (an idle signal for end-to-end tests).
  public var idleFile: String?
  /// Force colour off (as `NO_COLOR` does); nil decides from the environment and the terminal.
  public var color: Bool?
  /// How long ncurses waits after Esc for the rest of an escape sequence, in milliseconds.
  public var escapeDelay: Int
  /// When true, F12 crashes the program on purpose (a Swift trap) and F11 ends it with an error,
  /// so tests can check the terminal is restored on both exit paths. Defaults to the
  /// `CRONICA_DEBUG_CRASH` environment variable.
  public var debugCrash: Bool
  /// Names the corpus for its marks file (a corpus folder's path, or `bundled`); nil keeps marks
  /// for the session only.
  public var corpusIdentity: String?
  /// The environment: `XDG_STATE_HOME`/`HOME` for the marks, `$BROWSER` and `PATH` for `O`.
  public var environment: [String: String]
  /// The folder of the user's own articles whose events.json the curation keys change; nil for
  /// corpora that are not curated in the browser (the bundled corpus, TimelineJS files).
  public var curationFolder: URL?
  /// Called once, on the background thread that built the search index, right after its result
  /// was sent to the loop. The CLI saves a corpus snapshot from it.
  public var afterIndexBuilt: (@Sendable (EventIndex) -> Void)?
  /// Where other threads send actions: background work's results, notes for the status line
  /// (the background snapshot save's failure).
  public var inbox = ActionInbox()
  /// Loads the whole corpus behind a preview (the browser's `.loadCorpus` for a library
  /// revision), on a thread of its own, and answers `.corpusLoaded` for that revision or
  /// `.corpusLoadFailed` with the command's error message and exit status.
  public var loadCorpus: (@Sendable (_ revision: Int) -> Action)?

  /// Creates options; `debugCrash` defaults to whether `CRONICA_DEBUG_CRASH` is set and non-empty.
  public init(
    idleFile: String? = nil, color: Bool? = nil, escapeDelay: Int = 20, debugCrash: Bool? = nil,
    corpusIdentity: String? = nil, environment: [String: String]? = nil
  ) {
    self.idleFile = idleFile
    self.color = color
    self.escapeDelay = max(0, escapeDelay)
    let environment = environment ?? ProcessInfo.processInfo.environment
    self.debugCrash = debugCrash ?? !(environment["CRONICA_DEBUG_CRASH"] ?? "").isEmpty
    self.corpusIdentity = corpusIdentity
    self.environment = environment
  }

  /// Whether colour should be used, given the environment and whether the terminal has colours.
  ///
  /// `NO_COLOR` turns colour off when set to any value (even empty); `color == false` forces it off.
  public func usesColor(environment: [String: String], terminalHasColors: Bool) -> Bool {
    if color == false { return false }
    if environment["NO_COLOR"] != nil { return false }
    return terminalHasColors
  }
}

