"""Masthead's own system checks."""

from masthead.checks import static_files_collected


def test_it_warns_when_static_files_were_never_collected(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    assert [w.id for w in static_files_collected(None)] == ["masthead.W001"]
    (tmp_path / "staticfiles.json").write_text("{}")
    assert static_files_collected(None) == []
