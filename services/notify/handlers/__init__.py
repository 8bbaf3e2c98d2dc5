"""Notify's handlers: one async function per command."""
