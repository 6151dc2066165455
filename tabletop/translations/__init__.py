"""The interface's Qt catalogs (.ts) and their compiled form (.qm); see docs/translating.md."""
