"""The after-action report as an editable Word document (python-docx).

:func:`render_docx` lays out a :class:`~tabletop.core.report.model.ReportModel`
in the HSEEP AAR/IP layout with real headings, tables and the charts as
images. It shares nothing with the PDF renderer but the model.
"""

from tabletop.core.report.docx.document import render_docx

__all__ = ["render_docx"]
