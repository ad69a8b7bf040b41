import Foundation
import Testing

@testable import CronicaModel

/// The bundled theme taxonomy: required themes, readable labels, precise phrases.
@Suite struct ThemeTaxonomyTests {
  let themes: [Theme]

  init() throws {
    themes = try BundledCorpusFiles.decode(CorpusFiles.ThemesFile.self, CorpusFiles.themes).themes
  }

  @Test func requiredThemesArePresent() {
    let keys = Set(themes.map(\.key))
    let required = [
      "arms", "cash-flow", "fentanyl", "heroin-production", "precursors-china", "demand-health", "border",
      "violence", "corruption", "justice", "institutions", "diplomacy", "trade-migration", "designations",
    ]
    for key in required { #expect(keys.contains(key), "missing theme \(key)") }
    #expect((12...16).contains(themes.count))
  }

  @Test func keysAreUniqueAndKebabCase() {
    let keys = themes.map(\.key)
    #expect(Set(keys).count == keys.count)
    let allowed = Set("abcdefghijklmnopqrstuvwxyz-")
    for key in keys { #expect(!key.isEmpty && key.allSatisfy { allowed.contains($0) }, "key \(key)") }
  }

  @Test func labelsAndDescriptionsAreNonEmptyOneLiners() {
    for theme in themes {
      #expect(!theme.label.trimmingWhitespace().isEmpty, "\(theme.key): label")
      #expect(!theme.description.trimmingWhitespace().isEmpty, "\(theme.key): description")
      #expect(!theme.description.contains("\n"), "\(theme.key): description is more than one line")
      #expect(theme.label.count <= 40, "\(theme.key): label too long for a legend")
    }
  }

  @Test func phrasesAreLowerCaseTrimmedAndUnique() {
    var owner: [String: String] = [:]
    for theme in themes {
      #expect(!theme.phrases.isEmpty, "\(theme.key) has no phrase")
      for phrase in theme.phrases {
        #expect(phrase == phrase.lowercased(), "\(theme.key): phrase \(phrase) is not lower case")
        #expect(phrase == String(phrase.trimmingWhitespace()) && phrase.count >= 4, "\(theme.key): phrase '\(phrase)'")
        if let other = owner[phrase] {
          Issue.record("phrase '\(phrase)' is in both \(other) and \(theme.key)")
        }
        owner[phrase] = theme.key
      }
    }
  }
}
