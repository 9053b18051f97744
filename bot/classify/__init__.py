"""Deal-event classification and deal-term extraction (pure: no I/O)."""
