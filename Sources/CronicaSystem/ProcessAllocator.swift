import CMalloc
import Glibc

/// The process's malloc settings, made once at the start of `main`, before any thread.
public enum ProcessAllocator {
  /// How much more than asked glibc takes from the system when a heap grows: 64 MiB, glibc's
  /// largest heap of a thread arena (HEAP_MAX_SIZE on 64 bits), so a thread arena's first heap
  /// is made writable whole when it is created instead of a few pages at a time (`mprotect`),
  /// and the main heap grows in large `brk` steps.
  ///
  /// The price: glibc shrinks a thread heap only when its free top exceeds the pad, which a
  /// 64 MiB heap never does, so thread arenas keep everything they ever held, and the main heap
  /// keeps up to 64 MiB of free top. A long-running process gives it back once its big job is
  /// done with `releaseFreeMemory()`. Setting the pad also fixes glibc's mmap threshold at
  /// 128 KiB (no dynamic threshold). Measurements: `docs/performance.md`.
  public static let topPad = 64 << 20

  /// The environment variables through which a user sets glibc's malloc themselves.
  public static let userSettings = ["MALLOC_TOP_PAD_", "GLIBC_TUNABLES"]

  /// Applies the settings unless the user set glibc's own (then theirs stand); true when
  /// glibc took ours.
  @discardableResult
  public static func configure() -> Bool {
    guard userSettings.allSatisfy({ getenv($0) == nil }) else { return false }
    return mallopt(M_TOP_PAD, Int32(topPad)) == 1
  }

  /// Returns the free pages of every arena to the system (`malloc_trim(0)`), which the pad
  /// would otherwise keep for the life of the process.
  public static func releaseFreeMemory() {
    malloc_trim(0)
  }
}
