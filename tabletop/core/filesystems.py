"""Whether a folder is on a network file system, where SQLite's locking cannot be trusted.

SQLite's documentation warns that file locking on network file systems (NFS, SMB …)
is often broken, so two windows could record into one session at the same time, and
that a flush there may not reach the disk. tabletop still works there; it says so.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# file system types (as the mount table names them) that live on another machine
NETWORK_TYPES = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph",
        "glusterfs", "lustre", "gpfs", "davfs", "webdav", "afpfs", "coda", "ocfs2", "gfs2",
        "fuse.sshfs", "sshfs", "fuse.glusterfs", "fuse.davfs2", "fuse.rclone", "fuse.s3fs",
        "fuse.cephfs",
    }
)  # fmt: skip


def _existing(path: Path) -> str:
    """The real path of ``path`` or of its nearest existing parent."""
    here = Path(os.path.abspath(path))
    while not here.exists() and here != here.parent:
        here = here.parent
    return os.path.realpath(here)


def _under(path: str, mount_point: str) -> bool:
    return path == mount_point or path.startswith(mount_point.rstrip("/") + "/")


def _unescape(field: str) -> str:
    """Mount points in /proc/self/mountinfo write a space as ``\\040`` (octal)."""
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and field[i + 1 : i + 4].isdigit():
            out.append(chr(int(field[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def network_type_linux(path: str, mountinfo: str) -> str:
    """The network file system type holding ``path`` by a Linux mount table, or ""."""
    best, kind = "", ""
    for line in mountinfo.splitlines():
        before, sep, after = line.partition(" - ")
        fields = before.split()
        if not sep or len(fields) < 5 or not after.split():
            continue
        mount_point = _unescape(fields[4])
        if _under(path, mount_point) and len(mount_point) >= len(best):
            best, kind = mount_point, after.split()[0]
    return kind if kind in NETWORK_TYPES else ""


def network_type_mac(path: str, mount_output: str) -> str:
    """The network file system type holding ``path`` by the output of macOS ``mount``."""
    best, kind = "", ""
    for line in mount_output.splitlines():
        _device, sep, rest = line.partition(" on ")
        mount_point, paren, options = rest.rpartition(" (")
        if not sep or not paren:
            continue
        if _under(path, mount_point) and len(mount_point) >= len(best):
            best, kind = mount_point, options.split(",")[0].strip()
    return kind if kind in NETWORK_TYPES else ""


def network_type_windows(path: str) -> str:
    """ "network share" for a UNC path or a mapped network drive, else ""."""
    if path.startswith(("\\\\", "//")):
        return "network share"
    if sys.platform == "win32" and len(path) >= 2 and path[1] == ":":
        import ctypes

        drive_remote = 4
        if ctypes.windll.kernel32.GetDriveTypeW(f"{path[0]}:\\") == drive_remote:  # type: ignore[attr-defined]
            return "network share"
    return ""


def network_filesystem(path: Path) -> str:
    """The kind of network file system ``path`` is on ("" when it is local or unknown)."""
    try:
        where = _existing(Path(path))
        if sys.platform.startswith("linux"):
            with open("/proc/self/mountinfo", encoding="utf-8", errors="replace") as table:
                return network_type_linux(where, table.read())
        if sys.platform == "darwin":
            listing = subprocess.run(
                ["/sbin/mount"], capture_output=True, text=True, timeout=5, check=False
            )
            return network_type_mac(where, listing.stdout)
        if sys.platform == "win32":
            return network_type_windows(where)
    except (OSError, ValueError, subprocess.SubprocessError):
        return ""
    return ""


def network_warning(path: Path) -> str:
    """A plain warning when a session file is on a network folder ("" otherwise)."""
    kind = network_filesystem(path)
    if not kind:
        return ""
    return (
        f"Sessions here are in a network folder ({kind}). File locking there is unreliable: "
        "another computer could open the same session at the same time, and a power cut "
        "may lose the last entries. Keep sessions in a folder on this computer."
    )
