"""The ways a notice leaves notify: SMTP for e-mail, an SMS provider for text messages."""
