"""Where a session file lives: a flush to the platter on macOS, a warning on a network folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from support.sessions import FakeClock, start_minimal

from tabletop.cli import main
from tabletop.core import filesystems, store
from tabletop.core.engine import Session

MOUNTINFO = """\
22 1 253:0 / / rw,relatime shared:1 - ext4 /dev/vda rw
25 22 0:21 / /proc rw,nosuid,nodev,noexec,relatime shared:12 - proc proc rw
40 22 0:35 / /home/class rw,relatime shared:20 - nfs4 server:/export/class rw,vers=4.2
41 40 0:36 / /home/class/local rw,relatime shared:21 - ext4 /dev/vdb rw
42 22 0:37 / /mnt/share\\040drive rw,relatime shared:22 - cifs //server/share rw
43 22 0:38 / /mnt/ssh rw,relatime shared:23 - fuse.sshfs me@host: rw
"""


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/home/class/sessions/a.tabletop", "nfs4"),
        ("/home/class/local/a.tabletop", ""),
        ("/home/classic/a.tabletop", ""),
        ("/mnt/share drive/a.tabletop", "cifs"),
        ("/mnt/ssh/x/y.tabletop", "fuse.sshfs"),
        ("/tmp/a.tabletop", ""),
    ],
)
def test_the_file_system_of_a_folder_is_read_from_the_mount_table(path: str, kind: str) -> None:
    assert filesystems.network_type_linux(path, MOUNTINFO) == kind


MAC_MOUNT = """\
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
//teacher@nas/class on /Volumes/class (smbfs, nodev, nosuid, mounted by teacher)
nas:/export on /Volumes/nfs share (nfs, asynchronous)
"""


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/Volumes/class/sessions/a.tabletop", "smbfs"),
        ("/Volumes/nfs share/a.tabletop", "nfs"),
        ("/Users/teacher/a.tabletop", ""),
    ],
)
def test_the_mac_mount_list_is_read_too(path: str, kind: str) -> None:
    assert filesystems.network_type_mac(path, MAC_MOUNT) == kind


def test_a_windows_share_is_a_network_folder() -> None:
    assert filesystems.network_type_windows("\\\\server\\class\\a.tabletop") == "network share"
    assert filesystems.network_type_windows("//server/class/a.tabletop") == "network share"


def test_a_local_folder_gives_no_warning(tmp_path: Path) -> None:
    assert filesystems.network_filesystem(tmp_path / "a.tabletop") == ""
    assert filesystems.network_warning(tmp_path / "a.tabletop") == ""


def test_a_network_folder_gives_a_warning_in_plain_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(filesystems, "network_filesystem", lambda path: "nfs4")
    warning = filesystems.network_warning(tmp_path / "a.tabletop")
    assert "network folder (nfs4)" in warning and "locking" in warning


def test_tabletop_sessions_warns_about_a_network_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    start_minimal(tmp_path, FakeClock()).close()
    monkeypatch.setattr(filesystems, "network_filesystem", lambda path: "cifs")
    assert main(["sessions", "--folder", str(tmp_path)]) == 0
    assert "network folder (cifs)" in capsys.readouterr().err


def test_macos_asks_for_a_flush_to_the_platter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    with start_minimal(tmp_path, FakeClock()) as session:
        assert session.file.conn.execute("PRAGMA fullfsync").fetchone()[0] == 1
    with Session.resume(session.path) as again:
        assert again.file.conn.execute("PRAGMA fullfsync").fetchone()[0] == 1
    monkeypatch.setattr(sys, "platform", "linux")
    with Session.resume(session.path) as linux:
        assert linux.file.conn.execute("PRAGMA fullfsync").fetchone()[0] == 0
    assert store.FORMAT_VERSION == 1  # the format is unchanged
