"""Session protection: idle lock, system lock signals, clipboard hygiene."""
