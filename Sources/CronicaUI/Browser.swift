import CronicaModel

/// The interactive browser as its host sees it: feed input, get effects, render frames.
///
/// A pure value: `handle` runs the key → action → reduce pipeline and `render` draws the state
/// into a grid. The terminal backend owns one and drives it; tests drive it directly.
public struct Browser: Sendable {
  /// The browser's state: query, selection, views, reader.
  public private(set) var state: AppState
  /// The key map that turns keys into actions.
  public let keyMap: KeyMap

  /// Creates a browser on a corpus for a screen of the given size (indexes the corpus once).
  ///
  /// - Parameter canCurate: whether the corpus is a folder of the user's own articles, whose
  ///   events.json the curation keys change (the host performs the steps).
  /// - Parameter preview: whether `corpus` is only a preview of the first events while the
  ///   whole corpus loads (the host loads it when asked by `.loadCorpus`).
  public init(corpus: Corpus, size: Size, keyMap: KeyMap = .standard, canCurate: Bool = false, preview: Bool = false) {
    state = AppState(library: Library(corpus: corpus), size: size)
    state.canCurate = canCurate
    if preview { state.loading = CorpusLoading() }
    self.keyMap = keyMap
  }

  public var corpus: Corpus { state.library.corpus }

  public var size: Size { state.size }

  /// The action an input event maps to in the current mode, or nil when it means nothing.
  public func action(for event: InputEvent) -> Action? {
    switch event {
    case .key(let key): return keyMap.action(for: key, in: state.mode)
    case .resize(let size): return .resize(size)
    case .mouse(let mouse):
      switch mouse.kind {
      case .wheelUp: return .wheel(-3)
      case .wheelDown: return .wheel(3)
      case .press: return .click(x: mouse.x, y: mouse.y)
      }
    }
  }

  /// Applies one input event and returns the effects the host must perform, in order.
  public mutating func handle(_ event: InputEvent) -> [Effect] {
    let action = action(for: event)
    if state.loading?.held.isEmpty == false, ![.quit, .interrupt, .suspend].contains(action) {
      if case .resize = event {} else {
        state.loading?.heldInput.append(event)
        return []
      }
    }
    guard let action else {
      if case .key(let key) = event {
        state.message = Message(text: "\(key.name) does nothing here (? shows the keys)", isError: false)
      }
      return []
    }
    if action == .showHelp {
      // Help is generated from this browser's key map; the reducer only needs its length to scroll.
      state.helpLineCount = HelpView.lines(keyMap, mode: Mode(state.view)).count
    }
    return reduce(&state, action)
  }

  /// Applies an action the host decided on (loaded marks, an effect's outcome) and returns its effects.
  public mutating func perform(_ action: Action) -> [Effect] {
    let heldInput = state.loading?.heldInput ?? []
    var effects = reduce(&state, action)
    // The whole corpus arrived: the input held behind a waiting key runs now, in order.
    if state.loading == nil { for event in heldInput { effects += handle(event) } }
    return effects
  }

  /// Draws the current state into a grid of the current size.
  public func render() -> Grid {
    Screen.render(state, keyMap: keyMap)
  }
}
