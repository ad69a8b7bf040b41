import CronicaModel
import CronicaTestSupport
import CronicaUI

/// Scenes used by the snapshot, sweep and hostile tests: a name and the keys that reach the view.
enum Scenes {
  /// Every view (and the search prompt), reached from a fresh browser.
  static let all: [(name: String, keys: String)] = [
    ("timeline", "jj"),
    ("detail", ":2021<Enter><Enter>"),
    ("reader", ":2021<Enter>2"),
    ("themes", "tj<Space>jj<Space>"),
    ("search", "/merida"),
    ("search-hit", "/merida<Enter>n"),
    ("filter", "&merida<Enter>"),
    ("reader-search", ":2021<Enter>2/the<Enter>n"),
    ("help", "?"),
    ("sources", "sj"),
    ("jump", ":201"),
    ("jumped", ":2019<Enter>"),
  ]

  /// A browser on a corpus, at a size, after a key script.
  static func browser(_ corpus: Corpus = Fixtures.corpus, size: Size, keys: String) -> Browser {
    var browser = Browser(corpus: corpus, size: size)
    browser.press(keys)
    return browser
  }
}
