"""A mail server that is down: every send raises, as an unreachable SMTP server would."""

import smtplib

from django.core.mail.backends.base import BaseEmailBackend


class FailingEmailBackend(BaseEmailBackend):
    attempts = 0

    def send_messages(self, email_messages):
        type(self).attempts += 1
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
