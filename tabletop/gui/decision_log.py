"""The decision log: every decision and message with its outcome; amend and withdraw.

Each decision is one row of two lines: its text, then its scenario time, kind,
channel, tags and suggested escalation in quieter type, so the text keeps the
room of the table even in a small window.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tabletop.core.engine import Change
from tabletop.core.engine.state import DecisionRecord
from tabletop.gui.decision_log_model import DecisionLogModel
from tabletop.gui.language import translate
from tabletop.gui.models import DETAIL_ROLE
from tabletop.gui.session_controller import SessionController
from tabletop.gui.style import (
    IN_TRANSIT_BADGE,
    NO_CHANNEL_BADGE,
    OUTCOME_BADGES,
    WITHDRAWN_BADGE,
    blend,
)
from tabletop.gui.widgets import BadgeDelegate, ElidedLabel, paint_item_background

# shown as columns; the others are in each row's second line and tooltip
SHOWN_COLUMNS = (0, 2, DecisionLogModel.DECISION_COLUMN, DecisionLogModel.OUTCOME_COLUMN)


class DecisionTextDelegate(QStyledItemDelegate):
    """A decision's text, and under it what it was (time, kind, channel, tags) in quieter type."""

    @staticmethod
    def row_height(font: QFont) -> int:
        return QFontMetrics(font).height() * 2 + 8

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(200, self.row_height(option.font))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        paint_item_background(self, painter, option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        color = option.palette.color(role)
        rect = option.rect.adjusted(4, 3, -4, -3)
        font = QFont(option.font)
        given = index.data(Qt.ItemDataRole.FontRole)
        if isinstance(given, QFont):
            font.setStrikeOut(given.strikeOut())
        metrics = QFontMetrics(font)
        line = metrics.height()
        painter.save()
        painter.setFont(font)
        painter.setPen(color)
        text = str(index.data() or "").replace("\n", " ")
        painter.drawText(
            QRect(rect.x(), rect.y(), rect.width(), line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()),
        )
        small = QFont(option.font)
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.9)
        painter.setFont(small)
        painter.setPen(blend(color, option.palette.color(QPalette.ColorRole.Base)))
        details = str(index.data(DETAIL_ROLE) or "")
        painter.drawText(
            QRect(rect.x(), rect.y() + line + 1, rect.width(), line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(small).elidedText(details, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()


class DecisionLogPanel(QWidget):
    """The table of decisions, newest at the bottom, with Amend and Withdraw."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.model = DecisionLogModel(
            lambda: controller.state if controller.is_open else None, self
        )
        self.model.set_now(controller.scenario_minutes())
        self.table = QTableView(self)
        self.table.setObjectName("decisionLogTable")
        self.table.setAccessibleName(translate("DecisionLogPanel", "Decision log"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(BadgeDelegate(self.table))
        self.text_delegate = DecisionTextDelegate(self.table)
        self.table.setItemDelegateForColumn(DecisionLogModel.DECISION_COLUMN, self.text_delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.table.verticalHeader()
        rows.hide()
        # every row the same height: laying out a long log costs nothing
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(DecisionTextDelegate.row_height(self.table.font()))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(
            DecisionLogModel.DECISION_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        header.setStretchLastSection(False)
        for column in range(self.model.columnCount()):
            self.table.setColumnHidden(column, column not in SHOWN_COLUMNS)
        self.table.doubleClicked.connect(lambda _index: self.amend())
        self.amend_button = QPushButton(translate("DecisionLogPanel", "Amend…"), self)
        self.amend_button.setObjectName("amendDecisionButton")
        self.amend_button.setToolTip(
            translate(
                "DecisionLogPanel", "Correct the selected decision (Enter, or double-click a row)"
            )
        )
        self.amend_button.clicked.connect(self.amend)
        self.withdraw_button = QPushButton(translate("DecisionLogPanel", "Withdraw…"), self)
        self.withdraw_button.setObjectName("withdrawDecisionButton")
        self.withdraw_button.setToolTip(
            translate("DecisionLogPanel", "Withdraw the selected decision (Delete)")
        )
        self.withdraw_button.clicked.connect(self.withdraw)
        withdraw_key = QAction(self.table)
        withdraw_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        withdraw_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        withdraw_key.triggered.connect(self.withdraw)
        self.table.addAction(withdraw_key)
        amend_key = QAction(self.table)
        amend_key.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        amend_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        amend_key.triggered.connect(self.amend)
        self.table.addAction(amend_key)
        self.summary = ElidedLabel(self)
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
        controller.changed.connect(self._follow)
        controller.tick.connect(self._tick)
        self._show_totals()
        self._update_buttons()
        self._size_columns()
        if self.model.rowCount():
            self.table.scrollToBottom()

    def _size_columns(self) -> None:
        metrics = self.table.fontMetrics()
        tags = ["RUSSIA"]
        if self._controller.is_open:
            tags += [team.tag for team in self._controller.state.teams]
        widths = {
            0: "D000*",
            1: "D1 00:00",
            2: max(tags, key=metrics.horizontalAdvance),
            4: "Military-to",
            6: "Esc.",
            7: "Message",
            8: "tags",
        }
        header = self.table.horizontalHeader()
        for column, sample in widths.items():
            # as wide as a typical value, and as the column's name in the interface's language
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            needed = max(
                metrics.horizontalAdvance(sample) + 12,
                header.fontMetrics().horizontalAdvance(title) + 16,
            )
            self.table.setColumnWidth(column, needed)
        # the outcome column as wide as its longest word in the interface's language
        widest = max(
            metrics.horizontalAdvance(badge.label)
            for badge in (
                *OUTCOME_BADGES.values(),
                IN_TRANSIT_BADGE,
                WITHDRAWN_BADGE,
                NO_CHANNEL_BADGE,
            )
        )
        self.table.setColumnWidth(DecisionLogModel.OUTCOME_COLUMN, widest + metrics.height() + 22)

    def _follow(self, change: Change) -> None:
        if not self._controller.is_open:
            return
        before = self.model.rowCount()
        self.model.apply(change)
        self.model.set_now(self._controller.scenario_minutes())
        if self.model.rowCount() > before:
            self.table.scrollToBottom()
        self._show_totals()
        self._update_buttons()

    def _tick(self) -> None:
        if self._controller.is_open:
            self.model.set_now(self._controller.scenario_minutes())

    def _show_totals(self) -> None:
        many = self.model.active
        text = translate("DecisionLogPanel", "%n decision(s)", "", many)
        if self.model.lost:
            many = self.model.lost
            text = translate(
                "DecisionLogPanel", "{decisions}, %n message(s) NOT delivered", "", many
            ).format(decisions=text)
        self.summary.setText(text)

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

        dialog = AmendDialog(decision, self._controller.state, self)
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
            translate("DecisionLogPanel", "Withdraw decision {decision}").format(
                decision=decision.id
            ),
            translate(
                "DecisionLogPanel",
                "Withdraw “{text}”? It stays in the log, marked withdrawn. Reason (optional):",
            ).format(text=decision.text[:80]),
            translate("DecisionLogPanel", "Withdraw"),
            required=False,
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._controller.withdraw_decision(decision.id, dialog.text())
            self.select(decision.id)
