"""The admin's sign-in form, in French throughout."""

from django import forms
from wagtail.admin.forms.auth import LoginForm


class AdminLoginForm(LoginForm):
    # Wagtail's field has no label of its own: the page showed the field's name, « Password ».
    password = forms.CharField(
        label="Mot de passe",
        strip=False,
        widget=forms.PasswordInput(
            attrs={"placeholder": "Entrez votre mot de passe", "autocomplete": "current-password"}
        ),
    )
