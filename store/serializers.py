"""How a service's thématiques and échelons appear in the API."""

from rest_framework import serializers


class ThematiqueSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    name = serializers.CharField(read_only=True)
    slug = serializers.CharField(read_only=True)


class CodeListSerializer(serializers.ListField):
    """The échelons as a list of codes: ["commune", "region"]."""

    child = serializers.CharField()
