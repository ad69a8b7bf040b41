import ArgumentParser

public enum ListFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
  case text, json, csv, markdown
}

/// The formats of commands whose output is data: `text` for people, `json` for scripts.
public enum DataFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
  case text, json
}
