"""``mra-desktop follow-up --meeting ID``: the follow-up of a meeting, as the meetings
list's "Follow-up meeting" prepares it (see :mod:`mra_desktop.core.follow_up`).

Prints the new meeting's id. Bad input (an unknown or ambiguous id, a deleted meeting, one
received from a partner) ends with exit code 2 and one line on stderr; nothing is written.
"""

from __future__ import annotations

import argparse
from typing import Any


def cmd_follow_up(args: argparse.Namespace) -> int:
    from mra_desktop.core.database import open_database
    from mra_desktop.core.follow_up import create_follow_up
    from mra_desktop.core.report_pdf import find_meeting
    from mra_desktop.core.services import Services

    db = open_database(args.db)
    try:
        services = Services(db)
        previous = find_meeting(services, args.meeting)
        made = create_follow_up(services, previous.id)
    finally:
        db.close()
    print(made.meeting_id)
    return 0


def add_follow_up_commands(sub: Any) -> None:
    follow_up = sub.add_parser(
        "follow-up",
        help="prepare the follow-up of a meeting (its setup, participants and action plan)",
    )
    follow_up.add_argument(
        "--meeting",
        required=True,
        metavar="ID",
        help="the previous meeting's id or a unique prefix",
    )
    follow_up.set_defaults(func=cmd_follow_up)
