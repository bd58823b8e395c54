"""The documents package's exceptions: every refusal carries one French line and its English twin.

The GUI shows `message(lang)`; `str(error)` gives both, French first, so a log or the command line is
readable in either language without knowing which one the user chose.
"""

from __future__ import annotations

from iasante_desktop.core.bilingual import BilingualError


class DocumentError(BilingualError):
    """A document the application cannot read or write, with a one-line reason in French and English."""


class UnsafeDocumentError(DocumentError):
    """The file looks built to harm the reader (zip bomb, entity bomb, external entity): refused unread."""


class UnreadableDocumentError(DocumentError):
    """The file is damaged, empty, of another format, or protected by a password."""


class DocumentWriteError(DocumentError):
    """The document could not be written (disk full, folder not writable, file open elsewhere)."""
