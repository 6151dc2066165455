"""Team devices from the console: start, join, the queue, auto-accept, revoke, cards, resume."""

from __future__ import annotations

import asyncio
import datetime as dt
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tabletop.core.engine.team_view import submission_key
from tabletop.gui import open_window
from tabletop.gui.console_window import ConsoleWindow
from tabletop.gui.team_link import TeamDevices
from tabletop.teamnet.codes import DeviceSettings
from tests.support.devices import LoopThread, SimDevice

TEAM_CARDS = Path(__file__).resolve().parents[1] / "data" / "decks" / "team-cards.yaml"


@pytest.fixture
def loop() -> Iterator[LoopThread]:
    thread = LoopThread()
    yield thread
    thread.close()


def _console(qtbot: QtBot, argv: list[str]) -> ConsoleWindow:
    window = open_window(argv)
    assert isinstance(window, ConsoleWindow)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def console(qtbot: QtBot, session_path: Path) -> ConsoleWindow:
    return _console(qtbot, ["run", str(TEAM_CARDS), "--session", str(session_path)])


def _started(console: ConsoleWindow) -> TeamDevices:
    devices = console.team_console.ensure()
    assert devices.start("127.0.0.1") == ""
    assert devices.running and devices.port > 0
    return devices


def _device(loop: LoopThread, devices: TeamDevices, team: str) -> SimDevice:
    device = SimDevice(f"http://127.0.0.1:{devices.port}", devices.settings.codes[team])
    loop.run(device.open())
    loop.run(asyncio.wait_for(device.connected.wait(), 10))
    return device


def test_a_submission_waits_in_the_queue_and_is_recorded_once_accepted(
    qtbot: QtBot, console: ConsoleWindow, loop: LoopThread
) -> None:
    console.controller.deliver_next()
    devices = _started(console)
    nato = _device(loop, devices, "nato")
    body = {"kind": "message", "channel": "cable-commission", "text": "Send the divers"}
    sent = loop.run(nato.submit(body))
    assert sent.acknowledged
    panel = console.team_console.panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 1, timeout=5000)
    assert console.team_console.dock is not None and console.team_console.dock.isVisible()
    assert panel.list.topLevelItem(0).text(3) == "Send the divers"
    qtbot.waitUntil(lambda: [p["key"] for p in nato.pending] == [sent.key], timeout=5000)
    # a retry of the same key changes nothing
    loop.run(nato.post(sent))
    qtbot.wait(100)
    assert len(devices.waiting()) == 1
    assert panel.accept_selected()
    decision = console.controller.state.decision_list[-1]
    assert decision.source == "device"
    assert decision.submission == submission_key("nato", sent.key)
    qtbot.waitUntil(lambda: sent.recorded_as == decision.id, timeout=5000)
    assert nato.pending == [] and panel.list.topLevelItemCount() == 0
    loop.run(nato.close())


def test_edit_then_accept_and_return_with_a_note(
    qtbot: QtBot, console: ConsoleWindow, loop: LoopThread, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tabletop.gui.submissions_queue import EditSubmissionDialog, ReturnDialog

    console.controller.deliver_next()
    devices = _started(console)
    russia = _device(loop, devices, "russia")
    first = loop.run(russia.submit({"kind": "action", "text": "Move the columns"}))
    second = loop.run(russia.submit({"kind": "action", "text": "Launch everything"}))
    panel = console.team_console.panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 2, timeout=5000)

    def edited(dialog: EditSubmissionDialog) -> QDialog.DialogCode:
        dialog.text.setPlainText("Move the columns back to barracks")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EditSubmissionDialog, "exec", edited)
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    assert panel.edit_selected()
    assert console.controller.state.decision_list[-1].text == "Move the columns back to barracks"

    def note(dialog: ReturnDialog) -> QDialog.DialogCode:
        dialog.edit.setPlainText("Not within the scenario: rethink")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReturnDialog, "exec", note)
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    assert panel.return_selected()
    qtbot.waitUntil(
        lambda: bool(russia.view and russia.view["returned"]) and first.recorded_as != "",
        timeout=5000,
    )
    assert russia.view is not None
    assert russia.view["returned"] == [
        {"key": second.key, "text": "Launch everything", "note": "Not within the scenario: rethink"}
    ]
    assert len(console.controller.state.decision_list) == 1
    loop.run(russia.close())


def test_auto_accept_records_messages_but_actions_wait(
    qtbot: QtBot, console: ConsoleWindow, loop: LoopThread
) -> None:
    console.controller.deliver_next()
    devices = _started(console)
    panel = console.team_console.panel
    assert panel is not None
    panel.auto_accept.setChecked(True)
    assert DeviceSettings.from_meta(console.controller.session.file.meta).auto_accept
    nato = _device(loop, devices, "nato")
    message = loop.run(
        nato.submit({"kind": "message", "channel": "cable-commission", "text": "Divers"})
    )
    action = loop.run(nato.submit({"kind": "action", "text": "Close the strait"}))
    qtbot.waitUntil(lambda: message.recorded_as != "", timeout=5000)
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 1, timeout=5000)
    assert action.recorded_as == ""
    loop.run(nato.close())


def test_revoking_a_team_closes_its_devices_and_its_old_code(
    qtbot: QtBot, console: ConsoleWindow, loop: LoopThread
) -> None:
    devices = _started(console)
    dialog = console.team_console.show_dialog()
    us = _device(loop, devices, "us")
    qtbot.waitUntil(lambda: "1 device connected" in dialog.rows[1].devices.text(), timeout=5000)
    old = devices.settings.codes["us"]
    dialog.revoke("us")
    assert devices.settings.codes["us"] != old
    qtbot.waitUntil(lambda: us.final == "revoked", timeout=5000)
    status, _ = loop.run(us.fetch_view())
    assert status == 404
    assert DeviceSettings.from_meta(console.controller.session.file.meta).codes["us"] != old
    assert devices.settings.codes["us"] in dialog.rows[1].url.text()
    loop.run(us.close())


def test_join_cards_print_one_page_per_team_with_its_address(
    qtbot: QtBot, console: ConsoleWindow, tmp_path: Path
) -> None:
    devices = _started(console)
    dialog = console.team_console.show_dialog()
    target = tmp_path / "cards.pdf"
    assert dialog.write_join_cards(target) == ""
    pages = [page.extract_text() for page in PdfReader(target).pages]
    assert len(pages) == 3
    for page, team in zip(pages, ("nato", "us", "russia"), strict=True):
        assert devices.settings.codes[team] in page
        assert console.controller.state.team_name(team) in page
    subprocess.run(["qpdf", "--check", str(target)], check=True, capture_output=True)
    assert dialog.rows[2].handouts.isEnabled()  # the Russian team has a team-only card


def test_devices_come_back_on_the_same_port_after_the_session_is_reopened(
    qtbot: QtBot, console: ConsoleWindow, session_path: Path, loop: LoopThread
) -> None:
    devices = _started(console)
    port, codes = devices.port, dict(devices.settings.codes)
    nato = _device(loop, devices, "nato")
    console.close()
    qtbot.waitUntil(lambda: not nato.connected.is_set(), timeout=5000)
    again = _console(qtbot, ["resume", str(session_path)])
    qtbot.waitUntil(
        lambda: again.team_console.devices is not None and again.team_console.devices.running,
        timeout=5000,
    )
    restored = again.team_console.devices
    assert restored is not None and restored.port == port and restored.settings.codes == codes
    # the device reconnects by itself with the code it had
    qtbot.waitUntil(nato.connected.is_set, timeout=10000)
    loop.run(nato.close())


def test_after_the_end_devices_are_told_and_refused(
    qtbot: QtBot, console: ConsoleWindow, loop: LoopThread
) -> None:
    devices = _started(console)
    russia = _device(loop, devices, "russia")
    assert console.controller.end()
    qtbot.waitUntil(lambda: russia.final == "ended", timeout=5000)
    status, _ = loop.run(russia.fetch_view())
    assert status == 410
    loop.run(russia.close())


def test_the_projector_can_be_held_blank(qtbot: QtBot, console: ConsoleWindow) -> None:
    console.actions_.projector.trigger()
    console.controller.deliver_next()
    projector = console.projector
    assert "Data cable severed" in projector.visible_text()
    console.actions_.projector_hold.trigger()
    assert projector.held and "Data cable severed" not in projector.visible_text()
    assert not projector.title.isVisible() and not projector.narrative.isVisible()
    console.actions_.projector_hold.trigger()
    assert not projector.held and projector.title.isVisible()


def test_join_cards_printed_from_the_console_are_in_the_session_s_language(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A class played in Vietnamese gets Vietnamese join cards, whatever the interface's
    language is."""
    from tabletop.core.engine.session import SessionSetup
    from tabletop.gui import navigation

    deck = Path(__file__).resolve().parents[2] / "injects" / "intro.yaml"
    session = navigation.start_session(
        deck, SessionSetup(language="vi"), session_path=tmp_path / "vi.tabletop"
    )
    console = navigation.open_console(session)
    qtbot.addWidget(console)
    assert console.controller.state.language == "vi"
    devices = console.team_console.ensure()
    assert devices.start("127.0.0.1") == ""
    dialog = console.team_console.show_dialog()
    target = tmp_path / "cards.pdf"
    assert dialog.write_join_cards(target) == ""
    text = PdfReader(target).pages[0].extract_text()
    assert "Quét mã" in text and "Scan the code" not in text


def test_the_clock_s_ticks_recompute_the_views_only_when_a_message_arrives(
    qtbot: QtBot, console: ConsoleWindow, loop: LoopThread, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tabletop.gui.team_link as team_link

    controller = console.controller
    controller.deliver_next()
    devices = _started(console)
    russia = _device(loop, devices, "russia")
    session = controller.session
    now = [session.clock()]
    monkeypatch.setattr(session, "clock", lambda: now[0])
    assert controller.record_decision(
        "nato", "Divers on their way", kind="message", channel="cable-commission"
    )
    nato = _device(loop, devices, "nato")
    qtbot.waitUntil(  # the sender's devices show it sent
        lambda: (
            [d["text"] for d in (nato.view or {}).get("decisions") or ()] == ["Divers on their way"]
        ),
        timeout=5000,
    )
    computed: list[int] = []
    real = team_link.all_views
    monkeypatch.setattr(team_link, "all_views", lambda *a, **k: computed.append(1) or real(*a, **k))
    # the message takes 30 story minutes; a class's clock runs at the deck's pace
    for _ in range(5):
        now[0] += dt.timedelta(seconds=1)
        controller.tick.emit()
    assert computed == [], "views were computed again with nothing new to show"
    inbox = [m["text"] for m in (russia.view or {}).get("inbox") or ()]
    assert "Divers on their way" not in inbox
    now[0] += dt.timedelta(hours=3)  # well past its arrival, whatever the pace
    controller.tick.emit()
    assert computed == [1]
    qtbot.waitUntil(
        lambda: (
            "Divers on their way" in [m["text"] for m in (russia.view or {}).get("inbox") or ()]
        ),
        timeout=5000,
    )
    controller.tick.emit()  # arrived and shown: nothing more to do
    assert computed == [1]


def test_undoing_an_accepted_or_returned_submission_puts_it_back_in_the_queue(
    qtbot: QtBot, console: ConsoleWindow, loop: LoopThread, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+Z right after accepting (or returning) a team's submission takes back the
    facilitator's choice, not the team's decision: it waits in the queue again, and the
    team's page shows it waiting, instead of its vanishing from both."""
    from tabletop.gui.submissions_queue import ReturnDialog

    console.controller.deliver_next()
    devices = _started(console)
    russia = _device(loop, devices, "russia")
    sent = loop.run(russia.submit({"kind": "action", "text": "Move the columns"}))
    panel = console.team_console.panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 1, timeout=5000)
    assert panel.accept_selected()
    qtbot.waitUntil(lambda: sent.recorded_as != "", timeout=5000)

    assert console.controller.undo_last()
    assert console.controller.state.active_decisions() == []
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 1, timeout=5000)
    assert panel.list.topLevelItem(0).text(3) == "Move the columns"
    qtbot.waitUntil(lambda: [p["key"] for p in russia.pending] == [sent.key], timeout=5000)

    monkeypatch.setattr(
        ReturnDialog,
        "exec",
        lambda dialog: (dialog.edit.setPlainText("Which units?"), QDialog.DialogCode.Accepted)[1],
    )
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    assert panel.return_selected()
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 0, timeout=5000)
    assert console.controller.undo_last()
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: [p["key"] for p in russia.pending] == [sent.key], timeout=5000)
    assert panel.accept_selected()
    qtbot.waitUntil(lambda: sent.recorded_as != "", timeout=5000)
    assert [d.text for d in console.controller.state.active_decisions()] == ["Move the columns"]
    loop.run(russia.close())


def test_closing_the_console_closes_its_team_devices_window(
    qtbot: QtBot, console: ConsoleWindow
) -> None:
    """After Ctrl+W the Team devices window of the closed session must not stay on screen
    saying "On: listening on port …" and offering its join cards: nothing serves them."""
    devices = _started(console)
    dialog = console.team_console.show_dialog()
    qtbot.waitExposed(dialog)
    console.close()
    assert not devices.running
    assert not dialog.isVisible()


def test_an_acceptance_undone_after_the_session_is_reopened_puts_the_submission_back(
    qtbot: QtBot, console: ConsoleWindow, session_path: Path, loop: LoopThread
) -> None:
    """The console that accepted the submission is gone: the submission comes back as the
    session file recorded it."""
    console.controller.deliver_next()
    devices = _started(console)
    russia = _device(loop, devices, "russia")
    sent = loop.run(
        russia.submit({"kind": "action", "text": "Move the columns", "tags": ["north"]})
    )
    panel = console.team_console.panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 1, timeout=5000)
    assert panel.accept_selected()
    console.close()
    again = _console(qtbot, ["resume", str(session_path)])
    qtbot.waitUntil(
        lambda: again.team_console.devices is not None and again.team_console.devices.running,
        timeout=5000,
    )
    controller = again.controller
    while controller.state.active_decisions():
        assert controller.undo_last()
    restored = again.team_console.devices
    assert restored is not None
    back = restored.waiting()
    assert [(s.team, s.key, s.kind, s.text, s.tags) for s in back] == [
        ("russia", sent.key, "action", "Move the columns", ("north",))
    ]
    qtbot.waitUntil(russia.connected.is_set, timeout=10000)
    qtbot.waitUntil(lambda: [p["key"] for p in russia.pending] == [sent.key], timeout=5000)
    loop.run(russia.close())


def test_a_team_without_team_only_cards_is_told_why_it_has_no_handouts(
    qtbot: QtBot, minimal_deck_path: Path, tmp_path: Path
) -> None:
    console = _console(
        qtbot, ["run", str(minimal_deck_path), "--session", str(tmp_path / "m.tabletop")]
    )
    dialog = console.team_console.show_dialog()
    assert dialog.rows and not any(row.handouts.isEnabled() for row in dialog.rows)
    assert all("no team-only cards" in row.handouts.toolTip() for row in dialog.rows)
