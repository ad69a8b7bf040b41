import CronicaTestSupport
import Foundation
import Testing

/// The svg and html exports of the real binary, opened in headless Chromium and checked from the
/// page itself: one marker group per exported event, no two text boxes intersecting (`getBBox`),
/// the theme filter working under the page's security policy, no horizontal overflow in the print
/// layout, hostile content shown as text; screenshots are written for the record.
@Suite(.serialized, .enabled(if: Chromium.path != nil, Comment(rawValue: Chromium.missing)))
struct PictureBrowserTests {
  /// Where screenshots are kept: `.build/test-screenshots/` of this checkout.
  static let screenshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent(".build/test-screenshots")

  /// The hostile corpus case with markup in every field.
  static let markupCase = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("CronicaHostileTests/Fixtures/cases/markup-in-every-field").path

  /// Measures the page it is added to and stores the result as JSON in `data-check` on the root.
  static let checkScript = """
    (function () {
      var result = {};
      try {
        var svg = document.querySelector("svg");
        var groups = Array.prototype.slice.call(svg.querySelectorAll("g.event"));
        result.groups = groups.length;
        result.groupsWithoutMarker = groups.filter(function (g) { return !g.querySelector(".marker"); }).length;
        var boxes = Array.prototype.slice.call(svg.querySelectorAll("text")).map(function (t) {
          var b = t.getBBox();
          return { x1: b.x, y1: b.y, x2: b.x + b.width, y2: b.y + b.height, text: t.textContent };
        });
        result.texts = boxes.length;
        result.emptyBoxes = boxes.filter(function (b) { return b.x2 <= b.x1 || b.y2 <= b.y1; }).length;
        var overlaps = [];
        for (var i = 0; i < boxes.length; i++) {
          for (var j = i + 1; j < boxes.length; j++) {
            var a = boxes[i], b = boxes[j];
            if (a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5) {
              overlaps.push(a.text + " | " + b.text);
            }
          }
        }
        result.overlaps = overlaps.slice(0, 20);
        var width = Number(svg.getAttribute("width"));
        result.outside = boxes.filter(function (b) { return b.x1 < -0.5 || b.x2 > width + 0.5; }).map(function (b) { return b.text; });
        if (document.body) {
          var items = Array.prototype.slice.call(document.querySelectorAll("li.event"));
          result.items = items.length;
          result.scripts = document.scripts.length;
          result.foreignElements = document.querySelectorAll("img, iframe, object, embed, link, base, form, input").length;
          result.markupShownAsText = document.body.textContent.indexOf("<script>alert(1)<\\/script>") >= 0;  // "<\\/": a script cannot hold its end tag
          var nav = document.getElementById("theme-filter");
          result.navShown = !!nav && !nav.hidden;
          var button = nav && nav.querySelector('button[data-theme^="t"]');
          if (button) {
            var theme = button.getAttribute("data-theme");
            button.click();
            result.filterShown = items.filter(function (li) { return !li.hidden; }).length;
            result.filterExpected = document.querySelectorAll("li.event." + theme).length;
            result.filterDimmed = groups.filter(function (g) { return g.style.opacity === "0.15"; }).length;
            result.filterExpectedDimmed = groups.length - svg.querySelectorAll("g.event." + theme).length;
            nav.querySelector('button[data-theme="all"]').click();
            result.afterAll = items.filter(function (li) { return !li.hidden; }).length;
          }
          if (location.hash === "#print") {
            // Print media, emulated: every @media print rule applies as if printing.
            Array.prototype.forEach.call(document.styleSheets, function (sheet) {
              Array.prototype.forEach.call(sheet.cssRules, function (rule) {
                if (rule.media && rule.media.mediaText.indexOf("print") >= 0) { rule.media.mediaText = "all"; }
              });
            });
            var limit = document.documentElement.clientWidth;
            result.viewport = limit;
            result.scrollWidth = document.documentElement.scrollWidth;
            result.overflowing = Array.prototype.filter.call(document.querySelectorAll("body *"), function (e) {
              var r = e.getBoundingClientRect();
              return r.width > 0 && r.right > limit + 0.5;
            }).slice(0, 10).map(function (e) { return e.tagName + "." + (e.getAttribute("class") || ""); });
            var quote = document.querySelector("blockquote");
            result.quoteHeight = quote ? quote.getBoundingClientRect().height : -1;
            result.navDisplay = nav ? getComputedStyle(nav).display : "none";
          }
        }
      } catch (error) {
        result.error = String(error);
      }
      document.documentElement.setAttribute("data-check", JSON.stringify(result));
    })();
    """

  /// A copy of an export with the check script added (allowed by the page's policy).
  static func checkedCopy(of file: URL, in folder: URL) throws -> URL {
    var text = try String(contentsOf: file, encoding: .utf8)
    if file.pathExtension == "svg" {
      text = text.replacingOccurrences(of: "</svg>", with: "<script><![CDATA[\n" + checkScript + "]]></script>\n</svg>")
    } else {
      let hash = try ExternalTool.sha256Base64(checkScript)
      text = text.replacingOccurrences(of: "script-src '", with: "script-src 'sha256-\(hash)' '")
      text = text.replacingOccurrences(of: "</body>", with: "<script>" + checkScript + "</script>\n</body>")
    }
    let copy = folder.appendingPathComponent("checked-" + file.lastPathComponent)
    try Data(text.utf8).write(to: copy)
    return copy
  }

  /// Exports with the real binary and returns the file and the number of events it says it wrote.
  static func export(_ arguments: [String], to file: URL) throws -> Int {
    let result = try ExternalTool.run(try CronicaBinary.path(), ["export"] + arguments + ["-o", file.path])
    guard result.status == 0, let count = Int(result.stdout.split(separator: " ").dropFirst().first ?? "") else {
      throw EndToEndError("cronica export \(arguments) exited \(result.status): \(result.stdout) \(result.stderr)")
    }
    return count
  }

  /// The same checks for every picture: a group with a marker per event, no overlapping text.
  static func expectPicture(_ check: [String: Any], events: Int, _ label: String) {
    #expect(check["error"] == nil, "\(label): \(check["error"] ?? "")")
    #expect(
      check["groups"] as? Int == events, "\(label): \(check["groups"] ?? "none") marker groups for \(events) events")
    #expect(check["groupsWithoutMarker"] as? Int == 0, "\(label)")
    #expect((check["texts"] as? Int ?? 0) > events / 2, "\(label): too few texts measured")
    #expect(check["emptyBoxes"] as? Int == 0, "\(label): texts with empty boxes")
    #expect(
      (check["overlaps"] as? [String])?.isEmpty == true, "\(label): overlapping text boxes \(check["overlaps"] ?? "")")
    #expect(
      (check["outside"] as? [String])?.isEmpty == true, "\(label): texts outside the picture \(check["outside"] ?? "")")
  }

  @Test(arguments: [
    ["--format", "svg"], ["--format", "svg", "--lanes", "none"], ["--format", "svg", "--theme", "fentanyl"],
  ])
  func bundledPicturesPassInTheBrowser(_ arguments: [String]) throws {
    let chromium = try Chromium()
    defer { chromium.remove() }
    let name = "bundled" + arguments.dropFirst(2).joined(separator: "-").replacingOccurrences(of: "--", with: "-")
    let file = chromium.profile.appendingPathComponent(name + ".svg")
    let events = try Self.export(arguments, to: file)
    let check = try Chromium.checkResult(in: try chromium.dumpDOM(try Self.checkedCopy(of: file, in: chromium.profile)))
    Self.expectPicture(check, events: events, name)
    let height =
      Int(try String(contentsOf: file, encoding: .utf8).components(separatedBy: "height=\"")[1].prefix { $0.isNumber })
      ?? 1400
    try FileManager.default.createDirectory(at: Self.screenshots, withIntermediateDirectories: true)
    let png = Self.screenshots.appendingPathComponent(name + ".png")
    try chromium.screenshot(file, to: png, width: 1200, height: height)
    #expect(try Data(contentsOf: png).prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    print("screenshot of \(name): \(png.path)")
  }

  @Test func bundledPageFiltersAndPrintsWithoutOverflow() throws {
    let chromium = try Chromium()
    defer { chromium.remove() }
    let file = chromium.profile.appendingPathComponent("bundled.html")
    let events = try Self.export(["--format", "html"], to: file)
    let copy = try Self.checkedCopy(of: file, in: chromium.profile)
    let screen = try Chromium.checkResult(in: try chromium.dumpDOM(copy))
    Self.expectPicture(screen, events: events, "html")
    #expect(screen["items"] as? Int == events)
    #expect(screen["scripts"] as? Int == 2)  // the page's filter and this test's check
    #expect(screen["navShown"] as? Bool == true, "the filter script did not run under the page's policy")
    #expect(screen["filterShown"] as? Int == screen["filterExpected"] as? Int)
    #expect((screen["filterShown"] as? Int ?? 0) < events)
    #expect(screen["filterDimmed"] as? Int == screen["filterExpectedDimmed"] as? Int)
    #expect(screen["afterAll"] as? Int == events)
    // A4 with 15 mm margins is about 680 CSS pixels wide.
    let printed = try Chromium.checkResult(
      in: try chromium.dumpDOM(URL(string: copy.absoluteString + "#print")!, width: 680, height: 1000))
    #expect(printed["error"] == nil, "\(printed["error"] ?? "")")
    #expect(printed["viewport"] as? Int == 680)
    #expect(printed["scrollWidth"] as? Int == 680, "print layout is \(printed["scrollWidth"] ?? "?") px wide")
    #expect(
      (printed["overflowing"] as? [String])?.isEmpty == true, "wider than the page: \(printed["overflowing"] ?? "")")
    #expect((printed["quoteHeight"] as? Double ?? 0) > 0, "quotes are not printed")
    #expect(printed["navDisplay"] as? String == "none")
    try FileManager.default.createDirectory(at: Self.screenshots, withIntermediateDirectories: true)
    let png = Self.screenshots.appendingPathComponent("bundled-page.png")
    try chromium.screenshot(file, to: png, width: 1200, height: 2400)
    print("screenshot of the page: \(png.path)")
  }

  @Test func hostileMarkupIsShownAsText() throws {
    let chromium = try Chromium()
    defer { chromium.remove() }
    for format in ["html", "svg"] {
      let file = chromium.profile.appendingPathComponent("hostile." + format)
      let events = try Self.export(["--format", format, "--corpus", Self.markupCase], to: file)
      let check = try Chromium.checkResult(
        in: try chromium.dumpDOM(try Self.checkedCopy(of: file, in: chromium.profile)))
      Self.expectPicture(check, events: events, "hostile \(format)")
      if format == "html" {
        #expect(check["scripts"] as? Int == 2)
        #expect(check["foreignElements"] as? Int == 0)
        #expect(check["markupShownAsText"] as? Bool == true)
      }
    }
  }
}
