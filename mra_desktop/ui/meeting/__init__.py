"""The meeting itself: five steps the facilitator moves between freely.

:class:`~mra_desktop.ui.meeting.workspace.MeetingWorkspace` is what the main window shows
for an open meeting; the step pages, the presenter window and the step timer live beside
it in this package.
"""

from mra_desktop.ui.meeting.workspace import STEPS, MeetingWorkspace

__all__ = ["STEPS", "MeetingWorkspace"]
