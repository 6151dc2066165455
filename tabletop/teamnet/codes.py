"""Join codes and the team-device settings, kept in the session file.

A join code is 128 random bits, written in URL-safe base64 (22 characters).
It opens one team's view and nothing else. The codes live in the session
file's metadata, so the QR codes printed for a class keep working after the
app is closed, killed or moved and the session resumed; revoking a team's
access gives it a new code, and devices holding the old one are turned away.

Only the console's thread writes these (it owns the session file).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from tabletop.core.store import SessionFile

CODE_BYTES = 16  # 128 bits
CODE_PATTERN = re.compile(r"[A-Za-z0-9_-]{22}")
META_KEY = "team_devices"


def new_code() -> str:
    """A fresh join code: 128 bits from the operating system's random source."""
    import secrets  # on first use: it loads OpenSSL, which the console does not need until then

    return secrets.token_urlsafe(CODE_BYTES)


@dataclass
class DeviceSettings:
    """What the session file remembers about team devices."""

    on: bool = False  # the server was running when the session was left
    host: str = "0.0.0.0"  # where it listens: every network, or 127.0.0.1 for this computer only
    port: int = 0  # the port it listened on (0: any free port)
    auto_accept: bool = False  # messages from devices are recorded without review
    codes: dict[str, str] = field(default_factory=dict)  # team id -> join code

    @classmethod
    def from_meta(cls, meta: dict[str, str]) -> DeviceSettings:
        try:
            data: Any = json.loads(meta.get(META_KEY) or "{}")
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            data = {}
        codes = data.get("codes") if isinstance(data.get("codes"), dict) else {}
        port = data.get("port")
        host = data.get("host")
        return cls(
            on=data.get("on") is True,
            host=host if host in ("0.0.0.0", "127.0.0.1", "::", "::1") else "0.0.0.0",
            port=port if isinstance(port, int) and 0 <= port < 65536 else 0,
            auto_accept=data.get("auto_accept") is True,
            codes={
                str(team): str(code)
                for team, code in (codes or {}).items()
                if CODE_PATTERN.fullmatch(str(code))
            },
        )

    def save(self, file: SessionFile) -> None:
        file.set_meta(META_KEY, json.dumps(asdict(self), sort_keys=True))

    def ensure_codes(self, teams: Iterable[str]) -> bool:
        """Give every team a code it lacks; True when one was added."""
        added = False
        for team in teams:
            if team not in self.codes:
                self.codes[team] = new_code()
                added = True
        return added

    def revoke(self, team: str) -> str:
        """Replace a team's code; devices holding the old one lose access."""
        self.codes[team] = new_code()
        return self.codes[team]
