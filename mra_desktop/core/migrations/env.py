"""Alembic environment: migrations run on the connection the program hands over."""

from alembic import context

from mra_desktop.core.models import complete_metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - the program always passes a connection
    raise RuntimeError("mra-desktop runs its migrations itself; use `mra-desktop info`")

context.configure(
    connection=connection,
    target_metadata=complete_metadata(),
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
