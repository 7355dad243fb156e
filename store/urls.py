from django.urls import path

from . import views

app_name = "store"

urlpatterns = [
    path("donnees.json", views.open_data_json, name="open-data-json"),
    path("donnees.csv", views.open_data_csv, name="open-data-csv"),
    path("donnees.schema.json", views.open_data_schema, name="open-data-schema"),
]
