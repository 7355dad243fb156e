"""HTTP requests written byte by byte, for what urllib refuses to send: a body shorter than its
Content-Length, a client that stops mid-body, raw bytes in the path, a forged Host."""

import re
import socket
import time
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes
    seconds: float

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


def request_bytes(
    method: str, target: bytes, headers: dict[str, str], body: bytes, content_length=None
) -> bytes:
    lines = [method.encode() + b" " + target + b" HTTP/1.1"]
    lines += [f"{name}: {value}".encode() for name, value in headers.items()]
    announced = any(name.lower() == "content-length" for name in headers)
    if (body or content_length is not None) and not announced:
        lines.append(
            f"Content-Length: {len(body) if content_length is None else content_length}".encode()
        )
    lines.append(b"Connection: close")
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def send(base_url: str, raw: bytes, timeout: float = 30, stop_sending: bool = False) -> Answer:
    """Send RAW and read the answer until the server closes. With stop_sending, the client
    then closes its sending side, as a browser whose upload was cut off."""
    parts = urlsplit(base_url)
    start = time.monotonic()
    with socket.create_connection((parts.hostname, parts.port), timeout=timeout) as sock:
        sock.sendall(raw)
        if stop_sending:
            sock.shutdown(socket.SHUT_WR)
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
    seconds = time.monotonic() - start
    head, _, body = received.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return Answer(int(status_line.split()[1]), headers, body, seconds)


def csrf_token(base_url: str) -> str:
    """A CSRF token from the callback form, usable as both cookie and form field."""
    with urllib.request.urlopen(f"{base_url}/contact/", timeout=30) as response:
        cookie = response.headers["Set-Cookie"]
    return re.search(r"csrftoken=([^;]+)", cookie).group(1)
