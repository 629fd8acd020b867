"""selfkind: a guided self-compassion coach for the terminal."""

__version__ = "0.1.0"
