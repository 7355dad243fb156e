"""The readable text of each search document, for the excerpts of the site-wide search. The
documents are then deleted: `post_migrate` rewrites every one (search.apps), body included."""

from django.db import migrations, models


def forget_documents(apps, schema_editor):
    apps.get_model("search", "SearchDocument").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="body",
            field=models.TextField(default=""),
        ),
        migrations.RunPython(forget_documents, migrations.RunPython.noop),
    ]
