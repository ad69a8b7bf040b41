import CMalloc
import CronicaSystem
import Glibc

// Test helper for ProcessAllocatorTests: `cronica-allocator-probe`, a fresh process with one
// thread, so its main heap holds nothing but start-up's blocks (unlike a test process after
// earlier tests). It runs `ProcessAllocator.configure()`, allocates 64 KiB blocks (under glibc's
// 128 KiB mmap threshold, so from the main heap) until the heap grows, frees them, and runs
// `ProcessAllocator.releaseFreeMemory()`. It prints one line:
// `configured=BOOL growth=BYTES kept=BYTES trimmed=BYTES`
// growth: how much the heap took from the system in that one step (about the top pad);
// kept: the free top of the heap once the blocks are freed (what `free` did not give back);
// trimmed: the free top after `releaseFreeMemory()`.
let configured = ProcessAllocator.configure()
let blockSize = 64 << 10
let capacity = 1 << 12
let blocks = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: capacity)
let start = mallinfo2().arena
var count = 0
while count < capacity, mallinfo2().arena == start {
  blocks[count] = malloc(blockSize)
  count += 1
}
let growth = mallinfo2().arena - start
for index in (0..<count).reversed() { free(blocks[index]) }
let kept = mallinfo2().keepcost
ProcessAllocator.releaseFreeMemory()
let trimmed = mallinfo2().keepcost
print("configured=\(configured) growth=\(growth) kept=\(kept) trimmed=\(trimmed)")
