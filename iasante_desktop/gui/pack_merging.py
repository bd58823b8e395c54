"""Starting the merge of a returned partner pack from anywhere in the GUI (a drop, File > Open, the board)."""

from __future__ import annotations

from pathlib import Path

NOT_A_PACK = "not-a-pack"


def start_pack_merge(ctx, parent, path: Path, pdfs=(), show_error=None):
    """Open the diff dialog for a returned pack (non-blocking) and return it; None when the pack is refused or
    unreadable (`show_error(title, text)` is told why, in one line, French then English); NOT_A_PACK when the
    Word file is not a partner pack at all (the caller imports it as a dossier)."""
    from iasante_desktop.core.partner_merge import PackRefused
    from iasante_desktop.documents.errors import DocumentError
    from iasante_desktop.documents.partner_pack import NotAPack
    from iasante_desktop.gui.dialogs.pack_merge import PackMergeDialog
    from iasante_desktop.partner_packs import prepare_merge

    from PySide6.QtCore import QCoreApplication

    def tell(title: str, text: str) -> None:
        if show_error is not None:
            show_error(title, text)

    try:
        plan = prepare_merge(ctx.dossier, ctx.call, Path(path))
    except PackRefused as exc:
        tell(QCoreApplication.translate("PackMerging", "Pack refusé"), f"{exc.fr}\n{exc.en}")
        return None
    except NotAPack:
        return NOT_A_PACK
    except DocumentError as exc:
        tell(QCoreApplication.translate("PackMerging", "Pack illisible"), f"{exc.fr}\n{exc.en}")
        return None
    except OSError as exc:
        tell(QCoreApplication.translate("PackMerging", "Pack illisible"), f"{Path(path).name}: {exc.strerror or exc}")
        return None
    dialog = PackMergeDialog(ctx, plan, [Path(p) for p in pdfs], parent)
    dialog.setAttribute(__import__("PySide6.QtCore", fromlist=["Qt"]).Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
