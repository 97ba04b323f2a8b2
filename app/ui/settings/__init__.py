"""Settings screens: preferences, templates, security, retention."""
