/// One entry of the key map: keys, the action they trigger, and how help describes it.
public struct Binding: Hashable, Sendable {
  public var keys: [Key]
  public var action: Action
  /// A short description for the help screen and `docs/KEYS.md`.
  public var help: String
  /// The help section the binding is listed under (`Move`, `Views`…).
  public var group: String
  /// How help names the keys when not by listing them (`1–9`); nil lists `keys`.
  public var keyLabel: String?
  /// False for bindings folded into another's help line (citations 2–9 under `1–9`).
  public var listed: Bool

  public init(
    _ keys: [Key], _ action: Action, _ help: String, group: String, keyLabel: String? = nil, listed: Bool = true
  ) {
    self.keys = keys
    self.action = action
    self.help = help
    self.group = group
    self.keyLabel = keyLabel
    self.listed = listed
  }

  /// The keys as help shows them: `j, Down`.
  public var keysText: String { keyLabel ?? keys.map(\.name).joined(separator: ", ") }
}

/// Which keys do what, per mode, as data: looked up in the mode first, then globally (as tig does).
public struct KeyMap: Hashable, Sendable {
  public var modes: [Mode: [Binding]]
  /// Bindings that apply in every mode (printable ones not in prompts, where keys are typed).
  public var global: [Binding]

  /// The action a key triggers in a mode, or nil when it is unbound.
  ///
  /// Order: the mode's bindings, then (in prompts) typing, then the global bindings.
  public func action(for key: Key, in mode: Mode) -> Action? {
    if let binding = modes[mode]?.first(where: { $0.keys.contains(key) }) { return binding.action }
    if mode.isPrompt, case .char(let character) = key { return .promptInput(character) }
    return global.first { $0.keys.contains(key) }?.action
  }

  /// Every binding in effect in a mode: its own, then the global ones that can fire there.
  public func bindings(for mode: Mode) -> [Binding] {
    let own = modes[mode] ?? []
    let ownKeys = Set(own.flatMap(\.keys))
    let shared = global.filter { binding in
      !binding.keys.allSatisfy(ownKeys.contains) && (!mode.isPrompt || !binding.keys.contains(where: \.isPrintable))
    }
    return own + shared
  }
}
