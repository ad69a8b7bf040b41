import CronicaModel
import CronicaSystem
import Foundation

// cronica-bench: synthetic corpora and model timings for the benchmark (bench/run.py drives it).

let usage = """
  usage: cronica-bench generate --events N [--seed S] --out DIR [--themes FILE]
         cronica-bench load DIR [--search WORD] [--theme KEY] [--breakdown] [--json]
         cronica-bench tag FILE [--rules DIR] [--runs N]
         cronica-bench extraction FOLDER... [--rules DIR] [--lexicons DIR] [--verbose]
         cronica-bench articles --count N --out DIR [--bytes B] [--seed S]

  generate  write a reproducible synthetic corpus (manifest.json, events.json, themes.json,
            articles/, plus events.txt with one `date  [themes]  title` line per event).
            --themes defaults to Resources/corpus/themes.json (run from the package root).
  load      time Corpus.load, EventIndex, a theme filter and a search; print peak RSS (VmHWM).
            --breakdown also times each loading stage on its own (after the peak is read).
  tag       time the temporal tagger alone on a text file (rules default to Resources/temporal).
  extraction  score the chronology builder and the one-event-per-dated-sentence baseline against
            each folder's reference chronology (events.json of a corpus folder, reference.json of
            a folder of articles): coverage, precision, merging (docs/extraction.md).
  articles  write a folder of N articles of about B bytes (default 5000) drawn from the bundled
            raw articles' paragraphs, with front matter, for timing `cronica build`.
  """

func runBench() throws(BenchError) {
  let arguments = try Arguments(Array(CommandLine.arguments.dropFirst()), flags: ["--breakdown", "--json", "--help", "--verbose"])
  if arguments.flags.contains("--help") || arguments.command == "--help" || arguments.command == "help" {
    print(usage)
    return
  }
  switch arguments.command {
  case "generate":
    guard let countText = arguments.options["--events"], let count = Int(countText.replacingOccurrences(of: "_", with: "")),
      count > 0
    else { throw BenchError("generate needs --events N (a positive number)\n\(usage)") }
    guard let out = arguments.options["--out"] else { throw BenchError("generate needs --out DIR\n\(usage)") }
    guard let seed = UInt64(arguments.options["--seed"] ?? "1") else { throw BenchError("--seed must be a number") }
    let generator = CorpusGenerator(
      events: count, seed: seed, out: URL(fileURLWithPath: out),
      themesFile: URL(fileURLWithPath: arguments.options["--themes"] ?? "Resources/corpus/themes.json"))
    let start = ContinuousClock.now
    let summary = try generator.run()
    let elapsed = (ContinuousClock.now - start).milliseconds
    print(
      "generated \(summary.events) events, \(summary.articles) articles, \(summary.citations) citations "
        + "into \(out) in \(Int(elapsed)) ms (seed \(seed))")
  case "load":
    guard let folder = arguments.positional.first else { throw BenchError("load needs a corpus folder\n\(usage)") }
    let report = LoadReport(
      folder: URL(fileURLWithPath: folder), search: arguments.options["--search"] ?? "precursor",
      theme: arguments.options["--theme"] ?? "fentanyl", breakdown: arguments.flags.contains("--breakdown"))
    let figures = try report.run()
    if arguments.flags.contains("--json") {
      print("{" + figures.map { "\"\($0.name)\": \($0.value)" }.joined(separator: ", ") + "}")
    } else {
      for figure in figures {
        let value = figure.unit.isEmpty ? String(Int(figure.value)) : String(format: "%.1f", figure.value)
        print(figure.name.padding(toLength: 26, withPad: " ", startingAt: 0) + value + (figure.unit.isEmpty ? "" : " " + figure.unit))
      }
    }
  case "tag":
    guard let file = arguments.positional.first else { throw BenchError("tag needs a text file\n\(usage)") }
    let report = TagReport(
      file: URL(fileURLWithPath: file), rules: URL(fileURLWithPath: arguments.options["--rules"] ?? "Resources/temporal"),
      runs: Int(arguments.options["--runs"] ?? "5") ?? 5)
    print(try report.run())
  case "articles":
    guard let countText = arguments.options["--count"], let count = Int(countText), count > 0 else {
      throw BenchError("articles needs --count N\n\(usage)")
    }
    guard let out = arguments.options["--out"] else { throw BenchError("articles needs --out DIR\n\(usage)") }
    let generator = ArticleFolderGenerator(
      count: count, bytes: Int(arguments.options["--bytes"] ?? "5000") ?? 5000,
      seed: UInt64(arguments.options["--seed"] ?? "1") ?? 1,
      source: URL(fileURLWithPath: "Resources/corpus/articles"), out: URL(fileURLWithPath: out))
    let written = try generator.run()
    print("wrote \(count) articles, \(written) bytes, into \(out)")
  case "extraction":
    guard !arguments.positional.isEmpty else { throw BenchError("extraction needs corpus folders\n\(usage)") }
    let report = ExtractionReport(
      folders: arguments.positional.map { URL(fileURLWithPath: $0) },
      rules: URL(fileURLWithPath: arguments.options["--rules"] ?? "Resources/temporal"),
      lexicons: URL(fileURLWithPath: arguments.options["--lexicons"] ?? "Resources/build"),
      verbose: arguments.flags.contains("--verbose"))
    print(try report.run())
  default:
    throw BenchError("unknown command '\(arguments.command)'\n\(usage)")
  }
}

// The allocator `cronica` runs with, so that the timings measure it.
ProcessAllocator.configure()
do {
  try runBench()
} catch {
  FileHandle.standardError.write(Data(("cronica-bench: " + error.description + "\n").utf8))
  exit(1)
}
