"""The exercise format: reading, validating and working with exercise files."""
