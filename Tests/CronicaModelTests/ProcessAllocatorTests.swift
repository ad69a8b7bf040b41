import CMalloc
import CronicaSystem
import Glibc
import Testing

@Suite("The process's allocator settings")
struct ProcessAllocatorTests {
  /// With the pad, freeing blocks at the top of a heap gives nothing back to the system while
  /// the top stays under the pad; glibc's own 128 KiB pad trims the heap on the last free.
  /// Other tests' threads use other arenas or allocate above these blocks: either way they can
  /// only keep memory in, never take it out, so the check cannot fail by their doing.
  @Test func freedBlocksBelowThePadStayInTheHeap() throws {
    #expect(ProcessAllocator.configure())
    let blockSize = 96 << 10  // under glibc's 128 KiB mmap threshold: taken from the heap
    let blocks = 256  // 24 MiB in all, well under the 64 MiB pad
    var pointers: [UnsafeMutableRawPointer] = []
    pointers.reserveCapacity(blocks)
    for _ in 0..<blocks {
      let pointer = try #require(malloc(blockSize))
      memset(pointer, 1, blockSize)
      pointers.append(pointer)
    }
    let grown = mallinfo2().arena
    for pointer in pointers.reversed() { free(pointer) }
    let afterFree = mallinfo2().arena
    #expect(afterFree + blockSize * blocks / 2 > grown, "the heap gave back \(grown - afterFree) bytes")
  }
}
