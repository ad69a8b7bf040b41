import Foundation
import Testing

@testable import CronicaModel

/// An expression's calendar span made from the date the tagger read from its value, against the
/// plain answer: the value read again by `TemporalSpan(timex:)`.
@Suite struct TemporalSpanFastPathTests {
  @Test func aSpanFromTheReadDateIsTheValuesSpan() {
    let values = [
      "2019-05-18", "2019-05-18TMO", "2019-05T/2020", "2019/2020-03", "2019-05-18TMO/2019-06", "T2019-05", "2019-W03",
      "2019-Q4", "2019-WI", "199", "20", "-1200", "2019-13", "2019-02-30", "PRESENT_REF", "P3M", "", "/", "2019/",
      "é2019", "2019T\u{301}MO",
    ]
    // Ranges after a date and a time: a value with a date before its first `T` and a `/` after it.
    let ranges = ["2019", "2019-05", "2019-05-18", "-0044"].flatMap { date in
      ["T/2020", "TMO/2019-06", "TT/", "T/T", "TAF/2019-05-18TEV"].map { date + $0 }
    }
    for value in values + ranges {
      #expect(TemporalSpan(timex: value, pointDate: TemporalTagger.pointDate(value)) == TemporalSpan(timex: value), "\(value)")
    }
    #expect(ranges.filter { TemporalTagger.pointDate($0) != nil && TemporalSpan(timex: $0)?.end != nil }.count > 10)
    // Random values of the pieces values are made of, and of some that break them.
    let pool = [
      "2019", "2019-05", "2019-05-18", "1999-12-31", "-05", "-18", "0", "T", "TMO", "T", "/", "/", "-Q4", "-W03", "-WI",
      "199", "20", "X", "\r\n", "\u{301}", "é", "-", "PAST_REF",
    ]
    var generator = SplitMix(seed: 20_261_206_15)
    var (dated, guarded) = (0, 0)
    for _ in 0..<30_000 {
      let value = (0..<Int.random(in: 0...5, using: &generator)).map { _ in pool.randomElement(using: &generator)! }.joined()
      let plain = TemporalSpan(timex: value)
      let date = TemporalTagger.pointDate(value)
      #expect(TemporalSpan(timex: value, pointDate: date) == plain, "\(value.unicodeScalars.map(\.value))")
      if date != nil { dated += 1 }
      if date != nil, value.contains("/") { guarded += 1 }
    }
    #expect(dated > 1000 && guarded > 5, "the random values include dates, and dated ranges")
  }

  /// Every expression the tagger finds carries its value's span when it is a DATE or a TIME.
  @Test func theTaggersSpansAreItsValuesSpans() throws {
    let tagger = TemporalTagger(rules: try TemporalFixtures.rules())
    var spans = 0
    for document in try TemporalFixtures.gold() {
      let text = try TemporalFixtures.text(of: document)
      for published in [try TemporalFixtures.published(document), try EDTFDate(parsing: "2017-05-22/2017-05-28"), nil] {
        for mode in TemporalMode.allCases {
          for expression in tagger.tag(text, published: published, mode: mode) {
            let dated = expression.type == .date || expression.type == .time
            #expect(expression.span == (dated ? expression.value.flatMap(TemporalSpan.init(timex:)) : nil), "\(expression.text)")
            if expression.span != nil { spans += 1 }
            // The span is the tagger's copy, no part of the expression's identity.
            var without = expression
            without.span = nil
            #expect(without == expression && without.hashValue == expression.hashValue)
          }
        }
      }
    }
    #expect(spans > 200)
  }
}
