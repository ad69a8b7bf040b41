extension TimelinePicture {
  /// The picture as a standalone SVG 1.1 document.
  public func svgDocument() -> String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svgElement() + "\n"
  }

  /// The `<svg>` element, also embedded in the HTML export.
  func svgElement() -> String {
    var canvas = Canvas()
    let laneTops = drawLanes(into: &canvas)
    let lanesBottom = laneTops.last ?? Self.lanesTop
    drawAxis(into: &canvas, bottom: lanesBottom)
    var y = lanesBottom + 26
    switch body {
    case .empty:
      canvas.text("No events match the filters.", x: plotLeft, y: Self.lanesTop + 20, size: 12, className: "note")
      y = Self.lanesTop + 40
    case .markers(let layout, let marked):
      drawMarkers(layout, marked, laneTops: laneTops, into: &canvas)
      y = drawKey(numbered: !layout.numbered.isEmpty, into: &canvas, top: y)
      y = drawLegend(layout.numbered, marked, into: &canvas, top: y)
    case .density(let layout):
      drawDensity(layout, laneTops: laneTops, into: &canvas)
      let note =
        "Each bar counts the events whose earliest day falls in its "
        + "\(DensityLayout.periodName(stepMonths: layout.stepMonths)); the tallest is \(Markup.grouped(layout.maxCount)). "
        + "Narrow the export (--from, --to, --theme) to see events one by one."
      y = canvas.paragraph(
        note, x: Self.margin, top: y, width: Self.width - 2 * Self.margin, size: 11, className: "note")
    }
    let height = (y + Self.margin).rounded(.up)
    let size = Markup.number(Self.width)
    var head = Markup.tag(
      "svg",
      [
        "xmlns": "http://www.w3.org/2000/svg", "version": "1.1", "baseProfile": "full", "width": size,
        "height": Markup.number(height), "viewBox": "0 0 \(size) \(Markup.number(height))",
        "font-family": "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif", "font-size": "11", "fill": "#222222",
      ])
    head += "\n<title>" + Markup.escaped(title) + "</title>\n<desc>" + Markup.escaped(description) + "</desc>\n"
    head += Markup.tag(
      "rect", ["class": "background", "width": size, "height": Markup.number(height), "fill": "#ffffff"], closed: true)
    head += "\n"
    var heading = Canvas()
    heading.fitted(
      title, x: Self.margin, y: 30, width: Self.width - 2 * Self.margin, size: 18, className: "heading", bold: true)
    heading.fitted(
      subtitle, x: Self.margin, y: 50, width: Self.width - 2 * Self.margin, size: 11, className: "subtitle",
      fill: "#555555")
    return head + heading.markup + canvas.markup + "</svg>"
  }

  /// What the picture shows, for `<desc>`.
  var description: String {
    let lanesText = lanes.isSingle ? "on one line" : "in \(lanes.lanes.count) lanes, one per theme"
    switch body {
    case .empty: return "A timeline with no events."
    case .markers:
      return
        "Timeline of \(subtitle), \(lanesText): a marker per event, a bar from earliest to latest day for periods, "
        + "approximate dates lighter."
    case .density: return "Timeline of \(subtitle), \(lanesText): bars count the events per period."
    }
  }

  /// Lane backgrounds and labels; returns each lane's top and, last, the bottom of the lanes.
  func drawLanes(into canvas: inout Canvas) -> [Double] {
    var tops: [Double] = []
    var y = Self.lanesTop
    for (index, lane) in lanes.lanes.enumerated() {
      tops.append(y)
      let height = laneHeight(index)
      if index % 2 == 0 {
        canvas.element(
          "rect", ["class": "lane", "x": Self.margin, "y": y, "width": Self.width - 2 * Self.margin, "height": height],
          fill: "#f4f4f4")
      }
      if !lanes.isSingle {
        drawLaneLabel(lane, index: index, top: y, into: &canvas)
      }
      y += height
    }
    tops.append(y)
    return tops
  }

  /// A lane's swatch and label (with its count in a density band).
  func drawLaneLabel(_ lane: PictureLanes.Lane, index: Int, top y: Double, into canvas: inout Canvas) {
    canvas.element(
      "rect", ["class": "swatch", "x": Self.margin + 2, "y": y + 9, "width": 9, "height": 9], fill: lane.color.hex,
      stroke: "#333333")
    var label = lane.label
    if case .density(let layout) = body { label += " (\(Markup.grouped(layout.laneTotals[index])))" }
    canvas.fitted(
      label, x: Self.laneLabelX, y: y + 17.5, width: plotLeft - 12 - Self.laneLabelX + 0.5, size: Self.laneFontSize,
      className: "lane-label")
  }

  func laneHeight(_ lane: Int) -> Double {
    switch body {
    case .empty: return 30
    case .markers(let layout, _): return 12 + Double(layout.rowCounts[lane]) * MarkerLayout.rowHeight
    case .density: return 60
    }
  }

  /// Tick lines across the lanes and period labels above them.
  func drawAxis(into canvas: inout Canvas, bottom: Double) {
    guard let axis else { return }
    for (index, tick) in axis.ticks.enumerated() {
      let x = axis.x(tick.day)
      canvas.line(x1: x, y1: Self.lanesTop - 4, x2: x, y2: bottom, stroke: "#c8c8c8", className: "tick")
      guard index + 1 < axis.ticks.count else { continue }
      let centre = (x + axis.x(axis.ticks[index + 1].day)) / 2
      let width = tick.label.ems * TimeAxis.fontSize
      canvas.label(
        tick.label, x: centre - width / 2, y: Self.lanesTop - 9, size: TimeAxis.fontSize, className: "tick-label",
        fill: "#444444")
    }
  }

  /// Every event's group: `<title>`, and in each of its lanes a bar, a marker and a label.
  func drawMarkers(_ layout: MarkerLayout, _ marked: MarkedEvents, laneTops: [Double], into canvas: inout Canvas) {
    for (index, event) in marked.events.enumerated() {
      let span = marked.spans[index]
      let classes = (["event"] + themeClasses(event.themes) + (span.approximate ? ["approximate"] : [])).joined(
        separator: " ")
      canvas.open("g", ["id": marked.elementIDs[index], "class": classes])
      canvas.raw("<title>" + Markup.escaped(tooltip(for: event, number: index + 1)) + "</title>")
      for placement in layout.placements[index] {
        let color = lanes.isSingle ? lanes.color(of: event.themes) : lanes.lanes[placement.lane].color
        let y = laneTops[placement.lane] + 6 + (Double(placement.row) + 0.5) * MarkerLayout.rowHeight
        let opacity = span.approximate ? 0.35 : 0.85
        if placement.barEnd > placement.x {
          canvas.element(
            "rect",
            ["class": "bar", "x": placement.x, "y": y - 3, "width": placement.barEnd - placement.x, "height": 6],
            fill: color.hex, stroke: color.hex, extra: ["fill-opacity": Markup.number(opacity * 0.8)])
        }
        canvas.marker(x: placement.x, y: y, color: color, approximate: span.approximate)
        canvas.label(
          placement.label, x: placement.labelX, y: y + 4, size: MarkerLayout.fontSize,
          className: placement.isNumber ? "label number" : "label", bold: placement.isNumber)
      }
      canvas.close("g")
    }
  }

  /// Classes naming an event's themes by taxonomy position (`t3`), or `t-none`.
  func themeClasses(_ keys: [String]) -> [String] {
    let positions = lanes.themePositionList(of: keys)
    return positions.isEmpty ? ["t-none"] : positions.map { "t\($0)" }
  }

  /// `May 18, 2017 — Title`, the first quote and its source.
  func tooltip(for event: Event, number: Int) -> String {
    var lines = ["\(number). \(event.display) — \(event.title)"]
    if let citation = event.citations.first {
      let quote = citation.quote.count > 500 ? String(citation.quote.prefix(500)) + "…" : citation.quote
      lines.append("“\(quote)”")
      lines.append("— " + CorpusExport.sourceLine(articles[citation.article], id: citation.article))
    }
    return lines.joined(separator: "\n")
  }

  /// The key to the symbols; returns the y below it.
  func drawKey(numbered: Bool, into canvas: inout Canvas, top: Double) -> Double {
    var x = plotLeft
    let y = top
    let sample = ThemePalette.neutral
    canvas.marker(x: x + 5, y: y - 4, color: sample, approximate: false, className: "key-marker")
    x = canvas.keyText("a dated day", x: x + 14, y: y) + 18
    canvas.element(
      "rect", ["class": "key-bar", "x": x, "y": y - 7, "width": 30, "height": 6], fill: sample.hex, stroke: sample.hex,
      extra: ["fill-opacity": "0.68"])
    canvas.marker(x: x, y: y - 4, color: sample, approximate: false, className: "key-marker")
    x = canvas.keyText("a period, from its earliest to its latest day", x: x + 36, y: y) + 18
    canvas.element(
      "rect", ["class": "key-bar", "x": x, "y": y - 7, "width": 30, "height": 6], fill: sample.hex, stroke: sample.hex,
      extra: ["fill-opacity": "0.28"])
    canvas.marker(x: x, y: y - 4, color: sample, approximate: true, className: "key-marker")
    x = canvas.keyText("approximate date (lighter)", x: x + 36, y: y) + 18
    if numbered { _ = canvas.keyText("12: labelled by number, see below", x: x, y: y) }
    var bottom = y + 8
    if lanes.isSingle {
      bottom = drawThemeKey(into: &canvas, top: y + 22)
    }
    return bottom + 14
  }

  /// Colour swatches of the themes, for a picture on one line; returns the y below them.
  func drawThemeKey(into canvas: inout Canvas, top: Double) -> Double {
    var x = plotLeft
    var y = top
    for (position, label) in lanes.usedThemes {
      guard let text = LabelText(label, maxEms: 220 / 11) else { continue }
      let width = 14 + text.ems * 11
      if x + width > Self.width - Self.margin {
        x = plotLeft
        y += 18
      }
      canvas.marker(
        x: x + 5, y: y - 4, color: ThemePalette.color(forTheme: position), approximate: false, className: "key-marker")
      canvas.label(text, x: x + 14, y: y, size: 11, className: "key")
      x += width + 16
    }
    return y + 8
  }

  /// The numbered events' list, in two columns; returns the y below it.
  func drawLegend(_ numbered: [Int], _ marked: MarkedEvents, into canvas: inout Canvas, top: Double) -> Double {
    guard !numbered.isEmpty else { return top }
    canvas.text(
      "Events labelled by number", x: Self.margin, y: top + 4, size: 12, className: "legend-heading", bold: true)
    let columns = numbered.count > 8 ? 2 : 1
    let columnWidth = (Self.width - 2 * Self.margin) / Double(columns)
    let perColumn = (numbered.count + columns - 1) / columns
    for (slot, index) in numbered.enumerated() {
      let column = slot / perColumn
      let row = slot % perColumn
      let event = marked.events[index]
      let x = Self.margin + Double(column) * columnWidth
      let y = top + 24 + Double(row) * 16
      canvas.text("\(index + 1)", x: x, y: y, size: 11, className: "legend-number", bold: true)
      canvas.fitted(
        "\(event.display) — \(event.title)", x: x + 40, y: y, width: columnWidth - 52, size: 11,
        className: "legend-entry")
    }
    return top + 24 + Double(perColumn) * 16
  }

  /// Bars of counts per period in each lane.
  func drawDensity(_ layout: DensityLayout, laneTops: [Double], into canvas: inout Canvas) {
    guard let axis else { return }
    let tallest = Double(max(1, layout.maxCount))
    for (lane, counts) in layout.counts.enumerated() {
      let color = lanes.lanes[lane].color
      let base = laneTops[lane] + 52
      for (period, count) in counts.enumerated() where count > 0 {
        let start = layout.startMonth(ofPeriod: period)
        let x = max(axis.left, axis.x(monthIndex: start))
        let width = max(1, min(axis.left + axis.width, axis.x(monthIndex: start + layout.stepMonths)) - x - 1)
        let height = max(1.5, 36 * Double(count) / tallest)
        let noun = count == 1 ? "event" : "events"
        canvas.open(
          "rect", ["class": "count", "x": x, "y": base - height, "width": width, "height": height], fill: color.hex,
          stroke: "#333333")
        canvas.raw(
          "<title>"
            + Markup.escaped(
              "\(layout.label(ofPeriod: period)): \(Markup.grouped(count)) \(noun) (\(lanes.lanes[lane].label))")
            + "</title>")
        canvas.close("rect")
        if let text = LabelText(Markup.grouped(count)), text.ems * 9 <= width {
          canvas.label(
            text, x: x + (width - text.ems * 9) / 2, y: base - height - 3, size: 9, className: "count-label",
            fill: "#444444")
        }
      }
    }
  }
}
