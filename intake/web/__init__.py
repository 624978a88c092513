"""The web layer: the only part of `intake` that imports FastAPI."""
