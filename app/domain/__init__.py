"""Plain data types and errors. Standard library only."""
