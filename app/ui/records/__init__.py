"""Read-only records: the register of transmissions and the past-term view."""
