"""The shell: application set-up, main window, menus, locking, preferences, tasks, errors."""
