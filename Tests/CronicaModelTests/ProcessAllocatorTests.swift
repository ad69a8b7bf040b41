import CMalloc
import CronicaSystem
import Glibc
import Testing

/// Each case runs in a forked child: one thread, nothing else allocating, and the process-wide
/// setting dies with it instead of staying on for every later test.
///
/// Only where glibc allocates: CI's AddressSanitizer pass replaces `malloc` and turns `mallopt`
/// into a no-op, so there is no glibc heap to measure (the plain `swift test` runs these).
@Suite("The process's allocator settings", .enabled(if: MallocInUse.isGlibcs))
struct ProcessAllocatorTests {

  /// What a child saw once it had freed the blocks at the top of its heap.
  enum Outcome: Int32 {
    case gaveBack = 0, kept = 1, heapDidNotGrow = 2, unexpectedConfigureAnswer = 3
  }

  @Test func withoutThePadFreedBlocksGoBackToTheSystem() {
    #expect(Self.child { true } == .gaveBack)
  }

  @Test func thePadKeepsFreedBlocksInTheHeap() {
    #expect(Self.child { ProcessAllocator.configure() } == .kept)
  }

  /// glibc read the variable at start-up, so it does nothing here: only configure() standing
  /// back leaves the heap trimmable.
  @Test func aUserSettingStandsInsteadOfThePad() {
    let outcome = Self.child {
      setenv("MALLOC_TOP_PAD_", "131072", 1)
      return !ProcessAllocator.configure()
    }
    #expect(outcome == .gaveBack)
  }

  /// Forks; the child runs `setUp` (false: configure() did not answer as expected), grows its heap by 32 MiB of blocks under glibc's 128 KiB mmap threshold, frees them from
  /// the top down, and exits with whether the heap gave at least half of its growth back.
  static func child(_ setUp: () -> Bool) -> Outcome? {
    _ = ProcessAllocator.topPad  // initialized before the fork, not in the child
    let pid = fork()
    guard pid >= 0 else { return nil }
    if pid == 0 { _exit(measureInChild(setUp).rawValue) }
    var status: Int32 = 0
    for _ in 0..<3000 {  // 30 s
      if waitpid(pid, &status, WNOHANG) == pid {
        return status & 0x7F == 0 ? Outcome(rawValue: (status >> 8) & 0xFF) : nil
      }
      usleep(10_000)
    }
    kill(pid, SIGKILL)
    waitpid(pid, &status, 0)
    return nil
  }

  private static func measureInChild(_ setUp: () -> Bool) -> Outcome {
    guard setUp() else { return .unexpectedConfigureAnswer }
    let blockSize = 96 << 10
    let blocks = (32 << 20) / blockSize
    let pointers = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: blocks)
    // Earlier tests left free holes in this thread's heap: fill those a block fits in (kept until
    // the child exits) until the heap has to grow, so that the measured blocks come from its top.
    let start = mallinfo2().arena
    for _ in 0..<(1 << 14) where mallinfo2().arena == start { _ = malloc(blockSize) }
    let before = mallinfo2().arena
    for index in 0..<blocks {
      pointers[index] = malloc(blockSize)
      if let pointer = pointers[index] { memset(pointer, 1, blockSize) }
    }
    let grown = mallinfo2().arena
    for index in (0..<blocks).reversed() { free(pointers[index]) }
    let afterFree = mallinfo2().arena
    // Blocks that went into earlier free holes are not at the top; half the request must be.
    guard grown >= before + blocks * blockSize / 2 else { return .heapDidNotGrow }
    return grown - afterFree >= (grown - before) / 2 ? .gaveBack : .kept
  }
}

/// Whether `malloc` in this process is glibc's own (not an interposed one such as ASan's).
enum MallocInUse {
  static let isGlibcs: Bool = {
    guard let libc = dlopen("libc.so.6", RTLD_LAZY | RTLD_NOLOAD) else { return false }
    defer { dlclose(libc) }
    return dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc") == dlsym(libc, "malloc")
  }()
}
