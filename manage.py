#!/usr/bin/env python
"""Django's command-line entry point for the Incubateur des Territoires site."""

import os
import sys
from pathlib import Path

# site/ is a plain folder (the standard library owns the module name "site"):
# put it on the path so that its one package, config, can be imported.
sys.path.insert(0, str(Path(__file__).resolve().parent / "site"))

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
