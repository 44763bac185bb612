"""MRA's screens for ``mra-desktop screenshots``: received meetings, the matrix (totals,
and by obligation), a received change, the national MSC round, the national report, the
spreadsheet export and the newsletter, from ``demo --mra`` data."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from mra_desktop.core.services import Services
from mra_desktop.ui import background
from mra_desktop.ui.newsletter.screenshots import NEWSLETTER_SCREENS, take_newsletter_screenshots

MRA_SCREENS = [
    "mra_received",
    "mra_matrix",
    "mra_matrix_obligations",
    "mra_change",
    "mra_msc",
    "mra_report",
    "mra_export",
]
MRA_SCREENS += NEWSLETTER_SCREENS


def take_mra_screenshots(
    services: Services,
    lang: str,
    out_dir: Path,
    save: Callable[[Any, Path], None],
    discard: Callable[[Any], None],
) -> None:
    """Render MRA's screens in ``lang`` (already applied) from MRA's demo database."""
    from mra_desktop.ui.main_window import MainWindow
    from mra_desktop.ui.screenshots import WINDOW_SIZE, _settle

    background.set_synchronous(True)  # each matrix counted before its picture
    try:
        window = MainWindow(services)
        window.resize(*WINDOW_SIZE)
        window.show()
        _settle()  # the language's change reaches the new screens first
        side = window.mra_side
        side.show_received()
        issue = next((r for r in side.received.model.rows if r.review.state == "has_issues"), None)
        if issue is not None:
            side.received.select_meeting(issue.id)
        save(window, out_dir / f"mra_received-{lang}.png")
        side.show_matrix()
        matrix = side.matrix
        matrix.table.setCurrentIndex(matrix.model.index(1, 1))
        save(window, out_dir / f"mra_matrix-{lang}.png")
        matrix.select_change(1)
        dialog = matrix.open_selected_change()
        if dialog is not None:
            save(dialog, out_dir / f"mra_change-{lang}.png")
            discard(dialog)
        matrix.columns_combo.setCurrentIndex(matrix.columns_combo.findData("obligation"))
        matrix.table.setCurrentIndex(matrix.model.index(1, 2))
        save(window, out_dir / f"mra_matrix_obligations-{lang}.png")
        side.show_msc()
        side.msc.domain_list.setCurrentRow(2)
        save(window, out_dir / f"mra_msc-{lang}.png")
        report = side.open_report()
        save(report, out_dir / f"mra_report-{lang}.png")
        discard(report)
        export = side.open_export()
        save(export, out_dir / f"mra_export-{lang}.png")
        discard(export)
        take_newsletter_screenshots(window, lang, out_dir, save, discard)
        discard(window)
    finally:
        background.set_synchronous(False)
