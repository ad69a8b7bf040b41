import CronicaModel

/// The interactive browser as its host sees it: feed input, get effects, render frames.
///
/// A pure value: `handle` runs the key → action → reduce pipeline and `render` draws the state
/// into a grid. The terminal backend owns one and drives it; tests drive it directly.
public struct Browser: Sendable {
  /// The corpus being browsed.
  public let corpus: Corpus
  /// The current size of the screen.
  public private(set) var size: Size

  /// Creates a browser on a corpus for a screen of the given size.
  public init(corpus: Corpus, size: Size) {
    self.corpus = corpus
    self.size = size
  }

  /// Applies one input event and returns the effects the host must perform, in order.
  public mutating func handle(_ event: InputEvent) -> [Effect] {
    // BOOTSTRAP: replaced by the UI state machine.
    switch event {
    case .resize(let newSize): size = newSize
    case .key(.char("q")), .key(.char("Q")), .key(.ctrl("c")): return [.quit]
    case .key(.ctrl("z")): return [.suspend]
    default: break
    }
    return []
  }

  /// Draws the current state into a grid of the current size.
  public func render() -> Grid {
    var grid = Grid(size: size)
    grid.put("Cronica — \(corpus.events.count) events (bootstrap)", x: 0, y: 0)
    return grid
  }
}
