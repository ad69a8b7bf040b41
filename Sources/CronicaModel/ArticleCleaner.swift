/// Turns a raw collected article into clean readable text.
///
/// The pipeline: repair GBK mojibake (``MojibakeRepair``), normalize line endings and spacing
/// (``LineNormalizer``), remove site chrome and set author bios aside (``BoilerplateFilter``),
/// then join the remaining lines as paragraphs separated by one blank line. It is pattern-based
/// so it works for any scraped article, linear in the input, and never traps.
public enum ArticleCleaner {
  public static func clean(_ raw: String) -> CleanedArticle { clean(raw[...]) }

  /// Cleans a part of a text (a user article's body after its front matter), read in place.
  static func clean(_ raw: Substring) -> CleanedArticle {
    var source = raw
    // Mojibake is made of non-ASCII scalars: ASCII text (nearly every body) is read as it is,
    // never copied into a `String` of its own to be repaired.
    let repair = source.withUTF8(MojibakeRepair.mayHoldMojibake) ? MojibakeRepair.repair(String(raw)) : nil
    let lines = repair.map { LineNormalizer.lines(of: $0.text) } ?? source.withUTF8(LineNormalizer.lines(ofUTF8:))
    let filtered = BoilerplateFilter.filter(lines)
    return CleanedArticle(
      text: LineNormalizer.paragraphs(filtered.body),
      authorNotes: filtered.authorNotes,
      repairedMojibake: repair?.repaired ?? false)
  }
}
