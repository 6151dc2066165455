"""The projector window: what the players see, readable from the back of the classroom.

It shows only what has been delivered: the latest public inject's title and
narrative (a team-only card is never projected), the scenario time, the
escalation level and the channel board.
Facilitator notes, questions, expected actions and injects not yet delivered
are never put into any of its widgets. It follows the console live, opens on a
second screen when there is one, and toggles full screen with F11 in the
console (or a double-click on it). It never takes the keyboard from the console.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tabletop.core.deck.model import ChannelStatus
from tabletop.core.engine.team_view import projected_inject
from tabletop.gui.language import translate
from tabletop.gui.placement import fit_on_screen
from tabletop.gui.session_controller import SessionController
from tabletop.gui.style import CHANNEL_BADGES, Badge, clock_font, level_color
from tabletop.gui.widgets import BadgeLabel

_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


class FittedText(QWidget):
    """Text drawn as large as it fits in the widget (up to a maximum size), word-wrapped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._largest = 48
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        self._text = text
        self.setAccessibleDescription(text)
        self.update()

    def set_largest(self, pixels: int) -> None:
        self._largest = max(8, pixels)
        self.update()

    def fitted_size(self) -> int:
        """The largest pixel size at which the whole text fits the widget."""
        low, high = 8, self._largest
        rect = self.rect()
        while low < high:
            middle = (low + high + 1) // 2
            font = QFont(self.font())
            font.setPixelSize(middle)
            needed = QFontMetrics(font).boundingRect(rect, int(_FLAGS), self._text)
            if needed.height() <= rect.height() and needed.width() <= rect.width():
                low = middle
            else:
                high = middle - 1
        return low

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        font = QFont(self.font())
        font.setPixelSize(self.fitted_size())
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(self.rect(), int(_FLAGS), self._text)
        painter.end()

    def sizeHint(self) -> QSize:
        return QSize(600, 300)

    def minimumSizeHint(self) -> QSize:
        return QSize(100, 40)


class ProjectorWindow(QWidget):
    """The players' view, a separate window that follows the console."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        # the players' window never takes the keyboard: F5, F9 and typing stay with the console
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("projectorWindow")
        self.setAccessibleName(translate("ProjectorWindow", "Projector"))
        self._controller = controller
        self.setWindowTitle(
            translate("ProjectorWindow", "Projector — {deck}").format(deck=controller.deck.title)
        )
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        # the type grows with the window, so the content must not set the window's size
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._layout = layout
        self._normal: QRect | None = None  # the window's place before full screen
        top = QHBoxLayout()
        self.clock = QLabel(self)
        self.clock.setObjectName("projectorClock")
        self.clock.setAccessibleName(translate("ProjectorWindow", "Scenario time"))
        self.level_badge = BadgeLabel(None, self)
        self.level_badge.setObjectName("projectorLevel")
        self.level_name = QLabel(self)
        self.level_name.setObjectName("projectorLevelName")
        self.level_name.setAccessibleName(translate("ProjectorWindow", "Escalation level"))
        self.level_name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.clock)
        top.addStretch(1)
        top.addWidget(self.level_name)
        top.addWidget(self.level_badge)
        self.title = QLabel(self)
        self.title.setObjectName("projectorTitle")
        self.title.setAccessibleName(translate("ProjectorWindow", "Inject"))
        self.title.setWordWrap(True)
        self.narrative = FittedText(self)
        self.narrative.setObjectName("projectorNarrative")
        self.narrative.setAccessibleName(translate("ProjectorWindow", "Narrative"))
        self.channels = QWidget(self)
        self.channels.setObjectName("projectorChannels")
        self.channels.setAccessibleName(translate("ProjectorWindow", "Channels"))
        self._channel_grid = QGridLayout(self.channels)
        self._channel_grid.setContentsMargins(0, 0, 0, 0)
        self._channel_badges: dict[str, BadgeLabel] = {}
        self._channel_names: dict[str, QLabel] = {}
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.narrative, 1)
        layout.addWidget(self.channels)
        self._build_channels()
        for signal in (
            controller.injects_changed,
            controller.escalation_changed,
            controller.channels_changed,
            controller.session_changed,
            controller.clock_changed,
        ):
            signal.connect(self.refresh)
        controller.tick.connect(self._tick)
        self.resize(1024, 640)
        self._apply_sizes()
        self.refresh()

    # -- content -----------------------------------------------------------------------

    def _build_channels(self) -> None:
        deck = self._controller.deck
        columns = 3 if len(deck.channels) > 8 else 2
        for number, channel in enumerate(deck.channels):
            row, column = divmod(number, columns)
            badge = BadgeLabel(CHANNEL_BADGES[channel.status], self.channels)
            name = QLabel(channel.name, self.channels)
            name.setWordWrap(True)
            name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self._channel_grid.addWidget(badge, row, column * 2)
            self._channel_grid.addWidget(name, row, column * 2 + 1)
            self._channel_grid.setColumnStretch(column * 2 + 1, 1)
            self._channel_badges[channel.id] = badge
            self._channel_names[channel.id] = name

    def refresh(self) -> None:
        if not self._controller.is_open:
            return
        state = self._controller.state
        deck = state.deck
        self._show_clock()
        ladder = deck.ladder
        self.level_name.setText(
            translate("ProjectorWindow", "Escalation {level}: {name}").format(
                level=state.level, name=ladder.name_of(state.level)
            )
        )
        self.level_badge.set_badge(
            Badge(
                f"{state.level} / {ladder.highest}",
                "dot",
                level_color(state.level, ladder.highest).name(),
            )
        )
        current = projected_inject(state)  # a team-only card is never projected
        if current:
            inject = deck.inject(current)
            self.title.setText(inject.title)
            text = inject.narrative
            if state.ended:
                text += "\n\n" + translate("ProjectorWindow", "The exercise has ended.")
        elif state.ended:
            self.title.setText(deck.title)
            text = translate("ProjectorWindow", "The exercise has ended.")
        else:
            self.title.setText(deck.title)
            text = translate("ProjectorWindow", "The exercise is about to begin.")
        self.narrative.set_text(text)
        self._fit_title()
        for channel_id, badge in self._channel_badges.items():
            channel_state = state.channels.get(channel_id)
            status = channel_state.status if channel_state else ChannelStatus.OPEN
            badge.set_badge(CHANNEL_BADGES[status])
            self._channel_names[channel_id].setAccessibleDescription(CHANNEL_BADGES[status].label)

    def _show_clock(self) -> None:
        now = self._controller.session.scenario_now()
        self.clock.setText(
            translate("ProjectorWindow", "Day {day}  {time}").format(day=now.day, time=now.clock)
        )

    def _tick(self) -> None:
        # only the clock moves between events; the rest is redrawn when something happens
        if self._controller.is_open and self.isVisible():
            self._show_clock()

    def set_held(self, held: bool) -> None:
        """Blank the projector (nothing but a dark screen) or show play again."""
        self._held = held
        for widget in self.findChildren(QWidget):
            if widget.parent() is self:
                widget.setVisible(not held)
        palette = self.palette()
        if held:
            self._palette = QPalette(palette)
            palette.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.black)
            self.setPalette(palette)
        elif hasattr(self, "_palette"):
            self.setPalette(self._palette)
        self.setAccessibleDescription(
            translate("ProjectorWindow", "Held: the screen is blank") if held else ""
        )
        self.update()

    @property
    def held(self) -> bool:
        return getattr(self, "_held", False)

    def visible_text(self) -> str:
        """Every piece of text the projector currently shows (for checks and screen readers)."""
        if self.held:
            return self.windowTitle()
        parts = [self.windowTitle(), self.narrative.text()]
        for label in self.findChildren(QLabel):
            parts.append(label.text())
        for badge in self.findChildren(BadgeLabel):
            parts.append(badge.text())
        return "\n".join(parts)

    # -- type size follows the window ------------------------------------------------

    def _apply_sizes(self) -> None:
        unit = max(10, min(self.height() // 30, self.width() // 48))
        margin = unit
        self._layout.setContentsMargins(margin, margin // 2, margin, margin // 2)
        self._layout.setSpacing(unit // 2)
        clock = clock_font(self, 1.0)
        clock.setPixelSize(round(unit * 1.8))
        self.clock.setFont(clock)
        level = QFont(self.font())
        level.setPixelSize(round(unit * 1.1))
        level.setBold(True)
        self.level_name.setFont(level)
        self.level_badge.setFont(level)
        self.level_badge.updateGeometry()
        self._unit = unit
        self._fit_title()
        self.narrative.set_largest(round(unit * 1.9))
        small = QFont(self.font())
        small.setPixelSize(round(unit * 0.8))
        for channel_id, badge in self._channel_badges.items():
            badge.setFont(small)
            badge.updateGeometry()
            self._channel_names[channel_id].setFont(small)
        self._channel_grid.setHorizontalSpacing(unit // 2)
        self._channel_grid.setVerticalSpacing(max(2, unit // 6))

    def _fit_title(self) -> None:
        """The title as large as it can be in two lines (a long title in a longer language
        would otherwise take the narrative's room), never smaller than 1.2 units."""
        unit = getattr(self, "_unit", 10)
        margins = self._layout.contentsMargins()
        width = max(100, self.width() - margins.left() - margins.right())
        font = QFont(self.font())
        font.setBold(True)
        size = round(unit * 2.0)
        while size > round(unit * 1.2):
            font.setPixelSize(size)
            metrics = QFontMetrics(font)
            needed = metrics.boundingRect(
                QRect(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap), self.title.text()
            )
            if needed.height() <= metrics.lineSpacing() * 2 + 2:
                break
            size -= 1
        font.setPixelSize(size)
        self.title.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()

    # -- screens and full screen -----------------------------------------------------

    def show_on_best_screen(self, console: QWidget | None) -> None:
        """Open full screen on a screen other than the console's, else as a window."""
        here = console.screen() if console is not None else None
        others = [s for s in QGuiApplication.screens() if s is not here]
        if here is not None and others:
            target = others[0]
            self.setScreen(target)
            self.setGeometry(target.availableGeometry())
            self.set_full_screen(True)
        else:
            if console is not None:
                area = console.screen().availableGeometry()
                size = QSize(min(1024, area.width() * 3 // 4), min(640, area.height() * 3 // 4))
                self.setGeometry(
                    QRect(
                        area.center().x() - size.width() // 2,
                        area.center().y() - size.height() // 2,
                        size.width(),
                        size.height(),
                    )
                )
            self.set_full_screen(False)
        self.raise_()

    def set_full_screen(self, on: bool) -> None:
        """Full screen on or off, and shown, without asking for the keyboard.

        (``showFullScreen`` would also ask to activate the window.)
        """
        state = self.windowState()
        if on:
            if not self.isFullScreen():
                self._normal = self.geometry()
            state |= Qt.WindowState.WindowFullScreen
        else:
            state &= ~Qt.WindowState.WindowFullScreen
        was_full = self.isFullScreen()
        self.setWindowState(state)
        if was_full and not on and self._normal is not None:
            # back where it was, never larger than the screen (the type size follows the
            # window, so content laid out full screen must not push the window out)
            self.setGeometry(self._normal)
            fit_on_screen(self)
        self.show()

    def toggle_full_screen(self) -> None:
        self.set_full_screen(not self.isFullScreen())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            # made active anyway (a platform or window manager that ignores the hint):
            # the keyboard goes straight back to the console
            owner = self.parentWidget()
            if owner is not None and owner.isVisible():
                owner.activateWindow()
        return super().event(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.toggle_full_screen()

    def closeEvent(self, event: QCloseEvent) -> None:
        # closing the projector only hides it; the console's View menu brings it back
        self.hide()
        event.ignore()
