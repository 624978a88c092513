"""The SMS/WhatsApp conversation: keywords, the pure step machine, and the service that runs
it inside the intake transaction."""
