"""Key derivation and key wrapping. No Qt, no database."""
