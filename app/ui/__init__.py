"""PySide6 widgets, models and dialogs. Talks to app.core only."""
