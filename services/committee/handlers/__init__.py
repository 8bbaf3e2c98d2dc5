"""One function per command: load, decide, save, announce."""
