import Testing

@testable import CronicaModel

@Suite struct TimelineJSTextTests {
  @Test(arguments: [
    ("<p>One</p><p>Two</p>", "One\n\nTwo"),
    ("a<br>b<br/>c<BR />d", "a\nb\nc\nd"),
    ("x &amp; y &lt;z&gt; &quot;q&quot; &#39;s&#39;", "x & y <z> \"q\" 's'"),
    ("&#8212;&#x2014;&mdash;", "———"),
    ("caf&eacute; ni&ntilde;o", "café niño"),
    ("<a href=\"https://ex.org/a?b=1&amp;c=2\">the report</a>", "the report (https://ex.org/a?b=1&c=2)"),
    ("<a href='https://ex.org'>https://ex.org</a>", "https://ex.org"),
    ("<a href=\"javascript:evil()\">click</a>", "click"),
    ("<script>var a = '</p>';</script>after", "after"),
    ("<STYLE media=x>b{}</STYLE>kept", "kept"),
    ("a <!-- <b>secret</b> --> b", "a b"),
    ("<ul><li>one</li><li>two</li></ul>", "• one\n• two"),
    ("  spaced \n\t out  ", "spaced out"),
    ("1 < 2 and 3 > 2", "1 < 2 and 3 > 2"),
    ("<b title=\"a > b\">bold</b>", "bold"),
    ("unclosed <b", "unclosed"),
    ("\u{1B}[2Jclear\u{7}\u{202E}rlo\u{9B}", "[2Jclearrlo"),
    ("&#1114112;&#xD800;&#0;", "\u{FFFD}\u{FFFD}\u{FFFD}"),
    ("AT&T &unknown; & more", "AT&T &unknown; & more"),
  ])
  func plainText(html: String, expected: String) {
    #expect(HTMLText.plainText(html) == expected)
  }

  @Test func escapeRoundTripsThroughPlainText() {
    let text = "Tom & Jerry <script>\"quoted\" 'single'"
    #expect(HTMLText.escape(text) == "Tom &amp; Jerry &lt;script&gt;&quot;quoted&quot; &#39;single&#39;")
    #expect(HTMLText.plainText(HTMLText.escape(text)) == text)
  }

  @Test(
    arguments: [
      (2019, nil, nil, "2019"),
      (2019, 11, nil, "November 2019"),
      (2019, 11, 4, "November 4, 2019"),
      (-1, nil, nil, "1 BCE"),
      (-44, 3, 15, "March 15, 44 BCE"),
      (-13_800_000_000, nil, nil, "13.8 billion years ago"),
      (-4_540_000_000, nil, nil, "4.54 billion years ago"),
      (-66_000_000, nil, nil, "66 million years ago"),
      (-300_000, nil, nil, "300 thousand years ago"),
      (-271_000, nil, nil, "271000 BCE"),
      (5_000_000_000, nil, nil, "5 billion years from now"),
      (Int.min, nil, nil, "9223372036.85 billion years ago"),
    ] as [(Int, Int?, Int?, String)])
  func readableDates(year: Int, month: Int?, day: Int?, expected: String) throws {
    let date = try #require(PartialDate(year: year, month: month, day: day))
    #expect(date.readable == expected)
  }

  @Test func timesOfDayFollowTimelineJS() {
    var problems: [(field: String, message: String)] = []
    let parts = TimelineJSFile.DateParts(
      year: .init("2020"), month: .init(3), day: .init("1"), hour: .init("0"), minute: .init("5"))
    let date = TimelineJSDate.check(parts, problems: &problems)
    #expect(problems.isEmpty)
    #expect(date?.readable == "12:05 AM March 1, 2020")
    let bad = TimelineJSFile.DateParts(year: .init("2020"), hour: .init("25"))
    #expect(TimelineJSDate.check(bad, problems: &problems) == nil)
    #expect(problems.map(\.field) == ["hour"])
  }

  @Test(
    arguments: [
      ("14:30", "14", "30", nil), ("2:30 PM", "14", "30", nil), ("12 am", "0", nil, nil),
      ("12:00 p.m.", "12", "00", nil),
      ("9:05:07.250", "9", "05", "07"), ("noon", "noon", nil, nil), ("13 pm", "13 pm", nil, nil),
    ] as [(String, String, String?, String?)])
  func sheetTimes(text: String, hour: String, minute: String?, second: String?) {
    let parts = TimelineJS.clockParts(text)
    #expect(parts.hour == hour && parts.minute == minute && parts.second == second)
  }
}

@Suite struct TimelineJSTextSpeedTests {
  @Test func unterminatedScriptsAndCommentsStayLinear() {
    let filler = String(repeating: "lorem ipsum <i>dolor</i> &amp; sit amet ", count: 25_000)
    let clock = ContinuousClock()
    for opening in ["<script>", "<!--", "<style>", "<a href=\"https://x.org\">", "<b title=\""] {
      var result = ""
      let elapsed = clock.measure { result = HTMLText.plainText("before " + opening + filler) }
      print("plain text after an unterminated \(opening): \(elapsed)")
      #expect(result.hasPrefix("before"))
    }
    let links = String(repeating: "<a href=\"https://x.org/a\">link</a> ", count: 20_000)
    var text = ""
    let elapsed = clock.measure { text = HTMLText.plainText(links) }
    print("plain text of 20000 links: \(elapsed)")
    #expect(text.hasPrefix("link (https://x.org/a) link"))
  }
}
