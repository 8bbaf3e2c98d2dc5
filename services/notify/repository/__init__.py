"""Notify's persistence: notices, contacts, account states."""
