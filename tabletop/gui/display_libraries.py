"""The system libraries Qt's X11 support needs, checked before Qt would abort without them.

On Linux the window opens through Qt's ``xcb`` platform plugin, which needs
libraries a fresh Debian, Ubuntu or Fedora does not always have (``libxcb-icccm4``,
``libxcb-keysyms1``, ``libxcb-cursor0`` …). Without them Qt prints "Could not load
the Qt platform plugin "xcb"" and aborts. :func:`display_problem` loads the
plugin first (what Qt would do next anyway); if that fails, it asks ``ldd`` which
libraries are missing and names the command that installs them. This module
imports no Qt: it must work when Qt itself cannot load.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path

# the library file → (Debian/Ubuntu package, Fedora package)
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb"),
    "libxcb-xinput.so.0": ("libxcb-xinput0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libXau.so.6": ("libxau6", "libXau"),
    "libXdmcp.so.6": ("libxdmcp6", "libXdmcp"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx"),
    "libGLdispatch.so.0": ("libglvnd0", "libglvnd"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
}
DEBIAN, FEDORA = "debian", "fedora"


def xcb_plugin() -> Path | None:
    """Qt's xcb platform plugin in the installed PySide6 (found without loading Qt)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    plugin = Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt will open windows through X11 (xcb) here."""
    if not sys.platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen == "xcb"
    # in a Wayland session Qt uses its Wayland plugin
    return not (environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY"))


def missing_from_ldd(output: str) -> list[str]:
    """The libraries ``ldd`` reports as ``not found``, each once, in its order."""
    found: list[str] = []
    for line in output.splitlines():
        name, _, where = line.strip().partition("=>")
        if "not found" in where and name.strip() not in found:
            found.append(name.strip())
    return found


def missing_libraries(plugin: Path) -> list[str]:
    """The system libraries the plugin cannot find ([] when it loads)."""
    import ctypes  # (loaded only where the window opens through X11)
    import subprocess

    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        failure = str(exc)
    else:
        return []
    ldd = shutil.which("ldd")
    if ldd is not None:
        try:
            result = subprocess.run(
                [ldd, str(plugin)], capture_output=True, text=True, timeout=20, check=False
            )
            missing = missing_from_ldd(result.stdout)
        except (OSError, subprocess.SubprocessError):
            missing = []
        if missing:
            return missing
    named = re.search(r"([\w.+-]+\.so(?:\.\d+)*): cannot open shared object file", failure)
    return [named.group(1)] if named else [failure]


def distribution(os_release: str) -> str:
    """DEBIAN, FEDORA or "" for the system /etc/os-release describes."""
    values = dict(re.findall(r"^(\w+)=\"?([^\"\n]*)\"?$", os_release, re.M))
    family = f"{values.get('ID', '')} {values.get('ID_LIKE', '')}".split()
    if any(f in ("debian", "ubuntu") for f in family):
        return DEBIAN
    if any(f in ("fedora", "rhel", "centos") for f in family):
        return FEDORA
    return ""


def install_commands(missing: list[str], os_release: str) -> list[str]:
    """The commands that install the packages holding ``missing``, for this system."""
    system = distribution(os_release)
    commands = []
    for which, tool in ((DEBIAN, "sudo apt-get install"), (FEDORA, "sudo dnf install")):
        if system and system != which:
            continue
        packages: list[str] = []
        for library in missing:
            if library in PACKAGES:
                package = PACKAGES[library][0 if which == DEBIAN else 1]
                if package not in packages:
                    packages.append(package)
        if packages:
            label = "" if system else (" (Debian, Ubuntu)" if which == DEBIAN else " (Fedora)")
            commands.append(f"{tool} {' '.join(packages)}{label}")
    return commands


def display_problem(environ: Mapping[str, str] = os.environ, os_release: str | None = None) -> str:
    """What stops the window from opening here, with the fix ("" when nothing does)."""
    if not uses_xcb(environ):
        return ""
    plugin = xcb_plugin()
    if plugin is None:
        return ""
    missing = missing_libraries(plugin)
    if not missing:
        return ""
    if os_release is None:
        try:
            os_release = Path("/etc/os-release").read_text(encoding="utf-8")
        except OSError:
            os_release = ""
    lines = [
        "tabletop: the window cannot open: Qt's X11 support (its xcb platform plugin) needs "
        f"system libraries that are missing: {', '.join(missing)}."
    ]
    commands = install_commands(missing, os_release)
    if commands:
        lines.append("Install them with:")
        lines.extend(f"    {command}" for command in commands)
        lines.append("then start tabletop again (the README lists every system package).")
    else:
        lines.append(
            "Install the packages that hold them with your system's package manager (the "
            "README lists them for Debian, Ubuntu and Fedora), then start tabletop again."
        )
    unknown = [m for m in missing if m not in PACKAGES]
    if commands and unknown:
        lines.append(f"({', '.join(unknown)}: find the package that holds it as well.)")
    return "\n".join(lines)
