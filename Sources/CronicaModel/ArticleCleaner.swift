/// Turns a raw collected article into clean readable text.
///
/// The pipeline: repair GBK mojibake (``MojibakeRepair``), normalize line endings and spacing
/// (``LineNormalizer``), remove site chrome and set author bios aside (``BoilerplateFilter``),
/// then join the remaining lines as paragraphs separated by one blank line. It is pattern-based
/// so it works for any scraped article, linear in the input, and never traps.
public enum ArticleCleaner {
  public static func clean(_ raw: String) -> CleanedArticle {
    let repair = MojibakeRepair.repair(raw)
    let lines = LineNormalizer.lines(of: repair.text)
    let filtered = BoilerplateFilter.filter(lines)
    return CleanedArticle(
      text: LineNormalizer.paragraphs(filtered.body),
      authorNotes: filtered.authorNotes,
      repairedMojibake: repair.repaired)
  }
}
