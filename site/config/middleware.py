"""A posted body the site cannot read answers the site's 400 page, never a 500 or a hang."""

import codecs

from django.core.exceptions import BadRequest
from django.http import UnreadablePostError


class UnreadableBodyMiddleware:
    """Reads a posted form before anything else does.

    Django's CSRF check swallows a body that cannot be read (the client stopped sending, or
    paused longer than config.wsgi.BODY_READ_TIMEOUT_SECONDS), and the view would then see an
    empty form. Read here first, the failure is a 400 (config.urls.handler400). So is a charset
    Python does not know, which Django would otherwise read as UTF-8.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST":
            charset = request.content_params.get("charset")
            if charset and not known_charset(charset):
                raise BadRequest(f"Unknown charset {charset!r} in the request body")
            try:
                request.POST  # noqa: B018 (read and parse the body now)
            except UnreadablePostError as error:
                raise BadRequest("The request body could not be read") from error
        return self.get_response(request)


def known_charset(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True
