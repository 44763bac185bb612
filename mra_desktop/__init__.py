"""mra-desktop: MRA's participatory assessment of the public response to violence against women."""

__version__ = "0.1.0"
