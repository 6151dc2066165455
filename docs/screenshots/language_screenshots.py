"""A class run end to end in Vietnamese or Russian, with a picture of every screen.

The gray-zone deck is played as a class in Hanoi or Moscow would play it: the
interface in the language (``TABLETOP_LANGUAGE``), the start screen, the
session setup choosing the language of play, the console after two injects
with decisions (one message lost on a merely proposed channel), the
projector full screen, the hot wash, and the after-action report exported
through the save dialog (in the language too). Run under a virtual X display
with a window manager, at 1280×720::

    Xvfb :61 -screen 0 1280x720x24 & DISPLAY=:61 openbox &
    DISPLAY=:61 QT_QPA_PLATFORM=xcb python docs/screenshots/language_screenshots.py vi
    DISPLAY=:61 QT_QPA_PLATFORM=xcb python docs/screenshots/language_screenshots.py ru

It writes start-LANG.png, setup-LANG.png, console-LANG.png, projector-LANG.png and
hotwash-LANG.png here, and the save dialog and the report (export-LANG.png,
report-LANG.pdf) into the folder given as a second argument (default: a new
temporary folder), to be looked at. A private TABLETOP_HOME is used.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CODE = sys.argv[1] if len(sys.argv) > 1 else "vi"
os.environ["TABLETOP_LANGUAGE"] = CODE
os.environ["TABLETOP_HOME"] = tempfile.mkdtemp(prefix="tabletop-shots-")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QDesktopServices, QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget  # noqa: E402

from tabletop.core.deck.library import resolve_deck  # noqa: E402
from tabletop.gui import language, navigation  # noqa: E402
from tabletop.gui.console_window import ConsoleWindow  # noqa: E402
from tabletop.gui.setup_window import SessionSetupWindow  # noqa: E402

# what the facilitator types, in the class's language
TYPED = {
    "vi": {
        "facilitator": "TS. Nguyễn Thị Minh Khai",
        "hotline": "Gọi Moscow qua đường dây nóng: hỏi ai là chủ tàu chở dầu",
        "nato": "Đề nghị một cuộc gọi về sự cố với Bộ Tổng Tham mưu Nga",
        "agree": "Đồng ý khôi phục việc trả lời đường dây nóng quân sự",
        "finland": "Yêu cầu tàu dừng lại và chấp nhận khám xét",
        "russia": "Bác bỏ mọi liên quan tới tàu chở dầu trong một tuyên bố",
        "strength": "Đội Mỹ xem bảng kênh liên lạc trước khi gọi",
        "reason": "các tuyên bố trở nên cứng rắn",
        "draft": "Đề xuất một cuộc điều tra chung về tuyến cáp",
        "supposed": "Các đội dùng kênh liên lạc còn hoạt động trước khi hành động.",
        "happened": "NATO thử một kênh mới chỉ được đề xuất; thông điệp không đến nơi.",
        "improve": "Chưa kiểm tra bảng kênh trước khi gửi",
    },
    "ru": {
        "facilitator": "Алексей Смирнов",
        "hotline": "Позвонить в Москву по горячей линии: выяснить, чей это танкер",
        "nato": "Предложить Генштабу России переговоры по инциденту",
        "agree": "Согласиться снова отвечать по военной горячей линии",
        "finland": "Потребовать, чтобы танкер остановился и принял досмотр",
        "russia": "Заявлением отвергнуть любую связь с танкером",
        "strength": "Команда США сверилась с табло каналов, прежде чем звонить",
        "reason": "заявления стали жёстче",
        "draft": "Предложить совместное расследование повреждения кабеля",
        "supposed": "Команды пользуются работающими каналами, прежде чем действовать.",
        "happened": "НАТО обратилось к каналу, который только предложен; сообщение не дошло.",
        "improve": "Табло каналов не проверили перед отправкой",
    },
}


def settle(ms: int = 500) -> None:
    """Let the X server map, lay out and paint what was just shown."""
    app = QApplication.instance()
    assert app is not None
    done = QTimer()
    done.setSingleShot(True)
    done.start(ms)
    while done.isActive():
        app.processEvents()


def shoot(name: str, out: Path) -> None:
    QGuiApplication.primaryScreen().grabWindow(0).save(str(out / name))
    print(f"wrote {out / name}")


def fill_screen(window: QWidget) -> None:
    window.setGeometry(QGuiApplication.primaryScreen().availableGeometry())
    window.show()
    window.raise_()
    window.activateWindow()
    settle()


def play(console: ConsoleWindow, typed: dict[str, str]) -> None:
    """Two injects: messages over the hotline, one lost on a channel only proposed, an
    agreement to open it, a statement, an observation, a level adjudicated."""
    c = console.controller
    console.next_inject()
    recorder = console.recorder
    for team, channel, text in (
        (2, "hotline", typed["hotline"]),
        (1, "nato-russia-hotline", typed["nato"]),
    ):
        recorder.select_team(team)
        recorder.select_channel(channel)
        recorder.text_edit.setPlainText(text)
        recorder.record()
    c.record_decision("nato", typed["agree"], kind="agree_channel", channel="nato-russia-hotline")
    c.note_observation("strength", typed["strength"], rating="P", objective=c.deck.objectives[0].id)
    console.next_guard.clear()
    console.next_inject()
    c.record_decision("finland", typed["finland"], kind="action", tags=["boarding"])
    c.record_decision("russia", typed["russia"], kind="statement", channel="public", escalation=1)
    c.adjudicate(min(c.state.level + 1, c.deck.ladder.highest), typed["reason"])
    recorder.select_team(3)
    recorder.text_edit.setPlainText(typed["draft"])
    console.banner.dismiss()


def export_report(console: ConsoleWindow, out: Path) -> Path:
    """File → Export after-action report…: the save dialog (pictured), then the PDF."""
    target = out / f"report-{CODE}.pdf"

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(100, answer)
            return
        settle(700)
        shoot(f"export-{CODE}.png", out)
        dialog.selectFile(str(target))
        dialog.accept()

    QTimer.singleShot(300, answer)
    # the report is looked at from the folder, not in whatever viewer the system would start
    QDesktopServices.openUrl = lambda _url: True  # type: ignore[method-assign,assignment]
    console.export_report()
    for _ in range(120):  # the report is built in a worker thread
        settle(500)
        made = [p for p in out.glob("*.pdf") if p.stat().st_size > 0]
        if made:
            target = made[0]
            break
    settle(1500)
    return target


def main() -> int:
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp(prefix="export-"))
    out.mkdir(parents=True, exist_ok=True)
    typed = TYPED[CODE]
    deck = resolve_deck("gray-zone-escalation")

    start = navigation.show_start_screen(preselect=deck)
    fill_screen(start)
    shoot(f"start-{CODE}.png", HERE)

    navigation.open_setup(deck, replacing=start)
    setup = next(w for w in navigation.open_windows() if isinstance(w, SessionSetupWindow))
    assert setup.language_combo.currentData() == CODE, setup.language_combo.currentData()
    setup.facilitator_edit.setText(typed["facilitator"])
    fill_screen(setup)
    shoot(f"setup-{CODE}.png", HERE)
    setup.start()

    console = next(w for w in navigation.open_windows() if isinstance(w, ConsoleWindow))
    play(console, typed)
    fill_screen(console)
    console.log.table.selectRow(1)
    settle()
    shoot(f"console-{CODE}.png", HERE)

    projector = console.projector
    console.actions_.projector.setChecked(True)
    projector.setGeometry(QGuiApplication.primaryScreen().geometry())
    projector.set_full_screen(True)
    settle(800)
    shoot(f"projector-{CODE}.png", HERE)
    console.actions_.projector.setChecked(False)
    settle()

    hotwash = console.show_hotwash()
    hotwash.adders["improvement"].setText(typed["improve"])
    hotwash._add_observation("improvement")
    hotwash.tabs.setCurrentIndex(1)
    hotwash.answers["supposed"].setPlainText(typed["supposed"])
    hotwash.answers["happened"].setPlainText(typed["happened"])
    hotwash.save_answers()
    hotwash.tabs.setCurrentIndex(0)
    fill_screen(hotwash)
    shoot(f"hotwash-{CODE}.png", HERE)
    hotwash.close()

    report = export_report(console, out)
    print(f"wrote {report}" if report.is_file() else f"no report at {report}")
    for window in navigation.open_windows():
        window.close()
    return 0 if report.is_file() else 1


if __name__ == "__main__":
    from tabletop.gui.app import application

    application()
    language.apply()
    sys.exit(main())
