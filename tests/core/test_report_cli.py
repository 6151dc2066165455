"""``tabletop report`` and the export it runs: files written whole, plain messages, exit codes."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from tabletop.cli import main
from tabletop.core.report.export import ReportError, report_file_name, write_atomically
from tabletop.core.report.sample import play_sample_session, practice_session


@pytest.fixture(scope="module")
def ended(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return play_sample_session(tmp_path_factory.mktemp("ended") / "ended.tabletop")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_report_writes_a_final_pdf(
    ended: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.pdf"
    code, out, err = run(capsys, "report", str(ended), "-o", str(target))
    assert code == 0, err
    assert out.startswith(f"Final after-action report written to {target}")
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert f"({len(reader.pages)} pages, A4)" in out
    assert "FINAL REPORT" in (reader.pages[0].extract_text() or "")


def test_letter_paper(ended: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "letter.pdf"
    code, out, _ = run(capsys, "report", str(ended), "-o", str(target), "--paper", "letter")
    assert code == 0 and "US Letter" in out
    page = PdfReader(str(target)).pages[0]
    assert round(float(page.mediabox.width)) == 612


def test_default_output_is_beside_the_session(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session = play_sample_session(tmp_path / "class.tabletop")
    code, _, _ = run(capsys, "report", str(session))
    assert code == 0
    assert (tmp_path / "class.pdf").is_file()


def test_a_session_open_in_another_window_gives_an_interim_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session, clock = practice_session(tmp_path / "live.tabletop")
    with session:  # still open and locked for recording
        clock.advance(5)
        session.deliver_next()
        session.record_decision("nato", "Convene the Council.")
        code, out, err = run(capsys, "report", str(session.path), "-o", str(tmp_path / "r.pdf"))
    assert code == 0, err
    assert out.startswith("Interim after-action report")
    assert "marked interim" in out
    text = PdfReader(str(tmp_path / "r.pdf")).pages[0].extract_text() or ""
    assert "INTERIM REPORT" in text


def test_an_existing_report_is_replaced_whole_with_force_only(
    ended: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"an older report")
    code, _, err = run(capsys, "report", str(ended), "-o", str(target))
    assert code == 2 and "add --force" in err
    assert target.read_bytes() == b"an older report"
    code, _, _ = run(capsys, "report", str(ended), "-o", str(target), "--force")
    assert code == 0
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]  # no temporary file left


def test_a_failed_write_leaves_the_old_report_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the report printed yesterday")

    def refuse(source: object, destination: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ReportError, match="No space left on device"):
        write_atomically(b"%PDF-new", target)
    assert target.read_bytes() == b"the report printed yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such session file"),
        (b"", "the file is empty"),
        (b"not a database at all" * 10, "not a tabletop session file"),
    ],
)
def test_unreadable_sessions_exit_2_with_a_plain_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, message: str
) -> None:
    source = tmp_path / "broken.tabletop"
    if content is not None:
        source.write_bytes(content)
    code, out, err = run(capsys, "report", str(source), "-o", str(tmp_path / "r.pdf"))
    assert code == 2
    assert message in err
    assert "Traceback" not in err and out == ""
    assert not (tmp_path / "r.pdf").exists()


def test_an_output_that_cannot_be_written_exits_2(
    ended: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "report", str(ended), "-o", str(tmp_path / "nowhere" / "r.pdf"))
    assert code == 2 and "does not exist" in err
    code, _, err = run(capsys, "report", str(ended), "-o", str(tmp_path))
    assert code == 2 and "is a folder" in err
    code, _, err = run(capsys, "report", str(ended), "-o", str(ended))
    assert code == 2 and "the session file itself" in err


def test_unknown_paper_is_a_usage_error(ended: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["report", str(ended), "--paper", "a3"])
    assert stop.value.code == 2
    assert "invalid choice: 'a3'" in capsys.readouterr().err


def test_a_session_with_ignored_entries_is_reported_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session, _clock = practice_session(tmp_path / "odd.tabletop")
    with session:
        session.deliver_next()
        # an entry the session's rules cannot apply, as a damaged or hand-edited file may hold
        session.file.append("decision_recorded", {"team": "nobody", "text": "?"})
    target = tmp_path / "r.pdf"
    code, out, err = run(capsys, "report", str(session.path), "-o", str(target))
    assert code == 1
    assert "written to" in out and target.is_file()
    assert "the session has problems" in err and "entry 3 was ignored" in err
    text = "".join(page.extract_text() or "" for page in PdfReader(str(target)).pages)
    assert "[ignored:" in text


def test_report_file_name_is_safe_for_any_file_system() -> None:
    assert report_file_name("Baltic seminar, group B") == (
        "Baltic-seminar-group-B-after-action-report.pdf"
    )
    assert report_file_name("../../etc/passwd") == "etc-passwd-after-action-report.pdf"
    assert report_file_name("Семинар: Балтика") == "Семинар-Балтика-after-action-report.pdf"
    assert report_file_name("///") == "session-after-action-report.pdf"


def test_a_docx_output_writes_a_word_document_of_the_same_report(
    ended: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import docx

    target = tmp_path / "r.docx"
    code, out, _err = run(capsys, "report", str(ended), "-o", str(target))
    assert code == 0 and "Word document" in out
    document = docx.Document(str(target))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "2. Executive summary" in headings and "Appendix A. Improvement plan" in headings


def test_an_unknown_output_suffix_is_a_usage_error(
    ended: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "report", str(ended), "-o", str(tmp_path / "r.odt"))
    assert code == 2 and ".pdf or .docx" in err
    assert not (tmp_path / "r.odt").exists()


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX permissions")
@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_a_report_gets_the_user_s_usual_permissions(
    ended: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    old = os.umask(0o027)
    try:
        target = tmp_path / f"r{suffix}"
        code, _, _ = run(capsys, "report", str(ended), "-o", str(target))
    finally:
        os.umask(old)
    assert code == 0
    assert target.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("command", ["report", "resume"])
def test_a_folder_given_as_the_session_is_named_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    folder = tmp_path / "week3.tabletop"
    folder.mkdir()
    code, out, err = run(capsys, command, str(folder))
    assert code == 2 and out == ""
    assert "is a folder, not a session file" in err, err
    assert "no such" not in err
