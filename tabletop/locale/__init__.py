"""The core's message catalogs (gettext .po files, compiled at run time)."""
