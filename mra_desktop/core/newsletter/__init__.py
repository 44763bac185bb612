"""MRA's periodic newsletter of good practices (the programme's final product).

- :mod:`.records` — issues and items, MRA's own records.
- :mod:`.consent` — which changes may enter an issue, and what an anonymised one shows.
- :mod:`.issues` — making a draft from the period's national choices, exemplary changes and
  figures; editing, reordering, removing items; publishing (a published issue is frozen).
- :mod:`.content` — an issue as it is printed: consent and anonymity applied, words in the
  issue's language, each paragraph with its direction.
- :mod:`.html` and :mod:`.pdf` — the e-mail-ready HTML file and the PDF.
"""
