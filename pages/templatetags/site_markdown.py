"""`{{ text|markdown }}`: an editor's Markdown as HTML that fits the layout (pages.markdown)."""

from django import template

from pages.markdown import render

register = template.Library()


@register.filter(name="markdown")
def markdown(value):
    return render(value)
