"""The escalation meter: the ladder, the adjudicated level, what each team believes, thresholds.

The meter is drawn as a ladder, highest rung at the top. Rungs up to the
adjudicated level are filled (green to red), the current rung is marked "now",
thresholds are dashed lines with their names, and each team's tag sits on the
rung it *believes* the other side has reached — apart from the real level when
misperception has crept in. Clicking a rung adjudicates that level.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tabletop.core.deck.model import Ladder
from tabletop.core.engine import Change
from tabletop.gui.escalation_tally import SuggestionTally
from tabletop.gui.language import translate
from tabletop.gui.session_controller import SessionController
from tabletop.gui.style import ink, level_color, scaled_font

LEFT = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft


@dataclass(frozen=True)
class Belief:
    team: str
    tag: str
    level: int


class EscalationMeter(QWidget):
    """The ladder drawn as a meter; emits :attr:`level_chosen` when a rung is clicked."""

    level_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("escalationMeter")
        self.setAccessibleName(translate("EscalationMeter", "Escalation meter"))
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._ladder: Ladder | None = None
        self._level = 0
        self._beliefs: list[Belief] = []
        self._hover: int | None = None
        self._enabled_clicks = True
        self._cut: list[str] = []
        self._shown: dict[int, list[tuple[str, float]]] = {}

    # -- data ------------------------------------------------------------------------

    @property
    def level(self) -> int:
        return self._level

    @property
    def beliefs(self) -> list[Belief]:
        return list(self._beliefs)

    def set_state(
        self, ladder: Ladder, level: int, beliefs: list[Belief], clickable: bool = True
    ) -> None:
        if (ladder, level, beliefs, clickable) == (
            self._ladder,
            self._level,
            self._beliefs,
            self._enabled_clicks,
        ):
            return  # nothing to redraw
        self._ladder = ladder
        self._level = level
        self._beliefs = beliefs
        self._enabled_clicks = clickable
        name = ladder.name_of(level)
        described = [
            translate("EscalationMeter", "Escalation level {level} of {highest}: {name}.").format(
                level=level, highest=ladder.highest, name=name
            )
        ]
        for belief in beliefs:
            described.append(
                translate(
                    "EscalationMeter", "{team} believes the other side is at {level}."
                ).format(team=belief.team, level=belief.level)
            )
        self.setAccessibleDescription(" ".join(described))
        self.setToolTip(
            translate("EscalationMeter", "Click a rung to adjudicate that level")
            if clickable
            else ""
        )
        self.update()

    # -- geometry ----------------------------------------------------------------------

    def _rungs(self) -> list[int]:
        if self._ladder is None or not self._ladder.levels:
            return []
        return [rung.level for rung in reversed(self._ladder.levels)]

    def _row_height(self) -> float:
        rungs = self._rungs()
        return self.height() / len(rungs) if rungs else 0.0

    def _rung_at(self, y: float) -> int | None:
        rungs = self._rungs()
        height = self._row_height()
        if not rungs or height <= 0:
            return None
        row = int(y // height)
        return rungs[row] if 0 <= row < len(rungs) else None

    def sizeHint(self) -> QSize:
        rows = max(1, len(self._rungs()))
        return QSize(320, rows * (self.fontMetrics().height() + 8))

    def minimumSizeHint(self) -> QSize:
        rows = max(1, len(self._rungs()))
        return QSize(220, rows * (self.fontMetrics().height() + 2))

    # -- interaction ---------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        rung = self._rung_at(event.position().y()) if self._enabled_clicks else None
        if rung != self._hover:
            self._hover = rung
            self.setCursor(
                Qt.CursorShape.PointingHandCursor
                if rung is not None
                else Qt.CursorShape.ArrowCursor
            )
            self.update()

    def leaveEvent(self, event: object) -> None:
        self._hover = None
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() is not Qt.MouseButton.LeftButton or not self._enabled_clicks:
            return
        rung = self._rung_at(event.position().y())
        if rung is not None and rung != self._level:
            self.level_chosen.emit(rung)

    # -- painting -----------------------------------------------------------------------

    def cut_names(self) -> list[str]:
        """The rung names the last paint could not show in full."""
        return list(self._cut)

    def tags_shown(self) -> dict[int, list[tuple[str, float]]]:
        """The tags the last paint drew on each rung, with the x of each one's left edge."""
        return {level: list(tags) for level, tags in self._shown.items()}

    def paintEvent(self, event: QPaintEvent) -> None:
        ladder = self._ladder
        rungs = self._rungs()
        if ladder is None or not rungs:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        height = self._row_height()
        metrics = self.fontMetrics()
        number_width = metrics.horizontalAdvance("10") + 14
        bold = scaled_font(self, 1.0, bold=True)
        small = scaled_font(self, 0.85)
        small.setItalic(True)
        tag_font = scaled_font(self, 0.9, bold=True)
        compact = _compact_tags([b.tag for b in self._beliefs])
        now_mark = translate("EscalationMeter", "◀ now")
        threshold_word = translate("EscalationMeter", "threshold")
        self._cut = []
        self._shown = {}
        for row, level in enumerate(rungs):
            top = row * height
            rung = ladder.get(level)
            box = QRectF(1, top + 1, number_width - 2, height - 2)
            color = level_color(level, ladder.highest)
            current = level == self._level
            if level <= self._level:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
            else:
                painter.setPen(QPen(color, 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(QColor("black") if level <= self._level else text)
            painter.setFont(bold)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(level))
            if current or level == self._hover:
                highlight = QColor(color)
                highlight.setAlpha(70 if current else 30)
                edge = QPen(ink(color.name(), palette), 2)
                painter.setPen(edge if current else Qt.PenStyle.NoPen)
                painter.setBrush(highlight)
                painter.drawRoundedRect(
                    QRectF(number_width + 2, top + 1, self.width() - number_width - 3, height - 2),
                    4,
                    4,
                )
            # the rung's name has the first claim on the row; the teams' tags take what is
            # left, in short form when the full one does not fit
            name_font = bold if current else self.font()
            painter.setFont(name_font)
            name_metrics = painter.fontMetrics()
            name = rung.name if rung else str(level)
            room = self.width() - number_width - 10
            here = [b for b in self._beliefs if b.level == level]
            full = [b.tag for b in here]
            short = [compact[b.tag] for b in here]
            need = name_metrics.horizontalAdvance(name)
            tags = full if need + self._tags_span(full, tag_font) <= room else short
            shown_for = here
            if len(here) > 1 and need + self._tags_span(tags, tag_font) > room:
                # too many teams for their tags: one tag counts them (the legend names them)
                count = len(here)
                tags = [translate("EscalationMeter", "%n team(s)", "", count)]
                shown_for = here[:1]
            tags_width = self._tags_span(tags, tag_font)
            name_rect = QRectF(number_width + 6, top, room - tags_width, height)
            label = name
            if (
                current
                and need + name_metrics.horizontalAdvance(f"  {now_mark}") <= name_rect.width()
            ):
                label = f"{name}  {now_mark}"
            elif need > name_rect.width():
                self._cut.append(name)
            shown = name_metrics.elidedText(
                label, Qt.TextElideMode.ElideRight, round(name_rect.width())
            )
            painter.setPen(text)
            painter.drawText(name_rect, LEFT, shown)
            if rung is not None and rung.threshold:
                danger = ink("#c0392b", palette)
                painter.setPen(QPen(danger, 1.5, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(0, top + 0.75), QPointF(self.width(), top + 0.75))
                used = name_metrics.horizontalAdvance(shown) + 10
                rest = QRectF(name_rect.x() + used, top, name_rect.width() - used, height)
                if rest.width() > metrics.horizontalAdvance(threshold_word) + 8:
                    painter.setFont(small)
                    painter.setPen(danger)
                    painter.drawText(
                        rest,
                        LEFT,
                        painter.fontMetrics().elidedText(
                            translate("EscalationMeter", "threshold: {threshold}").format(
                                threshold=rung.threshold
                            ),
                            Qt.TextElideMode.ElideRight,
                            round(rest.width()),
                        ),
                    )
            self._shown[level] = self._paint_tags(
                painter, shown_for, tags, top, height, tags_width, palette, tag_font
            )
        painter.end()

    @staticmethod
    def _tags_span(tags: list[str], font: QFont) -> int:
        if not tags:
            return 0
        metrics = QFontMetrics(font)
        return sum(metrics.horizontalAdvance(t) + 12 for t in tags) + 4

    def _paint_tags(
        self,
        painter: QPainter,
        beliefs: list[Belief],
        tags: list[str],
        top: float,
        height: float,
        width: int,
        palette: QPalette,
        font: QFont,
    ) -> list[tuple[str, float]]:
        x = self.width() - width + 2
        painter.setFont(font)
        metrics = painter.fontMetrics()
        drawn: list[tuple[str, float]] = []
        for belief, tag in zip(beliefs, tags, strict=True):
            wrong = belief.level != self._level
            tag_width = metrics.horizontalAdvance(tag) + 10
            tag_height = min(height - 4, metrics.height() + 4)
            rect = QRectF(x, top + (height - tag_height) / 2, tag_width, tag_height)
            edge = ink("#b26a00" if wrong else "#1f5fa8", palette)
            style = Qt.PenStyle.DashLine if wrong else Qt.PenStyle.SolidLine
            painter.setPen(QPen(edge, 1.5, style))
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, tag)
            drawn.append((tag, x))
            x += tag_width + 2
        return drawn


def _compact_tags(tags: list[str]) -> dict[str, str]:
    """Each team's tag cut to the shortest beginning that still tells the teams apart; when
    no beginning is shorter than the tags (GROUP1, GROUP2 …), what follows the beginning
    they share (1, 2 …)."""
    short = _shortest_beginnings(tags)
    if any(len(short[t]) < len(t) for t in tags) or len(set(tags)) < 2:
        return short
    first, last = min(tags), max(tags)  # what these two share, every tag shares
    pairs = enumerate(zip(first, last, strict=False))
    shared = next((i for i, (a, b) in pairs if a != b), len(first))
    rest = {t: t[shared:] for t in tags}
    if all(rest.values()) and len(set(rest.values())) == len(set(tags)):
        return rest
    return short


def _shortest_beginnings(tags: list[str]) -> dict[str, str]:
    for length in range(1, max((len(t) for t in tags), default=1) + 1):
        short = {t: t[:length] for t in tags}
        if len(set(short.values())) == len(set(tags)):
            return short
    return {t: t for t in tags}


class EscalationPanel(QWidget):
    """The meter with the level in words, the teams' beliefs and the adjudication controls."""

    def __init__(
        self,
        controller: SessionController,
        *,
        raise_action: QAction,
        lower_action: QAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.level_label = QLabel(self)
        self.level_label.setObjectName("escalationLevelLabel")
        self.level_label.setFont(scaled_font(self, 1.2, bold=True))
        self.level_label.setWordWrap(True)
        self.meter = EscalationMeter(self)
        self.meter.level_chosen.connect(self._adjudicate)
        self.beliefs_label = QLabel(self)
        self.beliefs_label.setObjectName("beliefsLabel")
        self.beliefs_label.setWordWrap(True)
        self.beliefs_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        controls = QHBoxLayout()
        self.lower_button = QPushButton(translate("EscalationPanel", "Lower"), self)
        self.lower_button.setObjectName("lowerEscalationButton")
        self.lower_button.setToolTip(
            translate("EscalationPanel", "Adjudicate one rung lower (Ctrl+[)")
        )
        self.lower_button.clicked.connect(lower_action.trigger)
        self.raise_button = QPushButton(translate("EscalationPanel", "Raise"), self)
        self.raise_button.setObjectName("raiseEscalationButton")
        self.raise_button.setToolTip(
            translate("EscalationPanel", "Adjudicate one rung higher (Ctrl+])")
        )
        self.raise_button.clicked.connect(raise_action.trigger)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("escalationReasonEdit")
        self.reason.setPlaceholderText(translate("EscalationPanel", "Reason (optional)"))
        self.reason.setAccessibleName(
            translate("EscalationPanel", "Reason for the escalation level")
        )
        controls.addWidget(self.lower_button)
        controls.addWidget(self.raise_button)
        controls.addWidget(self.reason, 1)
        suggestion = QHBoxLayout()
        self.suggestion_label = QLabel(self)
        self.suggestion_label.setObjectName("escalationSuggestion")
        self.suggestion_label.setWordWrap(True)
        self.suggestion_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.apply_button = QPushButton(translate("EscalationPanel", "Apply"), self)
        self.apply_button.setObjectName("applySuggestionButton")
        self.apply_button.clicked.connect(self._apply_suggestion)
        suggestion.addWidget(self.suggestion_label, 1)
        suggestion.addWidget(self.apply_button)
        layout.addWidget(self.level_label)
        layout.addWidget(self.meter, 1)
        layout.addWidget(self.beliefs_label)
        layout.addLayout(suggestion)
        layout.addLayout(controls)
        self.tally = SuggestionTally(controller.state)
        controller.changed.connect(self._follow)
        controller.escalation_changed.connect(self.refresh)
        controller.decisions_changed.connect(self.refresh)
        controller.channels_changed.connect(self.refresh)
        controller.session_changed.connect(self.refresh)
        self.refresh()

    def _follow(self, change: Change) -> None:
        if self._controller.is_open:
            self.tally.follow(change, self._controller.state)

    def step(self, delta: int) -> None:
        """Raise or lower the adjudicated level by ``delta`` rungs."""
        ladder = self._controller.deck.ladder
        self._adjudicate(ladder.clamp(self._controller.state.level + delta))

    def _adjudicate(self, level: int) -> None:
        if self._controller.adjudicate(level, self.reason.text()):
            self.reason.clear()

    def _apply_suggestion(self) -> None:
        total, ids = self.tally.suggestion(self._controller.state)
        if total:
            reason = self.reason.text().strip() or translate(
                "EscalationPanel", "suggested by {decisions}"
            ).format(decisions=", ".join(ids))
            ladder = self._controller.deck.ladder
            if self._controller.adjudicate(
                ladder.clamp(self._controller.state.level + total), reason
            ):
                self.reason.clear()

    def refresh(self) -> None:
        if not self._controller.is_open:
            return
        state = self._controller.state
        ladder = state.deck.ladder
        beliefs = [
            Belief(
                team.name,
                team.tag,
                state.beliefs.get(team.id, state.level),
            )
            for team in state.teams
        ]
        live = not state.ended
        self.meter.set_state(ladder, state.level, beliefs, clickable=live)
        self.level_label.setText(
            translate("EscalationPanel", "Level {level}: {name}").format(
                level=state.level, name=ladder.name_of(state.level)
            )
        )
        upcoming = [r for r in ladder.thresholds if r.level > state.level]
        if upcoming:
            self.level_label.setToolTip(
                translate("EscalationPanel", "Next threshold at {level}: {threshold}").format(
                    level=upcoming[0].level, threshold=upcoming[0].threshold
                )
            )
        parts = []
        legend = []
        for team, belief in zip(state.teams, beliefs, strict=True):
            gap = belief.level - state.level
            parts.append(f"{belief.tag} {belief.level}" + (f" ({gap:+d})" if gap else ""))
            if gap > 0:
                line = translate(
                    "EscalationPanel",
                    "{tag} = {team}: believes the other side is at {level}, %n rung(s) too high",
                    "",
                    gap,
                )
            elif gap < 0:
                many = -gap
                line = translate(
                    "EscalationPanel",
                    "{tag} = {team}: believes the other side is at {level}, %n rung(s) too low",
                    "",
                    many,
                )
            else:
                line = translate(
                    "EscalationPanel", "{tag} = {team}: believes the other side is at {level}"
                )
            legend.append(line.format(tag=belief.tag, team=team.name, level=belief.level))
        self.beliefs_label.setText(
            translate("EscalationPanel", "Believed: {beliefs}").format(beliefs=" · ".join(parts))
        )
        self.beliefs_label.setToolTip("\n".join(legend))
        self.beliefs_label.setAccessibleDescription(". ".join(legend))
        total, ids = self.tally.suggestion(state)
        self.suggestion_label.setText(
            translate(
                "EscalationPanel", "Decisions since the last change suggest {change} ({decisions})"
            ).format(change=f"{total:+d}", decisions=", ".join(ids))
            if total
            else ""
        )
        self.suggestion_label.setVisible(bool(total))
        self.apply_button.setVisible(bool(total) and live)
        self.apply_button.setText(
            translate("EscalationPanel", "Apply {change}").format(change=f"{total:+d}")
        )
        self.lower_button.setEnabled(live and state.level > ladder.lowest)
        self.raise_button.setEnabled(live and state.level < ladder.highest)
        self.reason.setEnabled(live)
