"""Code the services share: message contracts, messaging, database plumbing, logging, settings.

Imports no service (held by import-linter).
"""
