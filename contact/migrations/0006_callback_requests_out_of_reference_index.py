"""Callback requests leave Wagtail's reference index (CallbackRequest is now ignored by it):
the rows recorded before would still count them in a page's usage tab."""

from django.db import migrations


def forget_callback_requests(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    callback_type = ContentType.objects.filter(app_label="contact", model="callbackrequest")
    ReferenceIndex.objects.filter(content_type__in=callback_type).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("contact", "0005_contact_texts_in_settings"),
        ("wagtailcore", "0096_referenceindex_referenceindex_source_object_and_more"),
    ]

    operations = [migrations.RunPython(forget_callback_requests, migrations.RunPython.noop)]
