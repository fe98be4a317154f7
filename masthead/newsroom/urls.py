from django.urls import path, register_converter

from . import views


class FourDigits:
    regex = "[0-9]{4}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


class TwoDigits(FourDigits):
    regex = "[0-9]{2}"


register_converter(FourDigits, "yyyy")
register_converter(TwoDigits, "dd")

app_name = "newsroom"
urlpatterns = [
    path("", views.home, name="home"),
    path("author/<slug:slug>/", views.author, name="author"),
    path("tag/<slug:slug>/", views.tag, name="tag"),
    path("<slug:section>/", views.section, name="section"),
    path(
        "<slug:section>/<yyyy:year>/<dd:month>/<dd:day>/<slug:slug>/",
        views.article,
        name="article",
    ),
]
