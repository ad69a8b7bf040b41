import CronicaModel

extension Event {
  /// The `origin` of events the extractor proposed rather than a person curated.
  public static let extractedOrigin = "extracted"
}
