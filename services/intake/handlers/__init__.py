"""One function per command: load, decide, save, emit, commit."""
