"""The texts now live in CallbackFormTexts (copied there by 0008): ContactSettings keeps only
who is notified and how long requests are kept."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("contact", "0008_callback_form_texts_copied_and_granted"),
    ]

    operations = [
        migrations.RemoveField(
            model_name='contactsettings',
            name='acknowledgement_closing',
        ),
        migrations.RemoveField(
            model_name='contactsettings',
            name='acknowledgement_opening',
        ),
        migrations.RemoveField(
            model_name='contactsettings',
            name='acknowledgement_subject',
        ),
        migrations.RemoveField(
            model_name='contactsettings',
            name='confirmation_text',
        ),
        migrations.RemoveField(
            model_name='contactsettings',
            name='confirmation_title',
        ),
        migrations.RemoveField(
            model_name='contactsettings',
            name='consent_label',
        ),
        migrations.RemoveField(
            model_name='contactsettings',
            name='email_help_text',
        ),
        migrations.RemoveField(
            model_name='contactsettings',
            name='email_label',
        ),
        migrations.RemoveField(
            model_name='contactsettings',
            name='form_introduction',
        ),
        migrations.RemoveField(
            model_name='contactsettings',
            name='form_title',
        ),
        migrations.RemoveField(
            model_name='contactsettings',
            name='message_help_text',
        ),
        migrations.RemoveField(
            model_name='contactsettings',
            name='message_label',
        ),
        migrations.RemoveField(
            model_name='contactsettings',
            name='name_help_text',
        ),
        migrations.RemoveField(
            model_name='contactsettings',
            name='name_label',
        ),
        migrations.RemoveField(
            model_name='contactsettings',
            name='organisation_help_text',
        ),
        migrations.RemoveField(
            model_name='contactsettings',
            name='organisation_label',
        ),
        migrations.RemoveField(
            model_name='contactsettings',
            name='phone_help_text',
        ),
        migrations.RemoveField(
            model_name='contactsettings',
            name='phone_label',
        ),
        migrations.RemoveField(
            model_name='contactsettings',
            name='role_help_text',
        ),
        migrations.RemoveField(
            model_name='contactsettings',
            name='role_label',
        ),
        migrations.RemoveField(
            model_name='contactsettings',
            name='services_help_text',
        ),
        migrations.RemoveField(
            model_name='contactsettings',
            name='services_label',
        ),
        migrations.RemoveField(
            model_name='contactsettings',
            name='subject_help_text',
        ),
        migrations.RemoveField(
            model_name='contactsettings',
            name='subject_label',
        ),
        migrations.RemoveField(
            model_name='contactsettings',
            name='team_notification_introduction',
        ),
    ]
