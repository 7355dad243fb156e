from django.urls import path

from . import views

app_name = "contact"

urlpatterns = [
    path("", views.callback_request, name="form"),
    path("merci/", views.confirmation, name="confirmation"),
]
