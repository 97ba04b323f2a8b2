"""Self-contained editing widgets (no vault access)."""
