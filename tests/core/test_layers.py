"""The core never imports Qt: it must work (and be tested) where PySide6 is absent."""

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
    import tabletop.core
    names = []
    for info in pkgutil.walk_packages(tabletop.core.__path__, "tabletop.core."):
        importlib.import_module(info.name)
        names.append(info.name)
    import tabletop.cli
    qt = [m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")]
    gui = [m for m in sys.modules if m.startswith("tabletop.gui")]
    print(len(names), qt, gui)
    """
)


def test_core_and_cli_import_without_qt() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    count, rest = out.stdout.split(" ", 1)
    assert int(count) >= 15
    assert rest.strip() == "[] []"
