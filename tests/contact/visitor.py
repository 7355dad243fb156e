"""A visitor's browser through real HTTP, for the tests that post to the live server from
many threads: it opens the form once (CSRF cookie and token), then sends it with htmx."""

import http.cookiejar
import re
import urllib.error
import urllib.parse
import urllib.request


class Visitor:
    def __init__(self, base_url: str):
        self.base_url = base_url
        cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cookies))
        with self.opener.open(f"{base_url}/contact/", timeout=30) as response:
            page = response.read().decode()
        self.token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)

    def send(self, fields: dict) -> tuple[int, str]:
        """Post the form in place (as htmx does); the answer's status and HTML."""
        body = urllib.parse.urlencode({"csrfmiddlewaretoken": self.token, **fields}).encode()
        request = urllib.request.Request(
            f"{self.base_url}/contact/",
            data=body,
            headers={"HX-Request": "true", "Referer": f"{self.base_url}/contact/"},
        )
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()
