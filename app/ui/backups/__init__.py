"""The backups page and its dialogs: external backups, checks and restores."""
