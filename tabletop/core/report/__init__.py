"""Printed output: the after-action report and inject cards (reportlab)."""
