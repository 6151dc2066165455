"""The team-device server imports the core, never Qt or the GUI."""

from __future__ import annotations

import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import importlib, pkgutil, sys

    class NoQt:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError("Qt is not available in this test")
            return None

    sys.meta_path.insert(0, NoQt())
    import tabletop.teamnet
    names = []
    for info in pkgutil.walk_packages(tabletop.teamnet.__path__, "tabletop.teamnet."):
        importlib.import_module(info.name)
        names.append(info.name)
    bad = [m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")]
    bad += [m for m in sys.modules if m.startswith(("tabletop.gui", "tabletop.cli"))]
    print(len(names), bad)
    """
)


def test_the_server_layer_imports_without_qt_or_the_gui() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    count, rest = out.stdout.split(" ", 1)
    assert int(count) >= 6
    assert rest.strip() == "[]"


def test_the_core_never_imports_the_server_layer() -> None:
    probe = (
        "import importlib, pkgutil, sys, tabletop.core\n"
        "for i in pkgutil.walk_packages(tabletop.core.__path__, 'tabletop.core.'):\n"
        "    importlib.import_module(i.name)\n"
        "print([m for m in sys.modules if m.startswith(('tabletop.teamnet', 'aiohttp'))])\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
