"""Prefect flows. Only modules in this package import prefect."""

import os

# Offline-friendly defaults, set before Prefect is first imported; the user's own settings win.
for _name, _value in {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",  # otherwise it looks up an analytics host
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_UI_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",  # a loaded 2-core machine needs more than 20 s
}.items():
    os.environ.setdefault(_name, _value)
