"""carnet-cli: the same core, scriptable."""
