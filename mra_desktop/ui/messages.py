"""Words for the core's errors in the interface language: :func:`describe_error`, the one
way an error of the core reaches the screen.

The core raises errors with a code (and, for a file, its path) besides an English
sentence for the command line and the logs; the interface words each code itself, so that
an Arabic or French user never meets an English sentence. Every code the core can raise
has its sentence in :func:`error_sentences` (a test collects the codes from the core's
source and asks for each one in Arabic and French); a code added later without one gets
the sentence of its family ("sync…", "backup…") until it has its own. In English, the
refusals of a sync file, a key or a receipt show the core's own sentence, which names the exact
problem.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from mra_desktop.core.errors import MraError, ValidationError
from mra_desktop.core.protocol import load_protocol, pick
from mra_desktop.ui.i18n import current_language
from mra_desktop.ui.sentences import fill, ltr

# how an error sentence looks where a screen shows one in place (not a dialog)
ERROR_STYLE = "color: #b00020;"


def _field_label(field: str) -> str:
    labels = {
        "title": QCoreApplication.translate("Messages", "The title"),
        "date": QCoreApplication.translate("Messages", "The date"),
        "period_from": QCoreApplication.translate("Messages", "The start of the period"),
        "period_to": QCoreApplication.translate("Messages", "The end of the period"),
        "role": QCoreApplication.translate("Messages", "The role or title"),
        "institution": QCoreApplication.translate("Messages", "The institution"),
        "count": QCoreApplication.translate("Messages", "The number of people"),
        "name": QCoreApplication.translate("Messages", "The name"),
        "text": QCoreApplication.translate("Messages", "The text"),
        "responsible": QCoreApplication.translate("Messages", "The responsible actor"),
        "timeframe": QCoreApplication.translate("Messages", "The timeframe"),
        "city": QCoreApplication.translate("Messages", "The city"),
        "region": QCoreApplication.translate("Messages", "The region"),
        "facilitators": QCoreApplication.translate("Messages", "The facilitators"),
        "comment": QCoreApplication.translate("Messages", "The comment"),
        "status": QCoreApplication.translate("Messages", "The status"),
    }
    if field in labels:
        return labels[field]
    try:
        entry = load_protocol().change_field(field)
    except KeyError:
        return QCoreApplication.translate("Messages", "This field")
    return "« " + pick(entry["label"], current_language()) + " »"


def _field_sentences() -> dict[str, str]:
    """Sentences about one field (%1: its name)."""
    return {
        "required": QCoreApplication.translate("Messages", "%1 cannot be empty."),
        "too_long": QCoreApplication.translate("Messages", "%1 is too long."),
        "not_allowed": QCoreApplication.translate("Messages", "%1: this value is not allowed."),
        "wrong_type": QCoreApplication.translate("Messages", "%1 is not written correctly."),
        "out_of_range": QCoreApplication.translate("Messages", "%1 is out of range."),
        "unknown_field": QCoreApplication.translate(
            "Messages", "%1 cannot be stored by this version of the program; nothing was changed."
        ),
        "missing": QCoreApplication.translate(
            "Messages", "%1 refers to a record that does not exist; nothing was changed."
        ),
    }


def error_sentences() -> dict[str, str]:
    """The sentence of each code the core raises, in the interface language; %1 is the
    file or folder the error is about, where the sentence names one."""
    return {
        # -- records and what they accept
        "error": QCoreApplication.translate(
            "Messages", "Something went wrong; nothing was changed."
        ),
        "invalid": QCoreApplication.translate(
            "Messages", "This value is not accepted; nothing was changed."
        ),
        "not_found": QCoreApplication.translate(
            "Messages", "This record does not exist any more (it may have been deleted)."
        ),
        "deleted": QCoreApplication.translate(
            "Messages", "This record was deleted; restore it first."
        ),
        "imported": QCoreApplication.translate(
            "Messages",
            "This record came from a partner's sync file; only the partner can change it.",
        ),
        "inconsistent": QCoreApplication.translate(
            "Messages", "Choose the change as most significant before giving the reason."
        ),
        "duplicate": QCoreApplication.translate(
            "Messages", "A record with the same id exists already; nothing was changed."
        ),
        "ambiguous_id": QCoreApplication.translate(
            "Messages", "Several meetings have an id that starts this way; give more of it."
        ),
        # -- the database
        "database_is_folder": QCoreApplication.translate(
            "Messages", "%1 is a folder, not a database. Nothing was changed."
        ),
        "database_not_ours": QCoreApplication.translate(
            "Messages", "%1 is not an mra-desktop database. Nothing was changed."
        ),
        "database_damaged": QCoreApplication.translate(
            "Messages",
            "The database %1 is damaged and cannot be opened. It was left as it is; restore "
            "one of its backups.",
        ),
        "database_unreadable": QCoreApplication.translate(
            "Messages",
            "The database %1 cannot be read (it is protected, or its disk has a problem). "
            "Nothing was changed.",
        ),
        "database_newer": QCoreApplication.translate(
            "Messages",
            "The database %1 was written by a newer version of mra-desktop. Update the "
            "program to open it; nothing was changed.",
        ),
        "database_folder": QCoreApplication.translate(
            "Messages",
            "The folder %1 cannot be made (it is protected, or the disk is full). Nothing "
            "was changed.",
        ),
        "database_not_upgraded": QCoreApplication.translate(
            "Messages",
            "The database %1 could not be backed up before its upgrade, so it was not "
            "upgraded. Free some disk space and start the program again.",
        ),
        "database_busy": QCoreApplication.translate(
            "Messages", "The database is busy; try again in a moment. Nothing was changed."
        ),
        "database_in_use": QCoreApplication.translate(
            "Backups",
            "The database is in use by another program (an import, an export); wait until it "
            "ends, then try again. Nothing was changed.",
        ),
        # -- MRA's database on a PostgreSQL server (%1: USER@HOST:PORT/DATABASE)
        "database_server_password": QCoreApplication.translate(
            "Messages",
            "The server %1 did not accept the password, or none was found. Put the right "
            "one in the PostgreSQL password file (~/.pgpass). Nothing was changed.",
        ),
        "database_server_refused": QCoreApplication.translate(
            "Messages",
            "The server %1 does not let this computer or this user use that database; ask "
            "MRA's administrator. Nothing was changed.",
        ),
        "database_server_unreachable": QCoreApplication.translate(
            "Messages",
            "The server %1 cannot be reached; check that it runs and that this computer is "
            "on its network. Nothing was changed.",
        ),
        "database_server_old": QCoreApplication.translate(
            "Messages",
            "The server %1 runs a PostgreSQL older than version 13, which mra-desktop cannot "
            "use. Nothing was changed.",
        ),
        "database_server": QCoreApplication.translate(
            "Messages", "The server %1 could not be used. Nothing was changed."
        ),
        "backup_tool_missing": QCoreApplication.translate(
            "Backups",
            "PostgreSQL's client programs (pg_dump, pg_restore) are missing or older than the "
            "server, so no backup can be made; install them. Nothing was changed.",
        ),
        # -- files the program writes, and its own files
        "file_write": QCoreApplication.translate(
            "Messages",
            "%1 cannot be written (the folder is missing, protected or full); choose another "
            "place.",
        ),
        "disk_full": QCoreApplication.translate(
            "Messages", "%1 cannot be written: the disk is full. Free some space and try again."
        ),
        "cancelled": QCoreApplication.translate("Jobs", "Cancelled; nothing was written."),
        "protocol_missing": QCoreApplication.translate(
            "Messages",
            "The protocol catalogue is missing from this installation; reinstall mra-desktop.",
        ),
        "protocol_unknown": QCoreApplication.translate(
            "Messages",
            "This meeting uses a version of the protocol this program does not have; update "
            "mra-desktop.",
        ),
        "report_font_missing": QCoreApplication.translate(
            "Messages", "A font of the report is missing or damaged; reinstall mra-desktop."
        ),
        "report_language": QCoreApplication.translate(
            "Messages", "A report can be written in Arabic, French or English only."
        ),
        # -- backups
        "backup_failed": QCoreApplication.translate(
            "Backups", "The backup could not be made. The database is unchanged."
        ),
        "backup_write": QCoreApplication.translate(
            "Backups",
            "The backup could not be written: the disk is full or the backups folder is "
            "protected. The database is unchanged.",
        ),
        "backup_verify": QCoreApplication.translate(
            "Backups",
            "The backup failed its integrity check and was deleted: the database may be "
            "damaged. Keep a copy of it and ask for help.",
        ),
        "backup_no_database": QCoreApplication.translate(
            "Backups", "There is no database to back up yet."
        ),
        "not_a_backup": QCoreApplication.translate(
            "Backups",
            "This file is not a backup of an mra-desktop database. Nothing was changed.",
        ),
        "backup_damaged": QCoreApplication.translate(
            "Backups", "This backup is damaged and cannot be restored. Nothing was changed."
        ),
        "backup_newer": QCoreApplication.translate(
            "Backups",
            "This backup was made by a newer version of mra-desktop; update the program to "
            "restore it. Nothing was changed.",
        ),
        # -- identity, partners' devices, undoing an import
        "identity": QCoreApplication.translate(
            "Messages",
            "This database's identity (its organisation and this computer's key) cannot be "
            "used as it is; nothing was changed.",
        ),
        "identity_missing": QCoreApplication.translate(
            "Messages",
            "This database does not say yet which organisation it belongs to: choose it in "
            "Settings first.",
        ),
        "card_invalid": QCoreApplication.translate(
            "Partners",
            "This is not a usable identity card (damaged, altered, or another kind of file). "
            "Nothing was enrolled.",
        ),
        "enrolment_refused": QCoreApplication.translate(
            "Partners",
            "This card cannot be enrolled: its key or its organisation is already known "
            "differently here (the details are in the tooltip). Nothing was enrolled.",
        ),
        "revert_refused": QCoreApplication.translate(
            "Messages",
            "This import cannot be undone: it was undone already, or records it brought "
            "changed since (undo the later imports first). Nothing was changed.",
        ),
        "sync_key_installed": QCoreApplication.translate(
            "Messages",
            "Another key of MRA is installed; replacing it must be confirmed. Nothing was "
            "changed.",
        ),
        "database_write": QCoreApplication.translate(
            "Messages",
            "The database could not be written (the disk may be full); nothing was changed.",
        ),
        # -- the newsletter
        "newsletter_not_quotable": QCoreApplication.translate(
            "NewsletterWords",
            "The partner has not agreed that this change may be quoted; it cannot enter an issue.",
        ),
        "newsletter_consent_withdrawn": QCoreApplication.translate(
            "NewsletterWords",
            "An item quotes a change the partner no longer allows to be quoted; remove it, "
            "then publish.",
        ),
        "newsletter_frozen": QCoreApplication.translate(
            "NewsletterWords", "This issue was published; a published issue cannot be changed."
        ),
        "newsletter_needs_title": QCoreApplication.translate("NewsletterWords", "Give it a title."),
        "newsletter_too_long": QCoreApplication.translate(
            "NewsletterWords", "The text is too long."
        ),
        "newsletter_duplicate": QCoreApplication.translate(
            "NewsletterWords", "This change is already in the issue."
        ),
        "newsletter_empty": QCoreApplication.translate(
            "NewsletterWords", "Put at least one change in the issue before publishing it."
        ),
        "newsletter_needs_period": QCoreApplication.translate(
            "NewsletterWords", "Give the period of the issue: its first and its last day."
        ),
        "newsletter_ambiguous_id": QCoreApplication.translate(
            "NewsletterWords",
            "Several issues have an id that starts this way; type more of the id.",
        ),
        "newsletter_invalid": QCoreApplication.translate(
            "NewsletterWords", "The newsletter cannot be changed this way; nothing was changed."
        ),
        "newsletter_language": QCoreApplication.translate(
            "NewsletterWords", "A newsletter is written in Arabic, French or English."
        ),
        # -- receipts from MRA
        "receipt": QCoreApplication.translate(
            "Messages", "The receipt could not be read or written; nothing was changed."
        ),
        "receipt_file_invalid": QCoreApplication.translate(
            "MraReview",
            "Refused: this file is damaged, altered or not a receipt from MRA; nothing was "
            "changed.",
        ),
        "receipt_file_newer": QCoreApplication.translate(
            "MraReview",
            "Refused: a newer version of mra-desktop wrote this receipt; update the program "
            "to read it.",
        ),
        "receipt_unknown_signer": QCoreApplication.translate(
            "MraReview",
            "Refused: this receipt was not signed by the MRA key installed here; nothing was "
            "changed.",
        ),
        "receipt_no_key": QCoreApplication.translate(
            "MraReview",
            "MRA's current key is not installed here, so receipts cannot be checked: install "
            "MRA's public key file in Settings (compare its fingerprint with MRA by phone).",
        ),
        "receipt_not_ours": QCoreApplication.translate(
            "MraReview",
            "Refused: this receipt is for another organisation or another computer; nothing "
            "was changed.",
        ),
        "receipt_no_device": QCoreApplication.translate(
            "SyncImport",
            "This partner has no enrolled computer, so no receipt can be encrypted "
            "for it: enrol the partner's identity card first (File ▸ Partners…).",
        ),
        # -- sync files and keys
        "sync": QCoreApplication.translate(
            "Messages",
            "The sync file could not be read or written; nothing was changed. Check the file "
            "and the disk, then try again.",
        ),
        "sync_file_invalid": QCoreApplication.translate(
            "SyncImport",
            "Refused: the file is damaged, altered or not a sync file; nothing of it "
            "was imported.",
        ),
        "sync_file_needs_earlier": QCoreApplication.translate(
            "SyncImport",
            "Refused: it completes an earlier file of this partner that has not been "
            "imported yet; import that file first (nothing of this one was imported).",
        ),
        "sync_file_newer": QCoreApplication.translate(
            "SyncImport",
            "Refused: a newer version of mra-desktop wrote this file; update the program "
            "to import it.",
        ),
        "sync_key": QCoreApplication.translate(
            "Messages",
            "This key file cannot be used: it is missing, damaged, or not the right kind of "
            "key (MRA's public key ends in %1, its private key in %2).",
        ),
        "sync_wrong_passphrase": QCoreApplication.translate(
            "Messages", "The passphrase is wrong; type it again."
        ),
        "sync_wrong_key": QCoreApplication.translate(
            "SyncImport",
            "Refused: this file was encrypted for a key that is not unlocked here.",
        ),
        "sync_key_required": QCoreApplication.translate(
            "SyncImport", "Encrypted: unlock MRA's private key to import it."
        ),
        "sync_unknown_signer": QCoreApplication.translate(
            "SyncImport",
            "Refused: it was signed by a device MRA has not enrolled (or names another "
            "device); enrol the partner's identity card in Partners first.",
        ),
        "sync_revoked_signer": QCoreApplication.translate(
            "SyncImport", "Refused: it was signed by a device MRA revoked."
        ),
        "sync_unsigned": QCoreApplication.translate(
            "SyncImport",
            "Refused: it is not signed (an older version of mra-desktop made it); tick "
            "“Also import unsigned files” to import it anyway.",
        ),
        "sync_unencrypted": QCoreApplication.translate(
            "SyncImport",
            "Refused: it is not encrypted; tick “Also import files that are not "
            "encrypted” to import it anyway.",
        ),
        "sync_not_owner": QCoreApplication.translate(
            "SyncImport",
            "Refused: it holds records that do not belong to the organisation its "
            "device is enrolled for; nothing of it was imported.",
        ),
        "sync_no_recipient": QCoreApplication.translate(
            "Messages",
            "MRA's public key is not installed: install it in Settings, or choose an "
            "unencrypted file.",
        ),
        "sync_conflict": QCoreApplication.translate(
            "Messages",
            "This conflict was decided already, or the choice is not known; nothing was "
            "changed.",
        ),
        # -- MRA's review, matrix and national choices
        "review_invalid": QCoreApplication.translate(
            "Messages", "This review state does not exist; nothing was changed."
        ),
        "review_needs_comment": QCoreApplication.translate(
            "MraWords", "Say what the issue is in the comment first."
        ),
        "review_needs_name": QCoreApplication.translate(
            "MraWords", "Write your name in Settings first: every review says who made it."
        ),
        "review_not_received": QCoreApplication.translate(
            "MraWords", "Only meetings received from a partner are reviewed."
        ),
        "review_comment_too_long": QCoreApplication.translate(
            "MraWords", "The comment is too long."
        ),
        "review_name_too_long": QCoreApplication.translate("MraWords", "The name is too long."),
        "msc_invalid": QCoreApplication.translate(
            "Messages", "This national choice cannot be made; nothing was changed."
        ),
        "msc_reason_short": QCoreApplication.translate(
            "MraWords",
            "Write the reason as full sentences: why this change matters more than the others.",
        ),
        "msc_reason_unfinished": QCoreApplication.translate(
            "MraWords", "End the reason as a sentence ends, with a full stop."
        ),
        "msc_needs_name": QCoreApplication.translate("MraWords", "Write the name of who chose."),
        "msc_needs_title": QCoreApplication.translate("MraWords", "Give the round a title."),
        "msc_period_reversed": QCoreApplication.translate(
            "MraWords", "The period must end after it starts."
        ),
        "msc_not_candidate": QCoreApplication.translate(
            "MraWords", "Choose among the changes the meetings chose as most significant."
        ),
        "msc_text_too_long": QCoreApplication.translate("MraWords", "The text is too long."),
        "scope_reversed": QCoreApplication.translate(
            "MraWords",
            "The period is reversed: its end comes before its start. Nothing was written.",
        ),
        "scope_unknown_partner": QCoreApplication.translate(
            "MraWords", "This partner is not in the database. Nothing was written."
        ),
        "scope_empty": QCoreApplication.translate(
            "MraWords", "No meeting counts in this period. Nothing was written."
        ),
        "consolidation_invalid": QCoreApplication.translate(
            "Messages", "The matrix cannot be drawn this way; choose two different axes."
        ),
        "summary_too_long": QCoreApplication.translate("MraWords", "The summary is too long."),
    }


def _family_sentence(code: str) -> str:
    """The sentence of a code this version has no words for yet, by its family."""
    if code.startswith("sync"):
        return error_sentences()["sync"]
    if code.startswith("backup"):
        return error_sentences()["backup_failed"]
    if code.startswith("database"):
        return QCoreApplication.translate(
            "Messages", "The database cannot be used as it is; nothing was changed."
        )
    return error_sentences()["error"]


def describe_error(error: MraError | str) -> str:
    """One sentence in the interface language for an error the core raised (or for its
    code alone, as an import's outcome keeps it)."""
    code = error if isinstance(error, str) else error.code
    if isinstance(error, ValidationError):
        if error.field == "period_to" and code == "out_of_range":
            return QCoreApplication.translate(
                "Messages", "The period under review must end after it starts."
            )
        if error.field == "sectors" and code == "out_of_range":
            return QCoreApplication.translate(
                "Messages", "A single-sector meeting covers one sector only."
            )
        about_field = _field_sentences().get(code)
        if about_field is not None:
            return fill(about_field, _field_label(error.field))
    if (
        isinstance(error, MraError)
        and code.startswith(("sync", "receipt", "database_server"))
        and current_language() == "en"
    ):
        return error.message  # the core's sentence names the exact problem
    sentence = error_sentences().get(code) or _family_sentence(code)
    if code == "sync_key":
        return fill(sentence, ltr(".pub"), ltr(".key"))
    if "%1" in sentence:
        path = getattr(error, "path", None)
        if path:
            return fill(sentence, Path(path))
        return fill(sentence, "…")
    return sentence


def not_saved(reason: str) -> str:
    """Why an edit is not stored yet: ``disk_full``, ``busy``, or anything else."""
    sentences = {
        "disk_full": QCoreApplication.translate(
            "Messages", "Not saved: the disk is full. Free some space; your text is kept."
        ),
        "busy": QCoreApplication.translate(
            "Messages", "Not saved yet: the database is busy. Trying again."
        ),
    }
    return sentences.get(
        reason,
        QCoreApplication.translate(
            "Messages",
            "Not saved: the database could not be written. Your text is kept and will be "
            "saved again.",
        ),
    )
