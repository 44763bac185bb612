"""What can go wrong with receipts, each as one sentence a person can act on; ``code``
tells the interface which sentence to word in its language."""

from __future__ import annotations

from mra_desktop.core.errors import MraError


class ReceiptError(MraError):
    """A receipt cannot be written or read; nothing was written."""

    code = "receipt"


class ReceiptFileError(ReceiptError):
    """A receipt that is damaged, altered or not a receipt at all; refused whole."""

    code = "receipt_file_invalid"


class NewerReceiptFormatError(ReceiptFileError):
    code = "receipt_file_newer"


class ReceiptSignerError(ReceiptError):
    """The receipt was not signed by the MRA key installed here (or none is)."""

    code = "receipt_unknown_signer"


class ReceiptKeyMissingError(ReceiptSignerError):
    """No MRA key is installed, or the installed one carries no signing key."""

    code = "receipt_no_key"


class ReceiptRecipientError(ReceiptError):
    """The receipt is for another organisation, or for other devices."""

    code = "receipt_not_ours"


class NoRecipientDeviceError(ReceiptError):
    """MRA cannot write a receipt: the partner has no enrolled device to encrypt it for."""

    code = "receipt_no_device"
