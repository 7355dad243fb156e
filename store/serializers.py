"""How thématiques appear in the API, nested in each service."""

from rest_framework import serializers


class ThematiqueSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    name = serializers.CharField(read_only=True)
    slug = serializers.CharField(read_only=True)
