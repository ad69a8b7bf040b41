/// Unique XML element ids for one document, as close to the wanted names as XML allows.
///
/// An event id that is already a valid name (`merida-initiative-2008`) is used as it is; any other
/// has its other characters replaced by `-` and `e-` put in front when it does not start with a
/// letter; a name already given gets `-2`, `-3`….
struct ElementIDs {
  private var taken: Set<String> = []

  mutating func unique(_ wanted: String) -> String {
    let base = Self.validName(wanted)
    var candidate = base
    var suffix = 2
    while taken.contains(candidate) {
      candidate = base + "-\(suffix)"
      suffix += 1
    }
    taken.insert(candidate)
    return candidate
  }

  /// `wanted` made a name of ASCII letters, digits, `-`, `_` and `.` that starts with a letter.
  static func validName(_ wanted: String) -> String {
    var result = ""
    for scalar in wanted.unicodeScalars.prefix(80) {
      let isNameCharacter =
        scalar.isASCII
        && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar))
      result.unicodeScalars.append(isNameCharacter ? scalar : "-")
    }
    guard let first = result.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else {
      return "e-" + result
    }
    return result
  }
}
