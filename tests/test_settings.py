"""Settings read from the environment: safe defaults, loud failures."""

import os
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from masthead import settings as masthead_settings


@pytest.mark.parametrize("raw", ["0", "false", "False", "no", "off", ""])
def test_debug_words_for_off_mean_off(monkeypatch, raw):
    monkeypatch.setenv("DEBUG", raw)
    assert masthead_settings.env_bool("DEBUG") is False


@pytest.mark.parametrize("raw", ["1", "true", "YES", "on"])
def test_debug_words_for_on_mean_on(monkeypatch, raw):
    monkeypatch.setenv("DEBUG", raw)
    assert masthead_settings.env_bool("DEBUG") is True


def test_a_value_that_is_not_a_boolean_is_refused_with_a_hint(monkeypatch):
    monkeypatch.setenv("DEBUG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="1/0, true/false"):
        masthead_settings.env_bool("DEBUG")


def test_a_comment_limit_must_be_a_positive_number(monkeypatch):
    monkeypatch.setenv("MASTHEAD_COMMENT_MAX_CHARS", "lots")
    with pytest.raises(ImproperlyConfigured, match="whole number"):
        masthead_settings.env_int("MASTHEAD_COMMENT_MAX_CHARS", 300, minimum=1)
    monkeypatch.setenv("MASTHEAD_COMMENT_MAX_CHARS", "0")
    with pytest.raises(ImproperlyConfigured, match="at least 1"):
        masthead_settings.env_int("MASTHEAD_COMMENT_MAX_CHARS", 300, minimum=1)


def _settings_in_a_fresh_process(env):
    code = (
        "from django.conf import settings as s; import django; django.setup();"
        "print(s.SECRET_KEY); print(s.DEBUG); print(s.DATABASES['default']['ENGINE'])"
    )
    base = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={**base, "DJANGO_SETTINGS_MODULE": "masthead.settings", **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.split()


def test_defaults_are_safe_and_the_secret_key_is_generated_once(tmp_path):
    env = {"MASTHEAD_VAR_DIR": str(tmp_path), "DATABASE_URL": f"sqlite:///{tmp_path}/db"}
    key, debug, engine = _settings_in_a_fresh_process(env)
    assert debug == "False"
    assert engine == "django.db.backends.sqlite3"
    assert len(key) >= 50
    assert (tmp_path / "secret_key").read_text() == key
    assert oct((tmp_path / "secret_key").stat().st_mode & 0o777) == "0o600"
    assert _settings_in_a_fresh_process(env)[0] == key


def test_the_process_cache_without_redis_holds_thousands_of_entries(tmp_path):
    code = (
        "from django.conf import settings as s; import django; django.setup();"
        "from django.core.cache import cache; print(cache._max_entries)"
    )
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL"}}
    env |= {"DJANGO_SETTINGS_MODULE": "masthead.settings", "MASTHEAD_VAR_DIR": str(tmp_path)}

    def entries(**extra):
        run = subprocess.run(
            [sys.executable, "-c", code], env={**env, **extra}, capture_output=True, text=True
        )
        return run.stdout.strip() or run.stderr

    assert entries() == "3000"
    assert entries(MASTHEAD_LOCAL_CACHE_ENTRIES="50") == "50"
    assert "at least 1" in entries(MASTHEAD_LOCAL_CACHE_ENTRIES="0")


def test_a_bad_database_url_says_so(tmp_path):
    env = {"MASTHEAD_VAR_DIR": str(tmp_path), "DATABASE_URL": "nosuchdb://x"}
    with pytest.raises(subprocess.CalledProcessError) as error:
        _settings_in_a_fresh_process(env)
    assert "DATABASE_URL" in error.value.stderr


PRODUCTION = {  # docs/deploy.md's environment, less the services
    "SECRET_KEY": "x7-" + "k" * 20 + "Qz_9" + "m" * 30,
    "DEBUG": "false",
    "ALLOWED_HOSTS": "news.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://news.example.org",
    "MASTHEAD_SITE_URL": "https://news.example.org",
    "MASTHEAD_HTTPS": "true",
    "MASTHEAD_BEHIND_TLS_PROXY": "true",
    "MASTHEAD_TRUSTED_PROXIES": "127.0.0.1",
    "MASTHEAD_HSTS_SECONDS": "31536000",
    "MASTHEAD_HSTS_INCLUDE_SUBDOMAINS": "true",
    "MASTHEAD_HSTS_PRELOAD": "true",
}


def _without_test_switches():
    # Set by the browser tests' Playwright fixture in this process; never in deployment.
    return {
        k: v
        for k, v in os.environ.items()
        if k not in PRODUCTION and k not in ("DJANGO_ALLOW_ASYNC_UNSAFE", "DJANGO_SETTINGS_MODULE")
    }


def test_check_deploy_has_nothing_to_say_about_production_settings(tmp_path):
    env = {
        **_without_test_switches(),
        **PRODUCTION,
        "MASTHEAD_VAR_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path}/db",
    }
    masthead = [sys.executable, "-m", "masthead.cli"]
    subprocess.run([*masthead, "collectstatic", "--noinput", "-v0"], env=env, check=True)
    result = subprocess.run(
        [*masthead, "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_check_deploy_warns_about_a_development_set_up(tmp_path):
    env = {
        **_without_test_switches(),
        "MASTHEAD_VAR_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path}/db",
    }
    result = subprocess.run(
        [sys.executable, "-m", "masthead.cli", "check", "--deploy"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert "security.W008" in result.stderr + result.stdout  # no HTTPS redirect
