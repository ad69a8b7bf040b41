import CYaml

extension FrontMatter {
  /// Where the first alias (`*name`) of `yaml` is, 0-based, found by libyaml's event parser
  /// (one linear pass; no node is built, so an alias bomb costs nothing); nil when there is none
  /// or the YAML does not parse (Yams then reports why).
  static func firstAlias(in yaml: String) -> (line: Int, column: Int)? {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return nil }
    defer { yaml_parser_delete(&parser) }
    let bytes = Array(yaml.utf8)
    return bytes.withUnsafeBufferPointer { buffer -> (line: Int, column: Int)? in
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      var event = yaml_event_t()
      while yaml_parser_parse(&parser, &event) == 1 {
        let type = event.type
        let mark = event.start_mark
        yaml_event_delete(&event)
        if type == YAML_ALIAS_EVENT { return (Int(mark.line), Int(mark.column)) }
        if type == YAML_STREAM_END_EVENT { return nil }
      }
      return nil
    }
  }
}
