"""``make bench-peers``: our SDK side by side with the other Python SDKs for Kalshi.

``pins`` names every peer and version; ``venvs`` installs each into its own venv;
``server`` serves the same bytes to all of them on 127.0.0.1; ``worker`` runs inside a
venv and times one SDK against floors taken in the same process; ``sdks`` holds one
adapter per SDK; ``run`` drives interleaved rounds and prints the table (``table``).
"""
