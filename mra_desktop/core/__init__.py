"""The core of mra-desktop: data model, storage, services, protocol, reports and sync.

Nothing in this package imports Qt or the user interface; the CLI, the tests and the GUI
all stand on it.
"""
