"""The newsletter's screens for ``mra-desktop screenshots``, from ``demo --mra`` data: the
draft with an anonymised item selected, the published issue, and the New issue dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

NEWSLETTER_SCREENS = ["newsletter", "newsletter_published", "newsletter_new"]


def take_newsletter_screenshots(
    window: Any,
    lang: str,
    out_dir: Path,
    save: Callable[[Any, Path], None],
    discard: Callable[[Any], None],
) -> None:
    side = window.mra_side.newsletter
    view = side.show_issues()
    drafts = [row for row, s in enumerate(view.summaries) if s.status == "draft"]
    published = [row for row, s in enumerate(view.summaries) if s.status == "published"]
    if drafts:
        view.issue_list.setCurrentRow(drafts[0])
        anonymised = [
            row
            for row, item in enumerate(view.items)
            if item.kind == "change" and view.states.get(item.id) and view.states[item.id].anonymise
        ]
        if anonymised:
            view.item_list.setCurrentRow(anonymised[-1])
    save(window, out_dir / f"newsletter-{lang}.png")
    if published:
        view.issue_list.setCurrentRow(published[0])
    save(window, out_dir / f"newsletter_published-{lang}.png")
    dialog = side.new_issue()
    save(dialog, out_dir / f"newsletter_new-{lang}.png")
    discard(dialog)
