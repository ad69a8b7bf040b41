extension Set where Element == String {
  /// `base` if it is not taken yet, else the first of `base-2`, `base-3`… that is not; taken from now on.
  public mutating func claimUnique(_ base: String) -> String {
    var name = base
    var number = 2
    while contains(name) {
      name = "\(base)-\(number)"
      number += 1
    }
    insert(name)
    return name
  }
}
