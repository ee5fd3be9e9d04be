# Sourced by .ci/run: a throwaway PostgreSQL cluster for the PostgreSQL-catalog tests.
# Installs Debian's postgresql if missing, runs initdb and pg_ctl as the postgres user on a
# Unix socket in a fresh folder under /tmp (no TCP port, so it cannot clash with anything),
# creates the database unrest_test, exports UNREST_TEST_PG_DSN and stops the server on exit.
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq postgresql >/dev/null
fi
UNREST_PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
UNREST_PG_DIR=$(mktemp -d /tmp/unrest-pg.XXXXXX)
chown postgres "$UNREST_PG_DIR"
runuser -u postgres -- "$UNREST_PG_BIN/initdb" -D "$UNREST_PG_DIR/data" -A trust -U postgres >/dev/null
runuser -u postgres -- "$UNREST_PG_BIN/pg_ctl" -D "$UNREST_PG_DIR/data" -l "$UNREST_PG_DIR/log" -w \
  -o "-c listen_addresses='' -k $UNREST_PG_DIR -p 5432" start >/dev/null
runuser -u postgres -- "$UNREST_PG_BIN/createdb" -h "$UNREST_PG_DIR" -p 5432 unrest_test
export UNREST_TEST_PG_DSN="dbname=unrest_test host=$UNREST_PG_DIR port=5432 user=postgres"
trap 'runuser -u postgres -- "$UNREST_PG_BIN/pg_ctl" -D "$UNREST_PG_DIR/data" -m fast -w stop >/dev/null; rm -rf "$UNREST_PG_DIR"' EXIT
echo "ci: PostgreSQL $("$UNREST_PG_BIN/postgres" --version | awk '{print $3}') for the catalog tests at $UNREST_PG_DIR"
