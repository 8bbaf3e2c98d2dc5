"""Review's persistence: cases (route, history), accounts, idempotent answers, directory."""
