"""EU-Japan partnerships."""
