"""The newsletter's subcommands: ``newsletter list``, ``newsletter new``, ``newsletter
render`` and ``newsletter publish`` (the twins of MRA's Newsletter menu).

Registered by :func:`mra_desktop.cli.build_parser`. Bad input (an unknown or ambiguous id,
a reversed period, a period without an approved meeting, an unwritable place) ends with
exit code 2 and one line on stderr, and nothing is written.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

EXIT_OK = 0


def _open(args: argparse.Namespace) -> Any:
    from mra_desktop.core.database import open_database

    return open_database(args.db)


def cmd_newsletter_list(args: argparse.Namespace) -> int:
    from mra_desktop.core.newsletter.issues import list_issues

    db = _open(args)
    try:
        issues = list_issues(db)
    finally:
        db.close()
    if args.json:
        print(json.dumps([i.to_json() for i in issues], indent=2, ensure_ascii=False))
        return EXIT_OK
    if not issues:
        print("No newsletter issue yet (mra-desktop newsletter new … makes a draft).")
        return EXIT_OK
    for issue in issues:
        number = f"No. {issue.number}" if issue.number is not None else "draft"
        when = (
            f"published {issue.published_at.date().isoformat()}"
            if issue.published_at
            else f"made {issue.created_at.date().isoformat()}"
        )
        print(
            f"{issue.id}  {number:<8} {issue.language}  "
            f"{issue.period_from.isoformat()}..{issue.period_to.isoformat()}  "
            f"{issue.items} items  {when}  {issue.title}"
        )
    return EXIT_OK


def cmd_newsletter_new(args: argparse.Namespace) -> int:
    from mra_desktop.cli_mra import _date
    from mra_desktop.core.newsletter.issues import create_draft

    start = _date(args.date_from, "--from")
    end = _date(args.date_to, "--to")
    db = _open(args)
    try:
        result = create_draft(
            db, language=args.lang, period_from=start, period_to=end, title=args.title
        )
    finally:
        db.close()
    print(result.issue_id)
    if result.withheld:
        titles = "; ".join(f"“{w.title}”" for w in result.withheld)
        print(
            f"mra-desktop: note: {len(result.withheld)} chosen change"
            f"{'s were' if len(result.withheld) != 1 else ' was'} left out: the partner has "
            f"not agreed that {'they' if len(result.withheld) != 1 else 'it'} may be quoted "
            f"({titles}).",
            file=sys.stderr,
        )
    return EXIT_OK


def _warn_withheld(content: Any) -> None:
    if content.withheld:
        titles = "; ".join(f"“{t}”" for t in content.withheld)
        print(
            f"mra-desktop: warning: left out {len(content.withheld)} item"
            f"{'s' if len(content.withheld) != 1 else ''} whose change the partner no longer "
            f"allows to be quoted: {titles}.",
            file=sys.stderr,
        )


def cmd_newsletter_render(args: argparse.Namespace) -> int:
    from mra_desktop.core.newsletter.issues import find_issue

    db = _open(args)
    try:
        issue = find_issue(db, args.issue)
        if args.format == "html":
            from mra_desktop.core.newsletter.html import export_issue_html

            content = export_issue_html(db, issue.id, args.output)
            undrawable: tuple[str, ...] = ()
        else:
            from mra_desktop.core.newsletter.pdf import export_issue_pdf

            written = export_issue_pdf(db, issue.id, args.output)
            content, undrawable = written.content, written.undrawable
    finally:
        db.close()
    print(f"Issue written to {Path(args.output).expanduser()}.")
    _warn_withheld(content)
    if undrawable:
        listed = ", ".join(f"{char} (U+{ord(char):04X})" for char in undrawable)
        print(
            f"mra-desktop: warning: no font of the PDF can draw {listed}; "
            "printed as [U+code] instead.",
            file=sys.stderr,
        )
    return EXIT_OK


def cmd_newsletter_publish(args: argparse.Namespace) -> int:
    from mra_desktop.core.newsletter.issues import find_issue, publish

    db = _open(args)
    try:
        issue = find_issue(db, args.issue)
        number = publish(db, issue.id, by=args.by or "")
    finally:
        db.close()
    print(f"Issue {number} published: {issue.title}")
    return EXIT_OK


def add_newsletter_commands(sub: Any) -> None:
    newsletter = sub.add_parser("newsletter", help="MRA's newsletter: list, new, render, publish")
    verbs = newsletter.add_subparsers(dest="verb", metavar="VERB", required=True)

    listing = verbs.add_parser("list", help="the issues: drafts first, then the published ones")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(func=cmd_newsletter_list)

    new = verbs.add_parser("new", help="a draft for a period, pre-filled; prints its id")
    new.add_argument(
        "--lang", required=True, choices=("ar", "fr", "en"), help="the issue's language"
    )
    new.add_argument(
        "--from",
        dest="date_from",
        required=True,
        metavar="DATE",
        help="first day of the period (YYYY-MM-DD)",
    )
    new.add_argument(
        "--to",
        dest="date_to",
        required=True,
        metavar="DATE",
        help="last day of the period (YYYY-MM-DD)",
    )
    new.add_argument("--title", metavar="T", help="the issue's title (default: from the period)")
    new.set_defaults(func=cmd_newsletter_new)

    render = verbs.add_parser("render", help="write an issue as e-mail-ready HTML or as a PDF")
    render.add_argument("issue", metavar="ID", help="the issue's id or a unique beginning of it")
    render.add_argument("--format", required=True, choices=("html", "pdf"), help="html or pdf")
    render.add_argument(
        "-o", "--output", required=True, type=Path, metavar="FILE", help="the file to write"
    )
    render.set_defaults(func=cmd_newsletter_render)

    publish = verbs.add_parser("publish", help="publish a draft: it is numbered and frozen")
    publish.add_argument("issue", metavar="ID", help="the issue's id or a unique beginning of it")
    publish.add_argument("--by", metavar="NAME", help="who publishes it")
    publish.set_defaults(func=cmd_newsletter_publish)
