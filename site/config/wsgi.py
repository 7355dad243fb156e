"""WSGI entry point for gunicorn: `gunicorn --pythonpath site config.wsgi:application`.

A body that does not arrive whole fails to read (config.middleware turns that into the
site's 400 page) instead of holding a server process or reaching a form with fields missing.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

# A gunicorn sync worker serves one request at a time: a client announcing a longer body than
# it sends would hold the worker until gunicorn kills it (30 s, and a bare 500). A browser
# never pauses this long mid-body.
BODY_READ_TIMEOUT_SECONDS = 5

django_application = get_wsgi_application()


class CompleteBody:
    """wsgi.input, failing when the client stops before sending all it announced: gunicorn
    hands the short body over silently, as if the form had been sent that way."""

    def __init__(self, stream, length: int):
        self.stream = stream
        self.missing = length

    def read(self, size=-1):
        return self.checked(self.stream.read(size), size)

    def readline(self, size=-1):
        return self.checked(self.stream.readline(size), size)

    def checked(self, data: bytes, size) -> bytes:
        self.missing -= len(data)
        asked_for_all = size is None or size < 0
        if self.missing > 0 and (asked_for_all or (size and not data)):
            raise ConnectionError("The client closed the connection before its whole body")
        return data


def application(environ, start_response):
    client = environ.get("gunicorn.socket")
    if client is not None:
        client.settimeout(BODY_READ_TIMEOUT_SECONDS)
    length = environ.get("CONTENT_LENGTH", "")
    if length.isascii() and length.isdigit():
        environ["wsgi.input"] = CompleteBody(environ["wsgi.input"], int(length))
    response = django_application(environ, start_response)
    if client is not None:
        # The body has been read: a slow reader of a large answer is no reason to cut it.
        client.setblocking(True)
    return response
