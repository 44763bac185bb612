"""A database of the size MRA's office reaches after a few years, for the start-up and
meetings-list benchmarks: the demo data, plus 100,000 generated records (2,040 meetings of
twelve partners, spread over six years, with their participants, changes, action items
and notes), each with its correct content hash.

    python -m tests.benchmarks.big_database OUT.sqlite [--records N]

The records come from the sync benchmark's generator (realistic French and Arabic text),
varied here so that searching and filtering have something to tell apart; they are written
with one multi-row insert per table, as an import of many partners' files would leave them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from mra_desktop.core import models as m
from mra_desktop.core.database import open_database
from mra_desktop.core.demo import load_demo
from mra_desktop.core.services import Services
from mra_desktop.core.sync.records import content_fields, content_hash, payload_to_values, table_of
from tests.benchmarks.sync_bench_data import generate_records

RECORDS = 100_000
PARTNERS = (
    ("Association Amal", "El-Hajeb", "Fès-Meknès"),
    ("Association Tahadi", "Casablanca", "Casablanca-Settat"),
    ("Association Ennakhil", "Marrakech", "Marrakech-Safi"),
    ("Association Ain Ghazal", "Oujda", "Oriental"),
    ("Association Al Amane", "Tanger", "Tanger-Tétouan-Al Hoceïma"),
    ("Association Tafra", "Agadir", "Souss-Massa"),
    ("Association Chaml", "Rabat", "Rabat-Salé-Kénitra"),
    ("Association Annajda", "Fès", "Fès-Meknès"),
    ("Association Amal Zagora", "Zagora", "Drâa-Tafilalet"),
    ("Association Voix de Femmes", "Tiznit", "Souss-Massa"),
    ("Association Assaida Al Horra", "Tétouan", "Tanger-Tétouan-Al Hoceïma"),
    ("Association Oued Ed-Dahab", "Dakhla", "Dakhla-Oued Ed-Dahab"),
)
TITLES = (
    "Commission locale de prise en charge",
    "Entretien avec le substitut du procureur",
    "Réunion avec la cellule de la Sûreté",
    "لقاء مع خلية التكفل بالنساء ضحايا العنف",
    "Réunion de suivi du plan d'action",
    "Entretien avec le médecin-chef des urgences",
)
SECTOR_SETS = (
    ["health", "justice", "law_enforcement"],
    ["justice"],
    ["law_enforcement"],
    ["health"],
    ["health", "justice"],
    ["system"],
)


def _rehash(record_type: str, record: dict[str, Any]) -> None:
    record["content_hash"] = content_hash(
        record_type, {name: record[name] for name in content_fields(record_type)}
    )


def varied_records(total: int = RECORDS, seed: int = 11) -> dict[str, list[dict[str, Any]]]:
    """The sync benchmark's records, the meetings spread over partners, dates, places,
    titles, sectors and statuses."""
    records = generate_records(total - (len(PARTNERS) - 1), seed=seed)
    rng = random.Random(seed)
    first = records["organisation"][0]
    for name, city, region in PARTNERS[1:]:
        partner = dict(first, name=name, city=city, region=region)
        partner["id"] = f"{len(records['organisation']):08d}-0000-4000-8000-{rng.getrandbits(48):012x}"
        _rehash("organisation", partner)
        records["organisation"].append(partner)
    start = dt.date(2019, 1, 7)
    for number, meeting in enumerate(records["meeting"]):
        organisation = records["organisation"][number % len(PARTNERS)]
        date = start + dt.timedelta(days=rng.randrange(6 * 365))
        sectors = SECTOR_SETS[rng.randrange(len(SECTOR_SETS))]
        meeting.update(
            organisation_id=organisation["id"],
            title=f"{TITLES[number % len(TITLES)]} {number + 1}",
            city=organisation["city"],
            region=organisation["region"],
            date=date.isoformat(),
            period_from=(date - dt.timedelta(days=180)).isoformat(),
            period_to=(date - dt.timedelta(days=1)).isoformat(),
            sectors=sectors,
            scope="single_sector" if len(sectors) == 1 else "multisectoral",
            status=("completed", "completed", "completed", "in_progress", "planned")[number % 5],
            language=("fr", "ar")[number % 2],
        )
        _rehash("meeting", meeting)
    return records


def write_records(path: Path, records: dict[str, list[dict[str, Any]]]) -> None:
    """Insert the records into the database at ``path`` (made or upgraded first)."""
    db = open_database(path)
    try:
        with db.engine.begin() as conn:
            for model in m.RECORD_TYPES:
                rows = [payload_to_values(model.record_type, r) for r in records[model.record_type]]
                for start in range(0, len(rows), 5_000):
                    conn.execute(insert(table_of(model)), rows[start : start + 5_000])
    finally:
        db.close()


def make_big_database(path: Path, total: int = RECORDS) -> Path:
    """The demo data plus ``total`` generated records, at ``path``."""
    db = open_database(path)
    try:
        load_demo(Services(db))
    finally:
        db.close()
    write_records(path, varied_records(total))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--records", type=int, default=RECORDS)
    args = parser.parse_args(argv)
    if args.output.exists():
        parser.error(f"{args.output} exists")
    make_big_database(args.output, args.records)
    print(f"{args.output}: the demo data and {args.records:,} generated records")
    return 0


if __name__ == "__main__":
    sys.exit(main())
