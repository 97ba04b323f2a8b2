"""The export wizard: a minimal summary chosen item by item, previewed, written, recorded."""
