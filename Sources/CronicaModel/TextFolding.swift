import Foundation

/// Case- and diacritic-insensitive text matching: "merida" finds "Mérida".
public enum TextFolding {
  /// Folds text for matching: lower case, accents removed, compatibility forms unified.
  public static func fold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
  }
}
