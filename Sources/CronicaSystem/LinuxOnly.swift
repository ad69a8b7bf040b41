// Cronica is Linux-only (docs/DECISIONS.md): this layer calls glibc, reads `/proc/self/exe` and
// Linux's `stat` fields. Elsewhere the build stops here, with the reason, instead of failing later.
#if !os(Linux)
  #error("Cronica builds and runs on Linux only (see docs/DECISIONS.md, \"Linux only\")")
#endif
