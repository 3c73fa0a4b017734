// Linked only with mimalloc (SECACTION_MIMALLOC): asks it for 2 MiB pages.
//
// Why: a short run (one answer file) touches about 1.5 MB of fresh heap, and each 4 KiB page of it
// costs a page fault. In a virtual machine a fault can cost 10 µs or more (measured: 11 µs on the
// 2-core machine of docs/PERFORMANCE.md, "Start-up on a machine with costly page faults"), which
// made faults half of `diagnose FILE`. With large pages (transparent huge pages, which Debian
// allows on request: madvise) the heap faults in 2 MiB at a time: 450 faults become about 190 and
// the run about 2.5 ms shorter there. A batch reuses its heap and is not affected.
//
// A MIMALLOC_LARGE_OS_PAGES set by the user wins (mimalloc reads it itself).
#include <cstdlib>

#include <mimalloc.h>

namespace {

// Priority 101: before the program's own static objects allocate their first segment.
__attribute__((constructor(101))) void prefer_large_os_pages() {
  if (std::getenv("MIMALLOC_LARGE_OS_PAGES") == nullptr) mi_option_enable(mi_option_large_os_pages);
}

} // namespace
