"""The settings dialog and its tabs: security, templates and their defaults."""
