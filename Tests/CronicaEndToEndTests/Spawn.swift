import CronicaTestSupport

/// Runs a program to completion with a clean signal state (see `CleanSpawn`) and returns its exit status.
func spawnAndWait(_ executable: String, _ arguments: [String], stdout: String, stderr: String) throws -> Int32 {
  do {
    let pid = try CleanSpawn.start(executable, arguments, stdout: stdout, stderr: stderr)
    return try CleanSpawn.wait(for: pid, name: executable)
  } catch {
    throw EndToEndError(error.description)
  }
}
