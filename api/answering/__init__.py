"""Turning retrieved agenda points into a cited answer, or a refusal."""
