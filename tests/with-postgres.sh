#!/usr/bin/env bash
# Runs a command beside a throw-away PostgreSQL cluster, for the tests of MRA's side on a
# real server: `bash tests/with-postgres.sh COMMAND ARGS…` (make test and make bench use it).
#
# The cluster is made by initdb in a temporary folder, as an unprivileged user (`nobody`
# when run as root, as CI does), with a random superuser password; it listens on a Unix
# socket in that folder and on 127.0.0.1 only, at a free port. It is stopped and its folder
# removed when the command ends, whatever its outcome (and on Ctrl+C). The command finds
# the server in MRA_TEST_POSTGRES, a libpq connection string for its superuser.
#
# Where PostgreSQL's server programs are missing, the command runs alone and the tests on
# PostgreSQL are skipped, except under CI (CI=true), where that is an error.
set -euo pipefail

find_bindir() {
  if [[ -n "${PG_BINDIR:-}" && -x "$PG_BINDIR/initdb" ]]; then echo "$PG_BINDIR"; return; fi
  local newest
  newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n | tail -n 1 || true)
  if [[ -n "$newest" && -x "$newest/initdb" ]]; then echo "$newest"; return; fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
  if command -v pg_config >/dev/null 2>&1; then
    local dir; dir=$(pg_config --bindir)
    if [[ -x "$dir/initdb" ]]; then echo "$dir"; return; fi
  fi
}

bindir=$(find_bindir)
if [[ -z "$bindir" ]]; then
  if [[ "${CI:-}" == "true" ]]; then
    echo "with-postgres: PostgreSQL's server (initdb, pg_ctl) is not installed" >&2
    exit 1
  fi
  echo "with-postgres: no PostgreSQL server here; the tests on PostgreSQL are skipped" >&2
  exec "$@"
fi

folder=$(mktemp -d "${TMPDIR:-/tmp}/mra-postgres.XXXXXX")
as_owner=()
if [[ $(id -u) -eq 0 ]]; then
  # the server refuses to run as root: the cluster belongs to an unprivileged user
  chown nobody "$folder"
  as_owner=(runuser -u nobody --)
fi

stop() {
  if [[ -f "$folder/data/postmaster.pid" ]]; then
    "${as_owner[@]}" "$bindir/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$folder"
}
trap stop EXIT
trap 'exit 130' INT TERM

password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
printf '%s\n' "$password" > "$folder/password"
[[ ${#as_owner[@]} -eq 0 ]] || chown nobody "$folder/password"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

"${as_owner[@]}" "$bindir/initdb" -D "$folder/data" -U mra_test_admin --pwfile="$folder/password" \
  --auth=scram-sha-256 --encoding=UTF8 --no-locale --no-sync >"$folder/initdb.log" 2>&1 || {
  cat "$folder/initdb.log" >&2; exit 1; }
rm -f "$folder/password"
# throw-away data: no fsync; enough connections for the tests with several processes
options="-c listen_addresses=127.0.0.1 -p $port -k $folder -c fsync=off -c synchronous_commit=off"
options+=" -c full_page_writes=off -c max_connections=200 -c shared_buffers=64MB"
"${as_owner[@]}" "$bindir/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
  -o "$options" start >/dev/null || { cat "$folder/server.log" >&2; exit 1; }

export MRA_TEST_POSTGRES="host=$folder port=$port user=mra_test_admin password=$password dbname=postgres"
export MRA_TEST_POSTGRES_BINDIR="$bindir"
status=0
"$@" || status=$?
exit "$status"
