"""Review's pure domain: organisation directory, route table, case state machine."""
