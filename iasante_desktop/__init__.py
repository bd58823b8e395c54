"""iasante-desktop: prepare, check and submit a dossier for the « IA pour la Santé » seed call."""

__version__ = "0.1.0"
