"""Creating the staff groups and their permissions, from data migrations.

Permissions are normally created after all migrations have run; these helpers create the
ones they need first, so that a fresh database gets complete groups in one `migrate`.
"""

from django.contrib.auth.management import create_permissions

EDITORS = "Éditeurs"


def ensure_group(apps, name: str):
    Group = apps.get_model("auth", "Group")
    group, _ = Group.objects.get_or_create(name=name)
    return group


def permissions(apps, app_label: str, codenames: list[str]) -> list:
    """The permissions `codenames` of `app_label`, created if migrations run before them."""
    app_config = apps.get_app_config(app_label)
    app_config.models_module = True  # the historical app registry leaves it unset
    create_permissions(app_config, apps=apps, verbosity=0)
    Permission = apps.get_model("auth", "Permission")
    found = list(
        Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    )
    missing = set(codenames) - {permission.codename for permission in found}
    if missing:
        raise LookupError(f"Unknown permissions in {app_label}: {sorted(missing)}")
    return found


def grant(apps, group_name: str, app_label: str, codenames: list[str]) -> None:
    """Give `group_name` the model-level permissions `codenames` of `app_label`."""
    ensure_group(apps, group_name).permissions.add(*permissions(apps, app_label, codenames))
