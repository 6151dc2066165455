"""Missing X11 libraries are named, with the command that installs them, before Qt aborts."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tabletop.gui.display_libraries import (
    PACKAGES,
    display_problem,
    install_commands,
    missing_from_ldd,
    missing_libraries,
    uses_xcb,
    xcb_plugin,
)

REPO = Path(__file__).resolve().parents[2]
# what ldd printed for Qt's xcb plugin on a fresh Ubuntu 24.04 desktop
FRESH_UBUNTU = """\
\tlinux-vdso.so.1 (0x00007ffd1c5f2000)
\tlibQt6XcbQpa.so.6 => /venv/lib/python3.12/site-packages/PySide6/Qt/lib/libQt6XcbQpa.so.6
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f0e3c0a0000)
\tlibxcb-icccm.so.4 => not found
"""
UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\nVERSION_ID="24.04"\n'
FEDORA = 'NAME="Fedora Linux"\nID=fedora\nVERSION_ID=41\n'
ARCH = 'NAME="Arch Linux"\nID=arch\n'


def test_ldd_output_gives_each_missing_library_once() -> None:
    assert missing_from_ldd(FRESH_UBUNTU) == [
        "libxcb-cursor.so.0",
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
    ]


@pytest.mark.parametrize(
    ("os_release", "expected"),
    [
        (UBUNTU, ["sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"]),
        (FEDORA, ["sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms"]),
        (
            ARCH,
            [
                "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 "
                "(Debian, Ubuntu)",
                "sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms (Fedora)",
            ],
        ),
    ],
)
def test_the_install_command_fits_the_system(os_release: str, expected: list[str]) -> None:
    assert install_commands(missing_from_ldd(FRESH_UBUNTU), os_release) == expected


def test_every_library_the_real_plugin_needs_from_the_system_has_its_packages() -> None:
    """Each library outside Qt's own folder that the plugin loads is in the table."""
    plugin = xcb_plugin()
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None or not sys.platform.startswith("linux"):
        pytest.skip("needs Linux, ldd and PySide6's xcb plugin")
    output = subprocess.run([ldd, str(plugin)], capture_output=True, text=True).stdout
    system = [
        line.split("=>")[0].strip()
        for line in output.splitlines()
        if "=>" in line and "PySide6" not in line
    ]
    x11 = [name for name in system if name.startswith(("libxcb", "libxkb", "libX", "libEGL"))]
    assert x11, output
    assert [name for name in x11 if name not in PACKAGES] == []


def test_the_probe_agrees_with_ldd_on_this_machine() -> None:
    plugin = xcb_plugin()
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None:
        pytest.skip("needs ldd and PySide6's xcb plugin")
    output = subprocess.run([ldd, str(plugin)], capture_output=True, text=True).stdout
    assert missing_libraries(plugin) == missing_from_ldd(output)


def test_only_an_x11_start_is_checked() -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("X11 is Linux's")
    assert uses_xcb({"DISPLAY": ":0"})
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"})
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen"})
    assert not uses_xcb({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"})
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) == ""


def test_tabletop_names_the_missing_libraries_and_exits_2(tmp_path: Path) -> None:
    """As a user starting 'tabletop' on a system without them: a message, not a Qt abort.

    The system here has the libraries, so the start is made on a plugin that cannot load
    (a PySide6 whose xcb plugin is not a library) with an ldd that reports what a fresh
    Ubuntu reports.
    """
    plugins = tmp_path / "site" / "PySide6" / "Qt" / "plugins" / "platforms"
    plugins.mkdir(parents=True)
    (plugins.parent.parent.parent / "__init__.py").write_text("", encoding="utf-8")
    (plugins / "libqxcb.so").write_bytes(b"not a library")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake_ldd = bin_dir / "ldd"
    fake_ldd.write_text(f"#!/bin/sh\ncat <<'EOF'\n{FRESH_UBUNTU}EOF\n", encoding="utf-8")
    fake_ldd.chmod(0o755)
    environ = {
        k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")
    }
    environ.update(
        DISPLAY=":97",
        PATH=f"{bin_dir}{os.pathsep}{environ.get('PATH', '')}",
        PYTHONPATH=os.pathsep.join([str(tmp_path / "site"), str(REPO)]),
    )
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from tabletop.cli import main; sys.exit(main([]))"],
        capture_output=True,
        text=True,
        env=environ,
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4, libxcb-keysyms.so.1" in result.stderr
    if Path("/etc/os-release").is_file() and "debian" in Path("/etc/os-release").read_text():
        assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in (
            result.stderr
        )
    assert "Traceback" not in result.stderr and "Aborted" not in result.stderr


def _readme_command(tool: str) -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    lines = [line for line in readme.splitlines() if line.startswith(f"sudo {tool} install ")]
    assert len(lines) == 1, f"the README has {len(lines)} '{tool} install' lines"
    return lines[0].split()[3:]


@pytest.mark.parametrize(("tool", "column"), [("apt-get", 0), ("dnf", 1)])
def test_the_readme_lists_every_package_the_window_needs(tool: str, column: int) -> None:
    """The README's install lines hold the package of every library the xcb plugin loads."""
    plugin = xcb_plugin()
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None:
        pytest.skip("needs ldd and PySide6's xcb plugin")
    output = subprocess.run([ldd, str(plugin)], capture_output=True, text=True).stdout
    needed = {
        PACKAGES[name][column]
        for name in (line.split("=>")[0].strip() for line in output.splitlines())
        if name in PACKAGES
    }
    listed = _readme_command(tool)
    assert sorted(needed - set(listed)) == []
    assert len(listed) == len(set(listed))
