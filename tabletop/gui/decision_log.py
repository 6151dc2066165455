"""The decision log: every decision and message with its outcome; amend and withdraw."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tabletop.core.engine.state import DecisionRecord
from tabletop.gui.models import DecisionLogModel
from tabletop.gui.session_controller import SessionController
from tabletop.gui.widgets import BadgeDelegate


class DecisionLogPanel(QWidget):
    """The table of decisions, newest at the bottom, with Amend and Withdraw."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.model = DecisionLogModel(
            lambda: controller.state if controller.is_open else None, self
        )
        self.table = QTableView(self)
        self.table.setObjectName("decisionLogTable")
        self.table.setAccessibleName("Decision log")
        self.table.setModel(self.model)
        self.table.setItemDelegate(BadgeDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.setColumnHidden(7, True)  # the kind is in each row's tooltip
        self.table.doubleClicked.connect(lambda _index: self.amend())
        self.amend_button = QPushButton("Amend…", self)
        self.amend_button.setObjectName("amendDecisionButton")
        self.amend_button.setToolTip("Correct the selected decision (double-click a row)")
        self.amend_button.clicked.connect(self.amend)
        self.withdraw_button = QPushButton("Withdraw…", self)
        self.withdraw_button.setObjectName("withdrawDecisionButton")
        self.withdraw_button.setToolTip("Withdraw the selected decision (Delete)")
        self.withdraw_button.clicked.connect(self.withdraw)
        withdraw_key = QAction(self.table)
        withdraw_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        withdraw_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        withdraw_key.triggered.connect(self.withdraw)
        self.table.addAction(withdraw_key)
        self.summary = QLabel(self)
        self.summary.setObjectName("decisionLogSummary")
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.amend_button)
        buttons.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        controller.decisions_changed.connect(self.refresh)
        controller.session_changed.connect(self.refresh)
        self.refresh()
        self._size_columns()

    def _size_columns(self) -> None:
        metrics = self.table.fontMetrics()
        widths = {
            0: "D00*",
            1: "D1 00:00",
            2: "RUSSIA",
            4: "Military-to",
            5: "Not delivered",
            6: "Esc.",
        }
        for column, sample in widths.items():
            extra = metrics.height() + 22 if column == DecisionLogModel.OUTCOME_COLUMN else 12
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + extra)

    def refresh(self) -> None:
        if not self._controller.is_open:
            return
        before = self.model.rowCount()
        self.model.refresh()
        after = self.model.rowCount()
        if after > before:
            self.table.scrollToBottom()
        state = self._controller.state
        active = state.active_decisions()
        lost = sum(1 for d in active if d.outcome is not None and not d.outcome.got_through)
        text = f"{len(active)} decision(s)"
        if lost:
            text += f", {lost} message(s) NOT delivered"
        self.summary.setText(text)
        self._update_buttons()

    def selected(self) -> DecisionRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.decision_at(rows[0].row())

    def select(self, decision_id: str) -> None:
        row = self.model.row_of(decision_id)
        if row >= 0:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        decision = self.selected()
        usable = decision is not None and not decision.withdrawn
        self.amend_button.setEnabled(usable)
        self.withdraw_button.setEnabled(usable)

    def amend(self) -> None:
        decision = self.selected()
        if decision is None or decision.withdrawn:
            return
        from tabletop.gui.dialogs import AmendDialog  # loaded when first needed

        dialog = AmendDialog(decision, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        changes = dialog.changes()
        if changes and self._controller.amend_decision(decision.id, **changes):
            self.select(decision.id)

    def withdraw(self) -> None:
        decision = self.selected()
        if decision is None or decision.withdrawn:
            return
        from tabletop.gui.dialogs import ReasonDialog  # loaded when first needed

        dialog = ReasonDialog(
            f"Withdraw decision {decision.id}",
            f"Withdraw “{decision.text[:80]}”? It stays in the log, marked "
            "withdrawn. Reason (optional):",
            "Withdraw",
            required=False,
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._controller.withdraw_decision(decision.id, dialog.text())
            self.select(decision.id)
