from pathlib import Path

import pytest

from sister_desktop.config import ConfigError, app_paths, resolve_db_url, ws_env_overrides


def test_home_override_puts_everything_below_one_folder(tmp_path):
    paths = app_paths({"SISTER_DESKTOP_HOME": str(tmp_path)})
    assert paths.data_dir == tmp_path / "data"
    assert paths.log_file.parent == tmp_path / "logs"


def test_db_url_flag_then_env_then_default(tmp_path):
    env = {"SISTER_DESKTOP_HOME": str(tmp_path)}
    assert resolve_db_url(None, env=env) == f"sqlite:///{tmp_path / 'data' / 'sister-desktop.db'}"
    assert resolve_db_url(None, demo=True, env=env).endswith("sister-desktop-demo.db")
    env["SISTER_DESKTOP_DB"] = "postgresql+psycopg://u@h/db"
    assert resolve_db_url(None, env=env) == "postgresql+psycopg://u@h/db"
    assert resolve_db_url("sqlite:///x.db", env=env) == "sqlite:///x.db"


def test_platform_default_paths_are_per_user():
    paths = app_paths({})
    assert isinstance(paths.data_dir, Path)
    assert "sister-desktop" in str(paths.data_dir)


def test_ws_overrides_from_environment():
    over = ws_env_overrides(
        {
            "SISTER_WS_URL": "http://x/ws.php/1.0",
            "SISTER_MAX_RPS": "2.5",
            "SISTER_MAX_INFLIGHT": "3",
        }
    )
    assert over.url == "http://x/ws.php/1.0"
    assert over.max_rps == 2.5 and over.max_inflight == 3
    assert over.password is None and over.any()
    assert not ws_env_overrides({}).any()


@pytest.mark.parametrize("value", ["abc", "0", "-1", "nan", "inf"])
def test_bad_pacing_override_names_the_variable(value):
    with pytest.raises(ConfigError) as info:
        ws_env_overrides({"SISTER_MAX_RPS": value})
    assert info.value.name == "SISTER_MAX_RPS"
