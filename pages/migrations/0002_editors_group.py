"""The "Éditeurs" group: communications staff who edit and publish the site's content."""

from django.db import migrations

from pages.groups import EDITORS, ensure_group, grant, permissions

PAGE_ACTIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


def create_editors(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    editors = ensure_group(apps, EDITORS)
    grant(apps, EDITORS, "wagtailadmin", ["access_admin"])
    grant(apps, EDITORS, "pages", ["change_sitesettings"])

    root = Page.objects.get(depth=1)
    for permission in permissions(apps, "wagtailcore", PAGE_ACTIONS):
        GroupPagePermission.objects.get_or_create(group=editors, page=root, permission=permission)

    root_collection = Collection.objects.get(depth=1)
    for app_label, model in [("wagtailimages", "image"), ("wagtaildocs", "document")]:
        codenames = [f"{action}_{model}" for action in ("add", "change", "choose")]
        for permission in permissions(apps, app_label, codenames):
            GroupCollectionPermission.objects.get_or_create(
                group=editors, collection=root_collection, permission=permission
            )


def remove_editors(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=EDITORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(create_editors, remove_editors)]
