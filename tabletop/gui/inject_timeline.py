"""The inject timeline (the MSEL as play goes): delivered, current, next, pending, skipped."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tabletop.core.deck.model import InjectType
from tabletop.gui.language import translate
from tabletop.gui.models import BADGE_ROLE, ID_ROLE, InjectTimelineModel
from tabletop.gui.session_controller import SessionController
from tabletop.gui.style import INJECT_BADGES, Badge, badge_size, blend, inject_type, paint_badge
from tabletop.gui.widgets import paint_item_background


class TimelineDelegate(QStyledItemDelegate):
    """An inject as two lines: its title, then its status badge, scenario time and phase."""

    def __init__(self, model: InjectTimelineModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = model

    def row_height(self, font: QFont) -> int:
        metrics = QFontMetrics(font)
        return metrics.height() + badge_size(INJECT_BADGES["delivered"], font).height() + 8

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
        row = index.row()
        inject = self._model.inject_at(row)
        badge = self._model.index(row, 1).data(BADGE_ROLE)
        if inject is None or not isinstance(badge, Badge):
            return
        number = self._model.index(row, 0).data()
        when = self._model.index(row, 2).data()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        color = option.palette.color(role)
        rect = option.rect.adjusted(6, 3, -6, -3)
        font = QFont(option.font)
        font.setBold(badge in (INJECT_BADGES["current"], INJECT_BADGES["next"]))
        metrics = QFontMetrics(font)
        title = f"{number}. {inject.title}" if number else inject.title
        painter.save()
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(
            QRect(rect.x(), rect.y(), rect.width(), metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        size = badge_size(badge, option.font)
        badge_rect = QRect(rect.x(), rect.y() + metrics.height() + 2, size.width(), size.height())
        paint_badge(painter, badge_rect, badge, option.palette, QFont(option.font))
        bits = [b for b in (when, inject.phase) if b]
        if inject.type is not InjectType.STANDARD:
            bits.append(inject_type(inject.type))
        painter.setFont(option.font)
        painter.setPen(blend(color, option.palette.color(QPalette.ColorRole.Base)))
        details = QRect(
            badge_rect.right() + 6,
            badge_rect.y(),
            rect.right() - badge_rect.right() - 6,
            badge_rect.height(),
        )
        painter.drawText(
            details,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(
                " · ".join(bits), Qt.TextElideMode.ElideRight, details.width()
            ),
        )
        painter.restore()


class InjectTimeline(QWidget):
    """Every inject of the deck with its status; the branch-selected next one is marked.

    Double-click (or the context menu) on an inject not yet played offers to
    deliver or skip it.
    """

    deliver_requested = Signal(str)  # inject id
    skip_requested = Signal(str)

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.model = InjectTimelineModel(
            lambda: controller.state if controller.is_open else None,
            lambda: controller.next_inject() if controller.is_open else None,
            self,
        )
        self.table = QTableView(self)
        self.table.setObjectName("injectTimeline")
        self.table.setAccessibleName(translate("InjectTimeline", "Inject timeline"))
        self.table.setModel(self.model)
        self.delegate = TimelineDelegate(self.model, self.table)
        self.table.setItemDelegateForColumn(3, self.delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.doubleClicked.connect(lambda index: self._offer(index.row()))
        # one column drawn as two lines reads better in a narrow panel than four columns
        for column in (0, 1, 2):
            self.table.setColumnHidden(column, True)
        header = self.table.horizontalHeader()
        header.hide()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.delegate.row_height(self.table.font()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        controller.injects_changed.connect(self.refresh)
        controller.session_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        if not self._controller.is_open:
            return
        self.model.refresh()
        state = self._controller.state
        focus = state.current or self._controller.next_inject().inject
        row = self.model.row_of(focus)
        if row >= 0:
            self.table.scrollTo(
                self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible
            )

    def status_of(self, inject_id: str) -> str:
        """The status word shown for an inject (Delivered, Current, Next, Pending, Skipped)."""
        row = self.model.row_of(inject_id)
        return str(self.model.index(row, 1).data()) if row >= 0 else ""

    def _pending(self, row: int) -> str:
        inject = self.model.inject_at(row)
        if inject is None or self._controller.state.passed(inject.id) or self._controller.ended:
            return ""
        return inject.id

    def _offer(self, row: int) -> None:
        inject_id = self._pending(row)
        if inject_id:
            self.deliver_requested.emit(inject_id)

    def _menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        inject_id = self._pending(index.row()) if index.isValid() else ""
        if not inject_id:
            return
        menu = QMenu(self)
        deliver = menu.addAction(translate("InjectTimeline", "Deliver this inject now…"))
        skip = menu.addAction(translate("InjectTimeline", "Skip this inject…"))
        chosen = menu.exec(self.table.viewport().mapToGlobal(point))
        if chosen is deliver:
            self.deliver_requested.emit(str(index.data(ID_ROLE)))
        elif chosen is skip:
            self.skip_requested.emit(str(index.data(ID_ROLE)))
