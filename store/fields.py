"""A list of codes taken from fixed choices, stored as comma-separated text.

Used for the échelons a service serves: editors tick boxes, the catalogue filters on one code,
and the same column works on SQLite and PostgreSQL (no array or JSON lookups needed).
"""

from django import forms
from django.core import exceptions
from django.db import models
from django.db.models import Q


class ChoiceListField(models.CharField):
    def __init__(self, *args, choices=(), **kwargs):
        self.list_choices = list(choices)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["choices"] = self.list_choices
        return name, path, args, kwargs

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if value is None or value == "":
            return []
        if isinstance(value, (list, tuple)):
            return list(value)
        return [code for code in str(value).split(",") if code]

    def get_prep_value(self, value):
        if isinstance(value, (list, tuple)):
            return ",".join(value)
        return value

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        known = {code for code, _ in self.list_choices}
        unknown = [code for code in value or [] if code not in known]
        if unknown:
            raise exceptions.ValidationError(f"Valeur inconnue : {', '.join(unknown)}.")
        if not value and not self.blank:
            raise exceptions.ValidationError(self.error_messages["blank"], code="blank")

    def run_validators(self, value):
        super().run_validators(self.get_prep_value(value))

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.list_choices,
            required=not self.blank,
            label=self.verbose_name.capitalize(),
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )

    def contains_code(self, code: str) -> Q:
        """A filter matching rows whose list holds `code`."""
        return (
            Q(**{self.name: code})
            | Q(**{f"{self.name}__startswith": f"{code},"})
            | Q(**{f"{self.name}__endswith": f",{code}"})
            | Q(**{f"{self.name}__contains": f",{code},"})
        )
