import CYaml
import Glibc

extension FrontMatter {
  /// One libyaml parser for the files of one piece of work, set back after each file to the state
  /// `yaml_parser_initialize` leaves it in. A new parser costs two large mallocs (16 and 48 KB of
  /// input buffers) and six small ones, and its making and deleting took about 3,300 instructions
  /// a file (a tiny article's whole front matter takes about 30,000).
  ///
  /// libyaml has no reset: `reset` frees what `yaml_parser_delete` frees besides the buffers,
  /// queue and stacks (tokens left in the queue, the tag directives' strings), zeroes the parser
  /// as `yaml_parser_initialize` does, then gives it back its buffers, queue and stacks, empty.
  /// A parser set back reads as a new one as long as libyaml never reads a buffer beyond what it
  /// has written since (a new parser's buffers are uninitialized memory too); the tests compare
  /// the two on every fixture, hostile text and random input, the new parser's buffers, queue
  /// and stacks filled with a pattern (`filling`) so that stale bytes would differ. They cannot
  /// see a leak: that
  /// `reset` frees what `yaml_parser_delete` would was checked by reading libyaml 0.2.5's
  /// api.c, and a libyaml that adds a field to the parser needs this read again. After a libyaml
  /// error the parser is dropped and the next file gets a new one.
  ///
  /// A new `Parser` for each file is the plain way (what `Article.userFile` and the tests do).
  final class Parser {
    /// Allocated, not stored inline: libyaml keeps a pointer to the parser in it (its string
    /// reader's data), so the parser must stay at one address. Nil until the first file, and after
    /// an error.
    private var parser: UnsafeMutablePointer<yaml_parser_t>?
    /// For tests: the byte a new parser's memory is filled with, so that a read of memory
    /// libyaml has not written since would show.
    private let filling: UInt8?
    /// Whether front matter of plain `name: value` lines is read without libyaml (see
    /// `PlainLines`); tests turn it off to compare the two.
    let readsPlainLines: Bool
    /// How many front matters were read without libyaml (tests check the plain reader is taken).
    var plainReads = 0

    init(filling: UInt8? = nil, readsPlainLines: Bool = true) {
      self.filling = filling
      self.readsPlainLines = readsPlainLines
    }

    deinit { drop() }

    /// Runs `body` with a parser reading `input` (UTF-8, not empty; read only during `body`), then
    /// sets the parser back for the next input; nil when libyaml could not allocate one.
    func parse<Result>(_ input: UnsafeBufferPointer<UInt8>, _ body: (UnsafeMutablePointer<yaml_parser_t>) -> Result)
      -> Result?
    {
      guard let start = input.baseAddress, let parser = ready() else { return nil }
      // The encoding given: libyaml would otherwise guess it from the first bytes.
      yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
      yaml_parser_set_input_string(parser, start, input.count)
      let result = body(parser)
      if parser.pointee.error == YAML_NO_ERROR { Self.reset(parser) } else { drop() }
      return result
    }

    /// The parser, new or set back; nil when libyaml could not allocate one.
    private func ready() -> UnsafeMutablePointer<yaml_parser_t>? {
      if let parser { return parser }
      let made = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
      made.initialize(to: yaml_parser_t())
      guard yaml_parser_initialize(made) == 1 else {
        made.deallocate()
        return nil
      }
      parser = made
      if let filling { Self.fill(made, with: filling) }
      return made
    }

    /// Fills the parser's buffers, queue and stacks, each from its start to its end.
    private static func fill(_ parser: UnsafeMutablePointer<yaml_parser_t>, with byte: UInt8) {
      func fill<T>(_ start: UnsafeMutablePointer<T>?, _ end: UnsafeMutablePointer<T>?) {
        guard let start, let end else { return }
        UnsafeMutableRawPointer(start).initializeMemory(as: UInt8.self, repeating: byte, count: UnsafeRawPointer(end) - UnsafeRawPointer(start))
      }
      let p = parser.pointee
      fill(p.raw_buffer.start, p.raw_buffer.end)
      fill(p.buffer.start, p.buffer.end)
      fill(p.tokens.start, p.tokens.end)
      fill(p.indents.start, p.indents.end)
      fill(p.simple_keys.start, p.simple_keys.end)
      fill(p.states.start, p.states.end)
      fill(p.marks.start, p.marks.end)
      fill(p.tag_directives.start, p.tag_directives.end)
    }

    private func drop() {
      guard let parser else { return }
      yaml_parser_delete(parser)
      parser.deallocate()
      self.parser = nil
    }

    /// Sets `parser` back to the state `yaml_parser_initialize` leaves it in, keeping its memory.
    static func reset(_ parser: UnsafeMutablePointer<yaml_parser_t>) {
      let used = parser.pointee
      // What `yaml_parser_delete` frees inside them: tokens not yet taken (a walk refused at an
      // alias stops early), and the strings of the tag directives of a document left unfinished.
      var token = used.tokens.head
      while let current = token, current != used.tokens.tail {
        yaml_token_delete(current)
        token = current + 1
      }
      var directive = used.tag_directives.start
      while let current = directive, current != used.tag_directives.top {
        // libyaml's `yaml_free` is `free`, and these were allocated by its `yaml_strdup` (`strdup`).
        free(current.pointee.handle)
        free(current.pointee.prefix)
        directive = current + 1
      }
      // `yaml_parser_initialize` zeroes the parser before it allocates.
      parser.pointee = yaml_parser_t()
      parser.pointee.raw_buffer.start = used.raw_buffer.start
      parser.pointee.raw_buffer.end = used.raw_buffer.end
      parser.pointee.raw_buffer.pointer = used.raw_buffer.start
      parser.pointee.raw_buffer.last = used.raw_buffer.start
      parser.pointee.buffer.start = used.buffer.start
      parser.pointee.buffer.end = used.buffer.end
      parser.pointee.buffer.pointer = used.buffer.start
      parser.pointee.buffer.last = used.buffer.start
      parser.pointee.tokens.start = used.tokens.start
      parser.pointee.tokens.end = used.tokens.end
      parser.pointee.tokens.head = used.tokens.start
      parser.pointee.tokens.tail = used.tokens.start
      parser.pointee.indents.start = used.indents.start
      parser.pointee.indents.end = used.indents.end
      parser.pointee.indents.top = used.indents.start
      parser.pointee.simple_keys.start = used.simple_keys.start
      parser.pointee.simple_keys.end = used.simple_keys.end
      parser.pointee.simple_keys.top = used.simple_keys.start
      parser.pointee.states.start = used.states.start
      parser.pointee.states.end = used.states.end
      parser.pointee.states.top = used.states.start
      parser.pointee.marks.start = used.marks.start
      parser.pointee.marks.end = used.marks.end
      parser.pointee.marks.top = used.marks.start
      parser.pointee.tag_directives.start = used.tag_directives.start
      parser.pointee.tag_directives.end = used.tag_directives.end
      parser.pointee.tag_directives.top = used.tag_directives.start
    }
  }
}
