import Testing

@testable import CronicaModel

/// The front matter is read in one walk over libyaml's events: each way it can be refused or a
/// field rejected, with where and what to do.
@Suite struct FrontMatterEventTests {
  func read(_ yaml: String) -> (article: Article?, problems: [String], warnings: [String]) {
    var problems: [CorpusProblem] = []
    var warnings: [CorpusProblem] = []
    let article = UserArticle.readWithMode(
      "---\n" + yaml + "---\nThe body.\n", file: "a.md", origin: "a.md", problems: &problems, warnings: &warnings)?
      .article
    return (article, problems.map(\.description), warnings.map(\.description))
  }

  @Test("a field given twice is refused at its second place, naming the first")
  func duplicateKey() {
    let result = read("id: a\ntitle: T\nid: b\n")
    #expect(result.article == nil)
    #expect(
      result.problems == ["a.md: line 4, column 1: the field 'id' is given twice (first at line 2, column 1); keep one of them"])
    // Unknown fields too: the file says two things and one would be lost.
    let unknown = read("id: a\nnote: x\nnote: y\n")
    #expect(unknown.problems == ["a.md: line 4, column 1: the field 'note' is given twice (first at line 3, column 1); keep one of them"])
    #expect(unknown.warnings.isEmpty)
  }

  @Test("a refused front matter gives no fields: its bad values add no second problem")
  func refusedFrontMatterKeepsNoFields() {
    // Fields are read straight into the result and dropped on refusal; a value that would be its
    // own problem (a bad date, mode or url) must not be reported beside the refusal.
    let yaml = "id: a\npublished: nonsense\nmode: sideways\nurl: not a url\nauthors: [One]\nid: b\n"
    let result = read(yaml)
    #expect(result.article == nil)
    #expect(
      result.problems == ["a.md: line 7, column 1: the field 'id' is given twice (first at line 2, column 1); keep one of them"])
    var problems: [CorpusProblem] = []
    var warnings: [CorpusProblem] = []
    let fields = FrontMatter.parse("---\n" + yaml + "---\n", file: "a.md", problems: &problems, warnings: &warnings)
    #expect(FrontMatter.Field.allCases.allSatisfy { fields.scalar($0) == nil })
    #expect(fields.authors == nil)
  }

  @Test("an alias is refused as a key as well as a value")
  func aliasAsKeyAndValue() {
    let key = read("id: x\ntitle: &t Title\n? *t\n: value\n")
    #expect(key.article == nil)
    #expect(key.problems == ["a.md: line 4, column 3: YAML aliases (*name) are not allowed in front matter; write the value out"])
    let value = read("id: x\ntitle: &t Title\noutlet: *t\n")
    #expect(value.problems == ["a.md: line 4, column 9: YAML aliases (*name) are not allowed in front matter; write the value out"])
    // An alias after another fault is still the one reported: it is what could make a bomb.
    let afterDuplicate = read("id: x\nid: y\ntitle: &t T\noutlet: *t\n")
    #expect(afterDuplicate.problems.map { $0.contains("aliases") } == [true])
    let inSecondDocument = read("id: x\n--- [*t]\n")
    #expect(inSecondDocument.problems == ["a.md: line 3, column 6: YAML aliases (*name) are not allowed in front matter; write the value out"])
  }

  @Test("a mapping or a nested list where a name or value belongs is rejected, and the fields after it are read")
  func structureWhereScalarExpected() {
    let yaml =
      "id: x\ntitle:\n  text: A title\nauthors:\n  - One\n  - [Two, Three]\n  - Four\noutlet: The Outlet\n"
      + "note:\n  deep: [1, [2, {a: b}]]\npublished: 2020-01-02\n"
    let result = read(yaml)
    #expect(
      result.problems == [
        "a.md: line 4, column 3: title: expected a single value",
        "a.md: line 7, column 5: authors: each author must be a name",
      ])
    #expect(result.warnings.count == 1 && result.warnings[0].contains("unknown field 'note' ignored"))
    var problems: [CorpusProblem] = []
    var warnings: [CorpusProblem] = []
    let fields = FrontMatter.parse("---\n" + yaml + "---\n", file: "a.md", problems: &problems, warnings: &warnings)
    #expect(fields.authors == ["One", "Four"])
    #expect(fields.scalar(.outlet)?.value == "The Outlet" && fields.scalar(.published)?.value == "2020-01-02")
    #expect(fields.scalar(.title) == nil)
    let mapped = read("id: x\ntitle: T\nauthors:\n  name: One\noutlet: O\n")
    #expect(mapped.problems == ["a.md: line 4, column 1: authors: expected a list of names"])
    #expect(read("id: x\ntitle: T\noutlet: O\nauthors: [One, Two]\n").article?.authors == ["One", "Two"])
  }

  @Test("a list or mapping as a field name, a second document or no mapping at all is refused")
  func notFieldLines() {
    #expect(
      read("[a, b]: x\nid: y\n").problems == [
        "a.md: line 2, column 1: a field name must be a word such as 'title', not a list or mapping; write 'field: value'"
      ])
    #expect(
      read("id: x\n--- second\n").problems == [
        "a.md: line 3, column 1: the front matter holds a second YAML document; keep only 'field: value' lines between the '---' lines"
      ])
    #expect(read("just a line\n").problems == ["a.md: line 2, column 1: the front matter must be 'field: value' lines (a YAML mapping)"])
  }

  @Test("a control character is refused where it is")
  func controlCharacter() {
    #expect(
      read("id: x\ntitle: a\u{1}b\n").problems == [
        "a.md: line 3, column 9: the front matter cannot be read: control characters are not allowed"
      ])
    #expect(read("").problems.isEmpty)
  }

  @Test("syntax errors keep libyaml's words and place: an unterminated quote, a tab indent")
  func syntaxErrors() {
    let quote = read("id: x\ntitle: \"An open quote\noutlet: O\n")
    #expect(quote.article == nil)
    #expect(quote.problems == ["a.md: line 4, column 10: invalid YAML front matter: found unexpected end of stream"])
    let tab = read("id: x\nauthors:\n\t- One\n")
    #expect(tab.problems == ["a.md: line 4, column 1: invalid YAML front matter: found character that cannot start any token"])
  }
}
