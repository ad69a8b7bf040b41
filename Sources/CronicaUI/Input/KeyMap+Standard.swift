extension KeyMap {
  public static let standard = KeyMap(
    modes: [
      .timeline: selectionMoves + listPages + eventActions + [
        Binding(
          [.escape], .clearFilters, "clear every filter and the search (back to the whole list)", group: "Filter"),
        Binding([.enter], .openDetail, "open the event's detail full screen", group: "Views"),
        Binding([.char("v")], .toggleSidePane, "show or hide the detail pane beside the list", group: "Views"),
        Binding([.char("q")], .close, "quit", group: "Views"),
      ],
      .detail: selectionMoves + detailScrolls + eventActions + closers,
      .reader: textScrolls + citationPicks + [
        Binding([.tab], .nextPassage, "next cited passage", group: "Passages"),
        Binding([.backTab], .previousPassage, "previous cited passage", group: "Passages"),
        Binding([.char("n")], .nextMatch, "next search match (without a search: next cited passage)", group: "Passages"),
        Binding(
          [.char("N")], .previousMatch, "previous search match (without a search: previous cited passage)",
          group: "Passages"),
        Binding(
          [.enter], .jumpToPassageEvent, "back where you came from, at the event citing the passage", group: "Passages"),
        Binding([.char("o")], .openReader, "the first citation of the event the reader came from", group: "Passages"),
        Binding([.char("/")], .openSearch, "search the article's text", group: "Search"),
        Binding([.char("s")], .openSources, "list the source articles", group: "Views"),
        Binding([.char("?")], .showHelp, "help for this view", group: "Views"),
        Binding([.char("q")], .close, "close this view", group: "Views"),
        Binding([.escape], .cancel, "clear the search, else close this view", group: "Views"),
      ],
      .themes: cursorMoves + [
        Binding([.char(" "), .enter], .toggleTheme, "show or hide the theme under the cursor", group: "Filter"),
        Binding([.char("a")], .selectAllThemes, "select every theme", group: "Filter"),
        Binding([.char("x")], .clearThemes, "clear the theme filter (show all events)", group: "Filter"),
        Binding([.char("/")], .openThemeFilter, "narrow the list: type a key, label or phrase", group: "Filter"),
        Binding([.char("?")], .showHelp, "help for this view", group: "Views"),
        Binding([.char("q"), .char("t")], .close, "close the panel", group: "Views"),
        Binding([.escape], .cancel, "close the panel", group: "Views"),
      ],
      .sources: cursorMoves + listPages + [
        Binding([.char("/")], .openSearch, "search titles, outlets and ids", group: "Search"),
        Binding([.char("n")], .nextMatch, "next matching article", group: "Search"),
        Binding([.char("N")], .previousMatch, "previous matching article", group: "Search"),
        Binding([.enter], .openSelectedSource, "read the article under the cursor", group: "Views"),
        Binding([.char("?")], .showHelp, "help for this view", group: "Views"),
        Binding([.char("q")], .close, "close this view", group: "Views"),
        Binding([.escape], .cancel, "clear the search, else close this view", group: "Views"),
      ],
      .help: textScrolls + [
        Binding([.char("q"), .char("?")], .close, "close help", group: "Views"),
        Binding([.escape], .cancel, "close help", group: "Views"),
      ],
      .search: promptKeys(
        submit: "keep the search (empty: search the last pattern again)",
        cancel: "cancel: back to the search and the place before /"),
      .filter: promptKeys(
        submit: "keep the filter (empty: clear the filter text)", cancel: "cancel: back to the list before &"),
      .jump: promptKeys(submit: "jump to the first event whose dates reach the year or month", cancel: "cancel the jump"),
      .themeFilter: promptKeys(submit: "keep the narrowed list", cancel: "show every theme again"),
      .export: promptKeys(
        submit: "write the shown events to the file (.json, .csv, .md, .timelinejs.json)", cancel: "cancel the export"),
      .confirm: [
        Binding([.char("y"), .enter], .confirmOverwrite, "overwrite the file", group: "Prompt"),
        Binding([.char("n"), .escape, .ctrl("c")], .cancel, "keep the file (no export)", group: "Prompt"),
      ],
      .retitle: promptKeys(submit: "save the new title to events.json", cancel: "keep the title as it was"),
    ],
    global: [
      Binding([.char("Q")], .quit, "quit from any view", group: "Program"),
      Binding([.ctrl("c")], .interrupt, "quit (in a prompt, Ctrl-C cancels the prompt)", group: "Program"),
      Binding([.ctrl("z")], .suspend, "suspend (fg resumes)", group: "Program"),
    ])

  /// Moving the selected event: lines, ends and years.
  static let selectionMoves: [Binding] = [
    Binding([.char("j"), .down], .move(.lineDown), "next event", group: "Move"),
    Binding([.char("k"), .up], .move(.lineUp), "previous event", group: "Move"),
    Binding([.char("g"), .home], .move(.top), "first event", group: "Move"),
    Binding([.char("G"), .end], .move(.bottom), "last event", group: "Move"),
    Binding([.char("]")], .move(.nextYear), "first event of the next year", group: "Move"),
    Binding([.char("[")], .move(.previousYear), "first event of this (or the previous) year", group: "Move"),
  ]

  /// Moving a cursor by lines and to the ends.
  static let cursorMoves: [Binding] = [
    Binding([.char("j"), .down], .move(.lineDown), "down", group: "Move"),
    Binding([.char("k"), .up], .move(.lineUp), "up", group: "Move"),
    Binding([.char("g"), .home], .move(.top), "first", group: "Move"),
    Binding([.char("G"), .end], .move(.bottom), "last", group: "Move"),
  ]

  static let listPages: [Binding] = [
    Binding([.char(" "), .pageDown], .move(.pageDown), "page down", group: "Move"),
    Binding([.char("b"), .pageUp], .move(.pageUp), "page up", group: "Move"),
    Binding([.ctrl("d")], .move(.halfPageDown), "half a page down", group: "Move"),
    Binding([.ctrl("u")], .move(.halfPageUp), "half a page up", group: "Move"),
  ]

  static let detailScrolls: [Binding] = [
    Binding([.char(" "), .pageDown], .scrollDetail(.pageDown), "scroll the detail down a page", group: "Move"),
    Binding([.char("b"), .pageUp], .scrollDetail(.pageUp), "scroll the detail up a page", group: "Move"),
    Binding([.ctrl("d")], .scrollDetail(.halfPageDown), "scroll the detail down half a page", group: "Move"),
    Binding([.ctrl("u")], .scrollDetail(.halfPageUp), "scroll the detail up half a page", group: "Move"),
  ]

  /// Scrolling a text (reader, help).
  static let textScrolls: [Binding] =
    [
      Binding([.char("j"), .down], .move(.lineDown), "scroll down a line", group: "Move"),
      Binding([.char("k"), .up], .move(.lineUp), "scroll up a line", group: "Move"),
    ] + listPages + [
      Binding([.char("g"), .home], .move(.top), "top", group: "Move"),
      Binding([.char("G"), .end], .move(.bottom), "bottom", group: "Move"),
    ]

  /// `1`–`9`: open one citation of the event.
  static let citationPicks: [Binding] = (1...9).map { number in
    Binding(
      [.char(Character(String(number)))], .openCitation(number), "open citation 1–9 of the event in the reader",
      group: "Sources", keyLabel: number == 1 ? "1–9" : nil, listed: number == 1)
  }

  /// What timeline and detail share: reader, panels, search and jump.
  static let eventActions: [Binding] =
    citationPicks + [
      Binding([.char("o")], .openReader, "open the first citation's article at the passage", group: "Sources"),
      Binding([.char("s")], .openSources, "list the source articles", group: "Sources"),
      Binding([.char("O")], .openURL, "open the cited article's web address in $BROWSER", group: "Sources"),
      Binding([.char("m")], .toggleMark, "mark or unmark the event (marks are saved)", group: "Marks"),
      Binding([.char("'")], .toggleMarkedOnly, "show only marked events, or all again", group: "Marks"),
      Binding([.char("e")], .openExport, "export the shown events to a file", group: "Marks"),
      Binding([.char("t")], .openThemes, "themes filter panel", group: "Filter"),
      Binding([.char("&")], .openFilter, "filter: show only events whose text matches", group: "Filter"),
      Binding([.char("/")], .openSearch, "search titles, summaries and quotes (hides nothing)", group: "Search"),
      Binding([.char("n")], .nextMatch, "next match (wraps)", group: "Search"),
      Binding([.char("N")], .previousMatch, "previous match (wraps)", group: "Search"),
      Binding([.char(":")], .openJump, "jump to a year or year-month", group: "Move"),
      Binding([.char("?")], .showHelp, "help for this view", group: "Views"),
    ] + curationKeys

  /// Curating a folder of your own articles: each step is saved to its events.json at once.
  static let curationKeys: [Binding] = [
    Binding([.char("a")], .acceptProposal, "accept the proposal (◇): it becomes a curated event", group: "Curate"),
    Binding([.char("x")], .rejectEvent, "reject the event (remembered: a rebuild leaves it out)", group: "Curate"),
    Binding([.char("r")], .openRetitle, "edit the event's title", group: "Curate"),
    Binding([.char("M")], .mergeEvents, "merge: press on one event, then on the event to merge it into", group: "Curate"),
    Binding([.char("u")], .undoCuration, "undo the last curation step", group: "Curate"),
  ]

  /// `q` and Esc close the view on top.
  static let closers: [Binding] = [
    Binding([.char("q")], .close, "close this view", group: "Views"),
    Binding([.escape], .cancel, "close this view", group: "Views"),
  ]

  /// The keys of a prompt: Enter, cancelling, and readline's editing and history keys.
  static func promptKeys(submit: String, cancel: String) -> [Binding] {
    [
      Binding([.enter], .promptSubmit, submit, group: "Prompt"),
      Binding([.escape, .ctrl("c"), .ctrl("g")], .cancel, cancel, group: "Prompt"),
      Binding([.up, .ctrl("p")], .promptHistory(older: true), "previous entry of the history", group: "History"),
      Binding([.down, .ctrl("n")], .promptHistory(older: false), "next entry of the history", group: "History"),
      Binding([.left, .ctrl("b")], .promptEdit(.left), "cursor one character left", group: "Edit"),
      Binding([.right, .ctrl("f")], .promptEdit(.right), "cursor one character right", group: "Edit"),
      Binding([.home, .ctrl("a")], .promptEdit(.home), "cursor to the start", group: "Edit"),
      Binding([.end, .ctrl("e")], .promptEdit(.end), "cursor to the end", group: "Edit"),
      Binding([.backspace, .ctrl("h")], .promptEdit(.backspace), "delete the character before the cursor", group: "Edit"),
      Binding([.delete, .ctrl("d")], .promptEdit(.deleteForward), "delete the character under the cursor", group: "Edit"),
      Binding([.ctrl("w")], .promptEdit(.killWordBack), "delete the word before the cursor", group: "Edit"),
      Binding([.ctrl("u")], .promptEdit(.killToStart), "delete to the start", group: "Edit"),
      Binding([.ctrl("k")], .promptEdit(.killToEnd), "delete to the end", group: "Edit"),
    ]
  }
}
