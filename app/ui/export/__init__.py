"""The export wizard: a minimal transmission chosen item by item, previewed, written, recorded."""
