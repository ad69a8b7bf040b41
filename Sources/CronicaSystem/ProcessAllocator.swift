import CMalloc

/// The process's malloc settings, made once at the start of `main`, before any thread.
public enum ProcessAllocator {
  /// How much more than asked glibc takes from the system when a heap grows, and keeps when it
  /// shrinks: 64 MiB, glibc's largest heap of a thread arena (HEAP_MAX_SIZE on 64 bits).
  ///
  /// With glibc's 128 KiB, building a 100k-article folder grew the worker thread's heap with
  /// ~8,600 `mprotect` calls and the main heap with ~375 `brk` calls, and gave memory back only to
  /// touch it again (~105k page faults for 340 MB). With this pad a thread's heap is made writable
  /// whole when it is created (14 `mprotect`, 5 `brk`, ~95k faults), at the price of up to the pad
  /// per arena kept after frees (peak RSS ~340 → ~390 MB there). Pages are only resident once
  /// touched. Setting it also fixes glibc's mmap threshold at 128 KiB (no dynamic threshold).
  public static let topPad = 64 << 20

  /// Applies the settings; true when glibc took them.
  @discardableResult
  public static func configure() -> Bool {
    mallopt(M_TOP_PAD, Int32(topPad)) == 1
  }
}
