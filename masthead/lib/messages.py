"""Django's messages (the desk's "The article was saved."), made only for a request that
uses them.

``django.contrib.messages``' middleware builds the request's message storage (a cookie
storage and a session storage behind it, with a cookie signer) on every request, and
looks at it again on the way out. Reader pages never show a message: that was ~1 % of the
instructions of a cold article page (bench/render_cold.py --instructions, without the
middleware). Here the storage is made when something first adds or reads a message, and
a response whose request made none is left alone; with one, everything is as Django's.
"""

from django.contrib.messages.middleware import MessageMiddleware
from django.contrib.messages.storage import default_storage
from django.utils.functional import SimpleLazyObject, empty


class LazyMessageMiddleware(MessageMiddleware):
    def process_request(self, request):
        request._messages = SimpleLazyObject(lambda: default_storage(request))

    def process_response(self, request, response):
        messages = getattr(request, "_messages", None)
        if isinstance(messages, SimpleLazyObject) and messages._wrapped is empty:
            return response  # never added to nor read: nothing to store
        return super().process_response(request, response)
