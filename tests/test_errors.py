"""Error pages: a 404 is a page; a 500 page renders even when the database is gone."""

import pytest
from django.db import connection
from django.test import RequestFactory

from masthead import errors


@pytest.mark.django_db
def test_the_404_page_is_a_reader_page(client):
    response = client.get("/no/such/place/")
    assert response.status_code == 404
    assert b"Page not found" in response.content
    assert b'href="#main"' in response.content


def test_the_500_page_needs_no_database(monkeypatch):
    def no_database(*args, **kwargs):
        raise AssertionError("the 500 page queried the database")

    monkeypatch.setattr(connection, "cursor", no_database)
    response = errors.server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert b"Something went wrong" in response.content
