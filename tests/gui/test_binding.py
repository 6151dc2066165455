"""The Qt binding in use can be trusted with a three-hour class."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel

from tabletop.gui.app import binding_problem


def test_the_qt_binding_keeps_none_alive() -> None:
    assert binding_problem() == ""


def test_many_calls_do_not_wear_out_none() -> None:
    """A class session makes hundreds of thousands of such calls (clocks tick every second)."""
    label = QLabel()
    before = sys.getrefcount(None)
    for second in range(20_000):
        label.setText(str(second))
    assert sys.getrefcount(None) >= before - 100
