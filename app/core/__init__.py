"""Use cases. No widgets; the GUI, the CLI and the tests go through here."""
