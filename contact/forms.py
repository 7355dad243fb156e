"""The callback form: what a visitor fills in, checked and normalised before it is stored."""

import re

from django import forms

from . import texts
from .models import MESSAGE_MAX_LENGTH
from .subjects import is_slug

PHONE_SEPARATORS = re.compile(r"[\s.\-/()]")
PAGE_PATH = re.compile(r"^/(?!/)[^\s\x00-\x1f\x7f]{0,499}$")


def normalise_phone(value: str) -> str:
    """A French number as "01 23 45 67 89"; another country's as "+XXXXXXXX"."""
    compact = PHONE_SEPARATORS.sub("", value)
    if compact.startswith("0033"):
        compact = "+33" + compact[4:]
    if compact.startswith("+33"):
        national = compact[3:]
        if national.startswith("0"):  # "+33 (0)1 …"
            national = national[1:]
        compact = "0" + national
    if re.fullmatch(r"0[1-9]\d{8}", compact):
        return " ".join(compact[i : i + 2] for i in range(0, 10, 2))
    if re.fullmatch(r"\+[1-9]\d{7,14}", compact):
        return compact
    raise forms.ValidationError(
        "Saisissez un numéro de téléphone valide, par exemple 01 23 45 67 89 ou +33 1 23 45 67 89.",
        code="invalid",
    )


class SingleLineField(forms.CharField):
    """Text on one line: runs of spaces, tabs and line breaks become one space."""

    def to_python(self, value):
        value = super().to_python(value)
        return " ".join(value.split())


class MessageField(forms.CharField):
    """Free text; line breaks count as one character, as the browser's maxlength counts them."""

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace("\r\n", "\n").replace("\r", "\n")


class CallbackRequestForm(forms.Form):
    """Who to call back, about what; and the hidden parts that keep spam out."""

    name = SingleLineField(
        label=texts.LABELS["name"],
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": "Indiquez votre nom et votre prénom."},
    )
    email = forms.EmailField(
        label=texts.LABELS["email"],
        help_text=texts.HELP_TEXTS["email"],
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": "Indiquez votre adresse électronique.",
            "invalid": "Saisissez une adresse électronique valide, par exemple "
            "nom@collectivite.fr.",
        },
    )
    phone = SingleLineField(
        label=texts.LABELS["phone"],
        required=False,
        max_length=30,
        help_text=texts.HELP_TEXTS["phone"],
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
    )
    organisation = SingleLineField(
        label=texts.LABELS["organisation"],
        max_length=200,
        help_text=texts.HELP_TEXTS["organisation"],
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
        error_messages={"required": "Indiquez votre collectivité ou votre organisation."},
    )
    role = SingleLineField(
        label=texts.LABELS["role"],
        required=False,
        max_length=150,
        help_text=texts.HELP_TEXTS["role"],
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )
    subject = SingleLineField(
        label=texts.LABELS["subject"],
        max_length=200,
        error_messages={"required": "Indiquez l’objet de votre demande."},
    )
    message = MessageField(
        label=texts.LABELS["message"],
        required=False,
        max_length=MESSAGE_MAX_LENGTH,
        help_text=texts.HELP_TEXTS["message"],
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    services = forms.MultipleChoiceField(
        label=texts.LABELS["services"],
        required=False,
        help_text=texts.HELP_TEXTS["services"],
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Ce service n’existe pas ou plus : décochez-le."},
    )
    consent = forms.BooleanField(
        label=texts.LABELS["consent"],
        error_messages={
            "required": "Cochez cette case pour que nous puissions vous recontacter.",
        },
    )
    offre = forms.CharField(required=False, max_length=255, widget=forms.HiddenInput)
    page = forms.CharField(required=False, max_length=500, widget=forms.HiddenInput)
    jeton = forms.CharField(required=False, max_length=500, widget=forms.HiddenInput)
    # The honeypot: a real text field inside a `hidden` block, so people and assistive
    # technologies never meet it and robots that fill every field give themselves away.
    site_web = forms.CharField(
        label="Ne pas remplir ce champ",
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, service_choices=(), show_services=True, field_texts=None, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        for name, (label, help_text) in (field_texts or {}).items():
            self.fields[name].label = label
            self.fields[name].help_text = help_text
        self.fields["services"].choices = list(service_choices)
        self.show_services = bool(service_choices) and show_services
        for name in ("name", "email", "organisation", "subject"):
            self.fields[name].widget.attrs["required"] = True
        self._decorate()

    def clean_phone(self):
        phone = self.cleaned_data["phone"]
        return normalise_phone(phone) if phone else ""

    def clean_offre(self):
        slug = self.cleaned_data["offre"]
        return slug if is_slug(slug) else ""

    def clean_page(self):
        path = self.cleaned_data["page"]
        return path if PAGE_PATH.fullmatch(path or "") else ""

    def honeypot_filled(self) -> bool:
        return bool((self.data.get("site_web") or "").strip())

    def full_clean(self):
        super().full_clean()
        self._decorate()

    @property
    def title_id(self) -> str:
        return self.auto_id % "titre"

    def _decorate(self):
        """DSFR classes, links from each field to its hint and error, focus on the first error."""
        first_error = (
            next((bound.name for bound in self.visible_fields() if bound.name in self.errors), None)
            if self.is_bound
            else None
        )
        for bound in self.visible_fields():
            widget = bound.field.widget
            if bound.name == "site_web":
                continue
            in_error = self.is_bound and bound.name in self.errors
            if bound.name not in {"services", "consent"}:
                widget.attrs["class"] = "fr-input"
            described = []
            if bound.help_text and bound.name != "services":
                described.append(f"{bound.auto_id}_helptext")
            if in_error and bound.name != "services":
                described.append(f"{bound.auto_id}-erreur")
            if described:
                widget.attrs["aria-describedby"] = " ".join(described)
            else:
                widget.attrs.pop("aria-describedby", None)
            if in_error:
                widget.attrs["aria-invalid"] = "true"
            else:
                widget.attrs.pop("aria-invalid", None)
            if bound.name == first_error:
                widget.attrs["data-focus"] = ""
            else:
                widget.attrs.pop("data-focus", None)

    def error_summary(self) -> list[tuple[str, str, str]]:
        """(field id, label, message) for each field in error, in the form's order."""
        summary = []
        for bound in self.visible_fields():
            if bound.name in self.errors:
                target = f"{bound.auto_id}_0" if bound.name == "services" else bound.id_for_label
                # "…de ma demande." then " : message" would read ". :"
                summary.append((target, bound.label.rstrip(" ."), bound.errors[0]))
        return summary
