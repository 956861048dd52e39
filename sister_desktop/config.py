"""Where the program keeps its files, which database it opens, and environment overrides.

Everything a deployment may need to point elsewhere (tests, a portable install, a scheduled job)
goes through the environment so that one code path serves the window and the command line.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "SISTER Desktop"
APP_SLUG = "sister-desktop"
APP_AUTHOR = "SISTER Desktop"

#: Put data, config and logs under one folder (portable installs, tests).
HOME_ENV = "SISTER_DESKTOP_HOME"
DB_ENV = "SISTER_DESKTOP_DB"


@dataclass(frozen=True)
class AppPaths:
    """The three folders the program writes to."""

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def default_db_file(self) -> Path:
        return self.data_dir / "sister-desktop.db"

    @property
    def demo_db_file(self) -> Path:
        return self.data_dir / "sister-desktop-demo.db"

    @property
    def window_settings_file(self) -> Path:
        """The window's own settings on this computer: its size and place, the folder each
        kind of file was last opened or saved in."""
        return self.config_dir / "window.ini"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "sister-desktop.log"

    @property
    def cli_log_file(self) -> Path:
        """The command line's own file: a scheduled sync may run while the window is open, and
        two processes must not rotate one file."""
        return self.log_dir / "sister-desktop-cli.log"

    def ensure(self) -> AppPaths:
        for folder in (self.data_dir, self.config_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def app_paths(env: Mapping[str, str] | None = None) -> AppPaths:
    """Platform folders, or everything below ``$SISTER_DESKTOP_HOME`` when that is set."""
    env = os.environ if env is None else env
    home = env.get(HOME_ENV)
    if home:
        root = Path(home)
        return AppPaths(root / "data", root / "config", root / "logs")
    return AppPaths(
        Path(platformdirs.user_data_dir(APP_SLUG, APP_AUTHOR)),
        Path(platformdirs.user_config_dir(APP_SLUG, APP_AUTHOR)),
        Path(platformdirs.user_log_dir(APP_SLUG, APP_AUTHOR)),
    )


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def resolve_db_url(
    flag: str | None,
    *,
    demo: bool = False,
    env: Mapping[str, str] | None = None,
    paths: AppPaths | None = None,
) -> str:
    """The database to open: ``--db`` wins, then ``$SISTER_DESKTOP_DB``, then the default file.

    Demo mode never touches the operator's real data: without an explicit URL it gets a file
    of its own.
    """
    env = os.environ if env is None else env
    if flag:
        return flag
    if env.get(DB_ENV):
        return env[DB_ENV]
    paths = paths or app_paths(env)
    return sqlite_url(paths.demo_db_file if demo else paths.default_db_file)


@dataclass(frozen=True)
class WsOverrides:
    """Web-service settings taken from the environment; ``None`` means "use what is saved"."""

    url: str | None = None
    id_pengguna: str | None = None
    username: str | None = None
    password: str | None = None
    max_rps: float | None = None
    max_inflight: int | None = None

    def any(self) -> bool:
        return any(value is not None for value in vars(self).values())


class ConfigError(ValueError):
    """An environment value that cannot be used; ``name`` says which."""

    def __init__(self, name: str, value: str) -> None:
        super().__init__(f"{name}={value!r}")
        self.name = name
        self.value = value


def _number(env: Mapping[str, str], name: str, kind: type[float] | type[int]) -> float | int | None:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return None
    try:
        value = kind(raw.strip())
    except ValueError as exc:
        raise ConfigError(name, raw) from exc
    if not math.isfinite(value) or value <= 0:  # "nan" and "inf" parse as floats
        raise ConfigError(name, raw)
    return value


def ws_env_overrides(env: Mapping[str, str] | None = None) -> WsOverrides:
    """Read ``SISTER_WS_URL``, ``SISTER_ID_PENGGUNA``, ``SISTER_USERNAME``, ``SISTER_PASSWORD``,
    ``SISTER_MAX_RPS`` and ``SISTER_MAX_INFLIGHT``."""
    env = os.environ if env is None else env

    def text(name: str) -> str | None:
        value = env.get(name)
        return value if value else None

    max_rps = _number(env, "SISTER_MAX_RPS", float)
    max_inflight = _number(env, "SISTER_MAX_INFLIGHT", int)
    return WsOverrides(
        url=text("SISTER_WS_URL"),
        id_pengguna=text("SISTER_ID_PENGGUNA"),
        username=text("SISTER_USERNAME"),
        password=text("SISTER_PASSWORD"),
        max_rps=float(max_rps) if max_rps is not None else None,
        max_inflight=int(max_inflight) if max_inflight is not None else None,
    )
