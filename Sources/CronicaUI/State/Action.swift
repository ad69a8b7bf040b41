import CronicaModel

/// A way to move through a list or a text.
public enum Movement: Hashable, Sendable {
  case lineDown, lineUp
  case pageDown, pageUp
  case halfPageDown, halfPageUp
  case top, bottom
  /// The first row of the next or the previous year.
  case nextYear, previousYear
}

/// Everything the browser can be asked to do: the verbs the key map binds keys to.
public enum Action: Hashable, Sendable {
  /// Move the selection (lists) or the view (texts).
  case move(Movement)
  /// Scroll the detail text without changing the selection (positive is down).
  case scrollDetail(Movement)
  /// Scroll by a number of rows, as the mouse wheel does (positive is down).
  case wheel(Int)
  case click(x: Int, y: Int)
  /// Open the selected event's detail full screen.
  case openDetail
  /// Open the reader on the selected event's first citation.
  case openReader
  /// Open the reader on the selected event's citation number n (1-based); in the reader, switch to it.
  case openCitation(Int)
  /// In the reader: the next or previous cited passage.
  case nextPassage, previousPassage
  /// In the reader: go back to the event that cites the current passage.
  case jumpToPassageEvent
  case openThemes
  /// In the themes panel: toggle the theme under the cursor.
  case toggleTheme
  case selectAllThemes
  /// In the themes panel: clear the theme filter (every event shows).
  case clearThemes
  /// In the themes panel: start typing a filter that narrows the list (key, label or phrase).
  case openThemeFilter
  case openSources
  /// In the sources list: open the article under the cursor in the reader.
  case openSelectedSource
  /// Start a search prompt (`/`): matches are highlighted and visited, nothing is hidden.
  case openSearch
  /// Start a filter prompt (`&`): the list narrows to the events matching the text.
  case openFilter
  /// Clear every filter (themes, text, only marked) and the search.
  case clearFilters
  /// Show or hide the detail pane beside the list, at any width.
  case toggleSidePane
  /// Start a jump-to-date prompt (`2015` or `2015-06`).
  case openJump
  case promptInput(Character)
  /// Edit the open prompt's text (delete, move the cursor, kill).
  case promptEdit(LineEditor.Edit)
  /// Bring back the previous (`older`) or next entry of the prompt's history.
  case promptHistory(older: Bool)
  case promptSubmit
  /// The next or previous match of the search (wrapping around); in the reader without a
  /// search, the next or previous cited passage.
  case nextMatch, previousMatch
  /// Show the bindings of the current view.
  case showHelp
  /// Close the current view; quit from the timeline.
  case close
  /// Cancel the open prompt or panel.
  case cancel
  /// Quit from anywhere.
  case quit
  /// Quit from anywhere as an interruption (Ctrl-C): the program exits with status 130.
  case interrupt
  case suspend
  case resize(Size)
  case toggleMark
  /// Show only marked events, or every event again (combines with themes and search).
  case toggleMarkedOnly
  /// Start the export prompt (the path to write the current view to).
  case openExport
  /// Overwrite the file an export asked about (`y` when asked).
  case confirmOverwrite
  /// The host found the export's file already there: ask before overwriting it.
  case askOverwrite(ExportRequest)
  /// The search history the host loaded (oldest first).
  case setSearchHistory([String])
  /// What the terminal can draw (the host's finding at start).
  case setDisplay(DisplayCapabilities)
  /// Open the web address of the selected event's first cited article that has one.
  case openURL
  /// Replace the marks (event ids) with those the host loaded; unknown ids are kept but ignored.
  case setMarks(Set<String>)
  /// Show a message from the host (the outcome of an effect).
  case notify(Message)
  /// Start the background work (the host's word once the first frame is on screen): the reducer
  /// answers with `.background` effects, whose results come back as the two actions below.
  case startBackgroundWork
  /// The search index is built: apply the query that waited for it.
  case indexReady(Built<EventIndex>)
  /// The snapshot's content was checked against its checksum.
  case snapshotChecked(intact: Bool)
  /// The whole corpus behind a preview is loaded (for the preview's library revision): it
  /// replaces the preview and the keys held meanwhile run.
  case corpusLoaded(Built<Corpus>)
  /// These bytes more of the corpus's `events.json` (of `total`) are read and checked.
  case corpusLoadProgress(bytes: Int, total: Int)
  /// Loading the corpus behind a preview failed with this message: the browser ends with it
  /// and the command with this exit status.
  case corpusLoadFailed(String, status: Int32)
  /// Accept the selected proposal (◇) into the folder's events.json.
  case acceptProposal
  /// Reject the selected event: removed, and remembered so that a rebuild leaves it out.
  case rejectEvent
  /// Start the prompt that edits the selected event's title.
  case openRetitle
  /// Merge: the first press picks the selected event, the second merges it into the one then selected.
  case mergeEvents
  case undoCuration
  /// The host applied a curation step (or an undo): show the corpus as it is now.
  case curated(CurationResult)
}
