"""Framework-light helpers. Nothing here imports a Masthead app."""
