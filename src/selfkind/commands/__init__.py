"""One small Typer app per noun; each only parses, calls and prints."""
