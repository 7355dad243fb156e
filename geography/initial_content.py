"""The official geography, loaded before the store's content whose deployments name it
(`manage.py load_initial_content`; a no-op when the extract is already loaded)."""

from .loader import load as load_geography


def load() -> None:
    load_geography()
