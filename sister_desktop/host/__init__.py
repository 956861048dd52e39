"""What every process of the program sets up before its first await: the language, the Qt
application where one is needed, the translators, the loop, the CPU worker pool and the
collector. An entry point (the window, the command line, the screenshots, the benchmarks) calls
it; nothing below the entry points imports it."""
