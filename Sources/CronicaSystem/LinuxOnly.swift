// Linux only (docs/DECISIONS.md, 19): this layer calls glibc and reads `/proc/self/exe` and `st_mtim`.
#if !os(Linux)
  #error("Cronica builds and runs on Linux only (see docs/DECISIONS.md, \"Linux only\")")
#endif
