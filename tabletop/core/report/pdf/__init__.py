"""The after-action report as a PDF (reportlab): one renderer of the report model.

:func:`render_report` lays out a :class:`~tabletop.core.report.model.ReportModel`;
it shares nothing with the DOCX renderer but the model.
"""

from tabletop.core.report.pdf.document import (
    PAPERS,
    Progress,
    RenderCancelled,
    ReportRenderer,
    render_report,
)

__all__ = ["PAPERS", "Progress", "RenderCancelled", "ReportRenderer", "render_report"]
