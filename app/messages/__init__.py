"""Translated words shared by the GUI and carnet-cli: error messages, passphrase advice."""
