"""Qt item models over the services (tested directly, without widgets)."""
