"""Printed output: the after-action report and inject cards (reportlab).

The after-action report is made in two steps: :func:`build.build_report` turns
a session into a plain :class:`model.ReportModel`, and :mod:`pdf` lays that out.
:func:`export.export_session` does both and writes the file.
"""
