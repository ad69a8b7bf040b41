import Foundation

/// Turns a raw collected article into clean readable text.
///
/// PLACEHOLDER during bootstrap: only normalizes line endings. Replaced by the real pipeline
/// (mojibake repair, boilerplate removal, whitespace normalization).
public enum ArticleCleaner {
  /// Cleans one raw article.
  public static func clean(_ raw: String) -> CleanedArticle {
    CleanedArticle(text: raw.replacingOccurrences(of: "\r\n", with: "\n"))
  }
}
