import CronicaModel

/// A key press, independent of any terminal library. The backend decodes raw input into these.
public enum Key: Hashable, Sendable {
  /// A printable character (including space).
  case char(Character)
  /// Control plus a letter: `.ctrl("c")` is Ctrl-C. Letters are lower case.
  case ctrl(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, escape, backspace, delete, tab, backTab
  /// A function key, F1 = 1.
  case function(Int)
}

public struct MouseEvent: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case press, wheelUp, wheelDown
  }
  public var kind: Kind
  public var x: Int
  public var y: Int
  public init(kind: Kind, x: Int, y: Int) {
    self.kind = kind
    self.x = x
    self.y = y
  }
}

/// Everything the outside world can tell the UI.
public enum InputEvent: Hashable, Sendable {
  case key(Key)
  case mouse(MouseEvent)
  case resize(Size)
}

/// A side effect the UI asks its host to perform; the state machine itself does no I/O.
public enum Effect: Hashable, Sendable {
  /// Leave the program (restoring the terminal).
  case quit
  /// Leave the program as interrupted (Ctrl-C): restore the terminal, exit with status 130.
  case interrupt
  /// Suspend the program as Ctrl-Z does; the host redraws fully when resumed.
  case suspend
  /// Save the marked event ids (sorted), atomically, in the corpus's marks file.
  case saveMarks([String])
  case export(ExportRequest)
  /// Add a pattern to the search history saved next to the marks (merged with what other
  /// browsers added meanwhile).
  case recordSearch(String)
  /// Open an http or https address with the user's web browser (terminal suspended around it).
  case openURL(String)
  /// Apply a curation step to the folder's events.json (the host answers with `.curated`).
  case curate(CurationStep)
  /// Run this work off the loop's thread and feed the action it returns back in.
  case background(BackgroundWork)
  /// Load the whole corpus behind the preview being shown, off the loop's thread; the host
  /// answers with `.corpusLoaded` for this library revision, or `.corpusLoadFailed`.
  case loadCorpus(revision: Int)
  /// End the browser because the corpus could not be loaded: restore the terminal, then report
  /// this message as the command's error (as a load before the first frame would).
  case loadFailed(String, status: Int32)
}
