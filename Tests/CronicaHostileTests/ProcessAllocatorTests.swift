import CronicaSystem
import CronicaTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Whether `malloc` in this process is glibc's own. CI's AddressSanitizer pass interposes its own
/// (in the probe too, built the same way) and makes `mallopt` a no-op: no glibc heap to measure.
/// At file scope: a static on the suite type is a circular reference for the `@Suite` macro.
private let mallocIsGlibcs: Bool = {
  guard let libc = dlopen("libc.so.6", RTLD_LAZY | RTLD_NOLOAD) else { return false }
  defer { dlclose(libc) }
  return dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc") == dlsym(libc, "malloc")
}()

/// `ProcessAllocator`'s settings, measured by `cronica-allocator-probe` in a fresh process: its
/// main heap holds only start-up's blocks, whatever earlier tests did to this process's heaps.
@Suite("The process's allocator settings", .enabled(if: mallocIsGlibcs))
struct ProcessAllocatorTests {
  /// What the probe printed.
  struct Report {
    var configured: Bool
    var growth: Int
    var kept: Int
    var trimmed: Int
  }

  /// Runs the probe with this process's environment less every glibc malloc setting (the user's
  /// top pad, and e.g. `MALLOC_MMAP_THRESHOLD_`, under which the probe's blocks would be mapped
  /// apart and never grow the heap), plus `extra`. A failed or unreadable run throws what it printed.
  static func probe(_ extra: [String: String] = [:]) throws -> Report {
    var environment = ProcessInfo.processInfo.environment
    for name in environment.keys where name.hasPrefix("MALLOC_") || ProcessAllocator.userSettings.contains(name) {
      environment[name] = nil
    }
    environment.merge(extra) { $1 }
    let probe = try ChildProcess.product("cronica-allocator-probe")
    let result = try ExternalTool.run(probe, [], environment: environment, seconds: 60)
    var fields: [String: String] = [:]
    for field in result.stdout.split(whereSeparator: \.isWhitespace) {
      let parts = field.split(separator: "=", maxSplits: 1)
      if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
    }
    guard result.status == 0, let configured = fields["configured"].flatMap(Bool.init),
      let growth = fields["growth"].flatMap(Int.init), let kept = fields["kept"].flatMap(Int.init),
      let trimmed = fields["trimmed"].flatMap(Int.init)
    else {
      throw HostileError(
        "cronica-allocator-probe exited with status \(result.status); stdout: \(result.stdout) stderr: \(result.stderr)")
    }
    return Report(configured: configured, growth: growth, kept: kept, trimmed: trimmed)
  }

  /// The heap grows by the whole pad at once, `free` keeps the pad as the heap's free top, and
  /// `releaseFreeMemory()` gives it back. glibc's own pad (128 KiB) grows it by well under 1 MiB.
  @Test func thePadGrowsTheHeapInOneStepAndTrimmingGivesItBack() throws {
    let report = try Self.probe()
    #expect(report.configured)
    #expect(report.growth >= ProcessAllocator.topPad)
    #expect(report.growth < ProcessAllocator.topPad + (1 << 20))
    #expect(report.kept >= ProcessAllocator.topPad)
    #expect(report.trimmed < 64 << 10)
  }

  /// A user's own setting through either variable stands: configure() stands back, and the heap
  /// grows by their 16 MiB pad, neither ours nor glibc's default.
  @Test(arguments: [
    ["MALLOC_TOP_PAD_": "16777216"], ["GLIBC_TUNABLES": "glibc.malloc.top_pad=16777216"],
  ])
  func aUserSettingStandsInsteadOfThePad(_ setting: [String: String]) throws {
    let report = try Self.probe(setting)
    #expect(!report.configured)
    #expect(report.growth >= 16 << 20)
    #expect(report.growth < (16 << 20) + (1 << 20))
    #expect(report.trimmed < 64 << 10)
  }
}
