"""An editor of the « Éditeurs » group, logged in through the admin's login form, as the
communications team logs in."""

from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.contrib.auth.models import Group

from pages.groups import EDITORS

EDITOR_PASSWORD = "un mot de passe de rédaction"  # noqa: S105


def log_in_as_editor(page, base_url: str, username: str = "redaction"):
    """Create a member of « Éditeurs » (and nothing more) and log `page` in as them."""
    return log_in_as_member(page, base_url, EDITORS, username)


def log_in_as_member(page, base_url: str, group_name: str, username: str):
    """Create a member of `group_name` (and nothing more) and log `page` in as them."""
    # Hashed as the production settings the server runs with expect (the test settings only
    # know a faster hasher); few iterations, the server re-hashes it at login.
    password = PBKDF2PasswordHasher().encode(EDITOR_PASSWORD, "sel-de-test", iterations=1000)
    user = get_user_model().objects.create(
        username=username, email=f"{username}@anct.gouv.fr", password=password
    )
    user.groups.add(Group.objects.get(name=group_name))
    page.goto(base_url + "/admin/login/")
    page.get_by_label("Nom d’utilisateur").fill(username)
    page.get_by_label("Mot de passe").fill(EDITOR_PASSWORD)
    page.get_by_role("button", name="S'identifier").click()
    page.wait_for_url(base_url + "/admin/")
    return user


def server_errors(page) -> list[str]:
    """Start recording the admin's answers of 500 and above (autosave posts in the background,
    where a failure shows only as a small indicator)."""
    errors: list[str] = []

    def on_response(response):
        if response.status >= 500:
            errors.append(f"{response.status} {response.request.method} {response.url}")

    page.on("response", on_response)
    return errors


def open_editor(page, url: str) -> None:
    """Open an admin edit form and wait until Wagtail watches it for changes (two seconds
    after it loads): what is typed before would count as the form's initial state."""
    page.add_init_script(
        "document.addEventListener('w-unsaved:watch-edits', () => { window.editsWatched = true })"
    )
    page.goto(url)
    page.wait_for_function("window.editsWatched === true", polling=100)


def requests_elsewhere(page, base_url: str) -> list[str]:
    """Start recording what the page asks of any host but the site's own."""
    site = urlsplit(base_url).netloc
    elsewhere: list[str] = []

    def on_request(request):
        if request.url.startswith("http") and urlsplit(request.url).netloc != site:
            elsewhere.append(request.url)

    page.on("request", on_request)
    return elsewhere


def serve_media_as_nginx_does(page, server) -> None:
    """Answer /media/ from the server's MEDIA_ROOT: in production nginx serves uploads
    (deploy/nginx.conf), not gunicorn, which the harness runs alone."""
    media_root = Path(server.env["MEDIA_ROOT"])

    def from_disk(route):
        path = media_root / unquote(urlsplit(route.request.url).path).removeprefix("/media/")
        if path.is_file() and path.resolve().is_relative_to(media_root.resolve()):
            route.fulfill(path=path)
        else:
            route.fulfill(status=404)

    page.route(f"{server.url}/media/**", from_disk)


def choose_uploaded_image(page, path: Path, title: str, field: str | None = None) -> None:
    """Upload `path` as `title` through an image field's chooser, which then picks it. In a
    form with several image fields, `field` is the label of the one to fill."""
    scope = page
    if field:
        scope = page.locator(".w-panel__wrapper", has=page.get_by_text(field, exact=True)).last
    scope.get_by_role("button", name="Choisir une image").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("tab", name="Transférer").click()
    dialog.locator("input[type=file]").set_input_files(path)
    dialog.get_by_role("textbox", name="Titre").fill(title)
    dialog.get_by_role("button", name="Transférer").click()
    dialog.wait_for(state="hidden")


def png_file(directory: Path, name: str, colour=(0, 0, 145)) -> Path:
    """A small PNG an editor uploads."""
    from PIL import Image

    path = directory / name
    Image.new("RGB", (480, 270), colour).save(path, "PNG")
    return path

