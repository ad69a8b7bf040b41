extension KeyMap {
  public static let documentedModes: [Mode] = [
    .timeline, .detail, .reader, .themes, .sources, .search, .filter, .jump, .export, .themeFilter, .confirm,
    .retitle, .help,
  ]

  /// The help lines of a mode, grouped: `(group, keys, help)` in binding order, groups in first-use order.
  public func helpEntries(for mode: Mode) -> [(group: String, keys: String, help: String)] {
    let listed = bindings(for: mode).filter(\.listed)
    var groups: [String] = []
    for binding in listed where !groups.contains(binding.group) { groups.append(binding.group) }
    return groups.flatMap { group in
      listed.filter { $0.group == group }.map { (group: group, keys: $0.keysText, help: $0.help) }
    }
  }

  /// `docs/KEYS.md`: every binding of every mode as Markdown tables.
  public func markdown() -> String {
    var out = "# Keys\n\n"
    out += "Generated from `KeyMap.standard` by `KeyMap.markdown()`; do not edit by hand. The test\n"
    out += "`keysMarkdownIsGenerated` fails when this file and the key map differ; run the UI tests with\n"
    out += "`RECORD_SNAPSHOTS=1` to write it again. Press `?` in the browser for the same list.\n\n"
    out += "The mouse wheel scrolls, a click selects a row, and a click on the year strip jumps to that\n"
    out += "year. In the search, filter, jump, export, theme filter and title prompts every printable key is\n"
    out += "typed, and the prompts edit like readline (below). `/` finds as less does: matches are\n"
    out += "highlighted, the list stays whole and `n`/`N` visit them; `&` (less's filter key) narrows the\n"
    out += "list; `Esc` in the timeline clears every filter and the search. Jumps put their target near\n"
    out += "the top of the list; `:2019-06` picks the first event of 2019 whose dates reach June 2019\n"
    out += "(or, when none does, a period that began earlier and covers it). `/` in the\n"
    out += "themes panel narrows it to the themes a key, label or phrase names.\n"
    out += "\nMarks (`m`) are saved per corpus in `$XDG_STATE_HOME/cronica/` (default\n"
    out += "`~/.local/state/cronica/`), one file per corpus; a damaged file is moved aside to `.bad`.\n"
    out += "The `/` and `&` prompts share one history, kept there too (`search-history.json`, the last\n"
    out += "100); the jump and export prompts keep theirs while the browser runs. `e` asks before it\n"
    out += "overwrites a file.\n"
    out += "`e` writes the shown events (filters and marks) in the format the file name's extension\n"
    out += "names (`.json`, `.csv`, `.md`, `.timelinejs.json`, `.timelinejs.csv`, and `.svg` or `.html`\n"
    out += "for a picture, as `cronica export`). `O` opens the first cited article's http/https address\n"
    out += "with `$BROWSER` (else `xdg-open`), without a shell.\n"
    out += "In the timeline, ★ before a title marks a marked event and ◇ an event the extractor\n"
    out += "proposed (`\"origin\": \"extracted\"`) rather than a person curated.\n"
    out += "\nIn a folder of your own articles, the Curate keys change its `events.json` at once\n"
    out += "(atomically; created from the built chronology when the folder has none): `a` accepts a\n"
    out += "proposal, `x` rejects an event (its citations are remembered under `rejected`, so that\n"
    out += "`cronica build --update` does not bring it back), `r` edits a title, `M` on one event and\n"
    out += "then on another merges the first into the second, `u` undoes the last step.\n"
    for mode in KeyMap.documentedModes {
      out += "\n## \(mode.title)\n\n| Keys | Action | Group |\n|---|---|---|\n"
      for entry in helpEntries(for: mode) {
        let keys = entry.keys.split(separator: ", ", omittingEmptySubsequences: false)
          .map { "`" + $0.map { $0 == "|" ? "\\|" : String($0) }.joined() + "`" }.joined(separator: ", ")
        out += "| \(keys) | \(entry.help) | \(entry.group) |\n"
      }
    }
    return out
  }
}
