"""Receipts: MRA tells a partner what arrived and how it was reviewed.

- :mod:`.records` — what receipts leave in a database (MRA's log of receipts written; a
  partner's receipts and, per meeting, MRA's review as the newest receipt told it).
- :mod:`.container` — the ``.mrareceipt`` file: manifest, payload encrypted for the
  partner's enrolled devices, MRA's signature (``resources/sync/FORMAT.md``, section 12).
- :mod:`.writing` — at MRA: ``write_receipt(db, import_id, path)``.
- :mod:`.reading` — at a partner: ``import_receipt(db, path)``.
- :mod:`.views` — at a partner, what receipts said: ``received_receipts(db)``,
  ``mra_reviews(db, meeting_ids)``, ``has_receipts(db)`` (no cryptography: the meetings
  list reads them at start).
"""
