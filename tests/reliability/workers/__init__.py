"""Scripts run as real subprocesses by the reliability and vault tests."""
