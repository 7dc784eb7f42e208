#!/usr/bin/env bash
# Throwaway local PostgreSQL and MariaDB servers for the database tests.
#
#   scripts/local-db.sh start  [pg|mariadb|all]   install if missing, start if not running,
#                                                 print `export DDL_...=...` lines on stdout
#   scripts/local-db.sh env    [pg|mariadb|all]   print the export lines of running servers
#   scripts/local-db.sh status [pg|mariadb|all]   one line per server; exit 1 if one is down
#   scripts/local-db.sh stop   [pg|mariadb|all]   stop by PID (data is kept: the next start is fast)
#   scripts/local-db.sh clean                     stop both and delete the state directory
#
# Usage from a script:   eval "$(scripts/local-db.sh start)"
#
# Everything lives under $DDL_DB_DIR (default ${TMPDIR:-/tmp}/sequelize-ddl-db-<uid>): data
# directories, sockets, PID and log files. Servers listen on 127.0.0.1 only, on free non-default
# ports (PostgreSQL from 54330, MariaDB from 33070), with fsync off. Packages come from Debian
# (`postgresql` and PostGIS `postgresql-<ver>-postgis-3`, `mariadb-server`), installed with apt-get
# when missing (root only); package installs never start the system services (policy-rc.d), and
# we never use the default ports.
# As root, PostgreSQL runs as the `postgres` OS user (runuser), MariaDB with --user=root.
#
# Login for both servers: user `ddl`, password `ddl` (a superuser / ALL PRIVILEGES), on TCP.
# Diagnostics go to stderr; stdout carries only the export lines, so `eval` is safe.
# `start` also exports DDL_LOCAL_DB_STARTED: the servers this call started (empty when they
# were already running), so a caller can stop only what it started.
set -euo pipefail

DB_DIR="${DDL_DB_DIR:-${TMPDIR:-/tmp}/sequelize-ddl-db-$(id -u)}"
DB_USER=ddl
DB_PASSWORD=ddl
PG_PORT_BASE=54330
MARIADB_PORT_BASE=33070
WAIT_SECONDS=60

log() { printf 'local-db: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

is_root() { [ "$(id -u)" = 0 ]; }

# --- ports and processes -------------------------------------------------------------------------

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pick_port() { # $1 preferred (may be empty), $2 base
  local p
  if [ -n "$1" ] && ! port_in_use "$1"; then echo "$1"; return; fi
  for p in $(seq "$2" $(($2 + 200))); do
    if ! port_in_use "$p"; then echo "$p"; return; fi
  done
  die "no free port from $2"
}

# pid_alive PID COMM: the process exists and its command name starts with COMM
pid_alive() {
  [ -n "${1:-}" ] && [ -r "/proc/$1/comm" ] && case "$(cat "/proc/$1/comm" 2>/dev/null)" in "$2"*) return 0 ;; *) return 1 ;; esac
}

stop_pid() { # PID SIGNAL COMM NAME
  local pid=$1 sig=$2 comm=$3 name=$4 i
  pid_alive "$pid" "$comm" || return 0
  kill -s "$sig" "$pid" 2>/dev/null || true
  for i in $(seq 1 600); do
    pid_alive "$pid" "$comm" || { log "$name stopped (pid $pid)"; return 0; }
    sleep 0.05
  done
  log "$name (pid $pid) did not stop in 30 s; killing it"
  kill -s KILL "$pid" 2>/dev/null || true
}

# --- installing ----------------------------------------------------------------------------------

pg_bindir() { # the newest /usr/lib/postgresql/<ver>/bin with initdb and postgres
  local d best=""
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
    [ -x "$d/initdb" ] && [ -x "$d/postgres" ] && [ -x "$d/pg_ctl" ] && best=$d
  done
  [ -n "$best" ] && echo "$best"
}

mariadbd_bin() {
  local b
  for b in mariadbd /usr/sbin/mariadbd /usr/sbin/mysqld; do
    if command -v "$b" >/dev/null 2>&1; then command -v "$b"; return; fi
  done
  return 1
}

apt_install() {
  is_root || die "missing packages ($*) and not root: install them with apt-get, or set DDL_PG_JDBC_URL / DDL_MARIADB_JDBC_URL"
  command -v apt-get >/dev/null || die "missing packages ($*) and no apt-get"
  # Package scripts must not start the system services: a policy-rc.d that denies everything.
  local policy=/usr/sbin/policy-rc.d made_policy=""
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' > "$policy"; chmod 755 "$policy"; made_policy=1
  fi
  log "installing $* with apt-get"
  local opts=(-y -q --no-install-recommends -o DPkg::Lock::Timeout=300)
  local rc=0
  if ! DEBIAN_FRONTEND=noninteractive apt-get install "${opts[@]}" "$@" >&2; then
    log "apt-get install failed; running apt-get update and retrying"
    DEBIAN_FRONTEND=noninteractive apt-get update -q -o DPkg::Lock::Timeout=300 >&2 || true
    DEBIAN_FRONTEND=noninteractive apt-get install "${opts[@]}" "$@" >&2 || rc=$?
  fi
  [ -n "$made_policy" ] && rm -f "$policy"
  [ "$rc" = 0 ] || die "apt-get install $* failed"
}

# PostGIS for the PostgreSQL in $1 (/usr/lib/postgresql/<ver>/bin): its extension control file exists.
pg_has_postgis() { [ -f "/usr/share/postgresql/$(basename "$(dirname "$1")")/extension/postgis.control" ]; }

ensure_installed() { # pg? mariadb?
  local want_pg=$1 want_maria=$2 pkgs=() bin
  if [ "$want_pg" = 1 ] && ! pg_bindir >/dev/null; then pkgs+=(postgresql); fi
  if [ "$want_maria" = 1 ] && { ! mariadbd_bin >/dev/null || ! command -v mariadb-install-db >/dev/null || ! command -v mariadb >/dev/null; }; then
    pkgs+=(mariadb-server mariadb-client)
  fi
  [ "${#pkgs[@]}" = 0 ] || apt_install "${pkgs[@]}"
  # PostGIS (the cases with GEOMETRY columns): Debian's package for the installed major version.
  # The tests create the extension in the databases that need it; a running server picks up the
  # newly installed files without a restart.
  if [ "$want_pg" = 1 ] && bin=$(pg_bindir) && ! pg_has_postgis "$bin"; then
    local pkg="postgresql-$(basename "$(dirname "$bin")")-postgis-3"
    if is_root; then
      apt_install "$pkg"
    else
      log "warning: PostGIS is not installed ($pkg) and not root: the cases with GEOMETRY columns will fail on PostgreSQL"
    fi
  fi
}

# --- PostgreSQL ----------------------------------------------------------------------------------

PG_DIR="$DB_DIR/pg"
PG_DATA="$PG_DIR/data"

as_pg() { # run a command as the OS user that owns the cluster
  if is_root; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_pid() { [ -f "$PG_DATA/postmaster.pid" ] && head -n1 "$PG_DATA/postmaster.pid" || true; }
pg_running() { pid_alive "$(pg_pid)" postgres; }
pg_port() { cat "$PG_DIR/port" 2>/dev/null || true; }

pg_env() {
  echo "export DDL_PG_JDBC_URL='jdbc:postgresql://127.0.0.1:$(pg_port)/postgres'"
  echo "export DDL_PG_USER='$DB_USER'"
  echo "export DDL_PG_PASSWORD='$DB_PASSWORD'"
}

pg_start() { # returns 0 if it started the server, 2 if it was running
  if pg_running; then return 2; fi
  local bin; bin=$(pg_bindir) || die "PostgreSQL binaries not found under /usr/lib/postgresql"
  mkdir -p "$PG_DIR"
  if is_root; then chown postgres: "$PG_DIR"; fi
  if [ ! -f "$PG_DATA/PG_VERSION" ] || [ ! -f "$PG_DIR/initialized" ]; then
    rm -rf "$PG_DATA" "$PG_DIR/initialized"
    local pwfile="$PG_DIR/pwfile"
    printf '%s\n' "$DB_PASSWORD" > "$pwfile"
    if is_root; then chown postgres: "$pwfile"; fi
    log "initdb $PG_DATA ($bin)"
    as_pg "$bin/initdb" -D "$PG_DATA" -U "$DB_USER" --pwfile="$pwfile" -E UTF8 --locale=C \
      --auth-local=trust --auth-host=scram-sha-256 --no-sync --no-instructions >"$PG_DIR/initdb.log" 2>&1 \
      || { cat "$PG_DIR/initdb.log" >&2; die "initdb failed"; }
    rm -f "$pwfile"
    as_pg sh -c "cat >> '$PG_DATA/postgresql.conf'" <<EOF

# sequelize-ddl throwaway test server
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PG_DIR'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
shared_buffers = 64MB
log_min_messages = warning
EOF
    touch "$PG_DIR/initialized"
  fi
  local port; port=$(pick_port "$(pg_port)" "$PG_PORT_BASE")
  echo "$port" > "$PG_DIR/port"
  rm -f "$PG_DATA/postmaster.pid" # stale (the server is not running)
  log "starting PostgreSQL on 127.0.0.1:$port"
  if ! as_pg "$bin/pg_ctl" -D "$PG_DATA" -l "$PG_DIR/server.log" -w -t "$WAIT_SECONDS" -o "-p $port" start >/dev/null 2>"$PG_DIR/pg_ctl.err" 9>&-; then
    cat "$PG_DIR/pg_ctl.err" "$PG_DIR/server.log" >&2 || true
    die "PostgreSQL did not start"
  fi
  pg_running || die "PostgreSQL started but no postmaster.pid"
  return 0
}

pg_stop() { pg_running && stop_pid "$(pg_pid)" INT postgres PostgreSQL; return 0; }

# --- MariaDB -------------------------------------------------------------------------------------

MA_DIR="$DB_DIR/mariadb"
MA_DATA="$MA_DIR/data"
MA_SOCK="$MA_DIR/mariadb.sock"
MA_PIDFILE="$MA_DIR/mariadb.pid"

ma_pid() { cat "$MA_PIDFILE" 2>/dev/null || true; }
ma_running() { pid_alive "$(ma_pid)" mariadbd || pid_alive "$(ma_pid)" mysqld; }
ma_port() { cat "$MA_DIR/port" 2>/dev/null || true; }

ma_env() {
  echo "export DDL_MARIADB_JDBC_URL='jdbc:mariadb://127.0.0.1:$(ma_port)/'"
  echo "export DDL_MARIADB_USER='$DB_USER'"
  echo "export DDL_MARIADB_PASSWORD='$DB_PASSWORD'"
}

ma_client() { mariadb --no-defaults -S "$MA_SOCK" -u root "$@"; }

ma_start() {
  if ma_running; then return 2; fi
  local bin; bin=$(mariadbd_bin) || die "mariadbd not found"
  local userflag=()
  if is_root; then userflag=(--user=root); fi
  mkdir -p "$MA_DIR"
  if [ ! -f "$MA_DIR/initialized" ]; then
    rm -rf "$MA_DATA"
    log "mariadb-install-db $MA_DATA"
    mariadb-install-db --no-defaults --datadir="$MA_DATA" "${userflag[@]}" \
      --auth-root-authentication-method=normal --skip-test-db --skip-name-resolve \
      --innodb-flush-log-at-trx-commit=0 >"$MA_DIR/install-db.log" 2>&1 \
      || { cat "$MA_DIR/install-db.log" >&2; die "mariadb-install-db failed"; }
  fi
  local port; port=$(pick_port "$(ma_port)" "$MARIADB_PORT_BASE")
  echo "$port" > "$MA_DIR/port"
  rm -f "$MA_PIDFILE" "$MA_SOCK"
  log "starting MariaDB on 127.0.0.1:$port"
  setsid "$bin" --no-defaults "${userflag[@]}" --datadir="$MA_DATA" \
    --bind-address=127.0.0.1 --port="$port" --socket="$MA_SOCK" --pid-file="$MA_PIDFILE" \
    --log-error="$MA_DIR/error.log" --skip-name-resolve --skip-log-bin \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_general_ci \
    --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 --sync-binlog=0 \
    --innodb-buffer-pool-size=128M --innodb-log-file-size=48M --performance-schema=OFF \
    --innodb-buffer-pool-dump-at-shutdown=OFF --innodb-buffer-pool-load-at-startup=OFF \
    --max-connections=200 </dev/null >/dev/null 2>&1 9>&- &
  local launcher=$! i
  for i in $(seq 1 $((WAIT_SECONDS * 20))); do
    if [ -S "$MA_SOCK" ] && mariadb-admin --no-defaults -S "$MA_SOCK" -u root --connect-timeout=1 ping >/dev/null 2>&1; then
      break
    fi
    if ! kill -0 "$launcher" 2>/dev/null; then
      cat "$MA_DIR/error.log" >&2 || true; die "MariaDB exited during start"
    fi
    sleep 0.05
  done
  ma_running || { cat "$MA_DIR/error.log" >&2 || true; die "MariaDB did not start in ${WAIT_SECONDS} s"; }
  if [ ! -f "$MA_DIR/initialized" ]; then
    ma_client -e "CREATE USER IF NOT EXISTS '$DB_USER'@'%' IDENTIFIED BY '$DB_PASSWORD';
                  GRANT ALL PRIVILEGES ON *.* TO '$DB_USER'@'%' WITH GRANT OPTION;
                  CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
                  GRANT ALL PRIVILEGES ON *.* TO '$DB_USER'@'localhost' WITH GRANT OPTION;
                  FLUSH PRIVILEGES;" || die "could not create the MariaDB user"
    touch "$MA_DIR/initialized"
  fi
  return 0
}

ma_stop() { ma_running && stop_pid "$(ma_pid)" TERM "$(cat "/proc/$(ma_pid)/comm")" MariaDB; return 0; }

# --- commands ------------------------------------------------------------------------------------

cmd=${1:-status}
which=${2:-all}
case "$which" in
  all) WANT_PG=1; WANT_MA=1 ;;
  pg | postgres | postgresql) WANT_PG=1; WANT_MA=0 ;;
  mariadb | mysql) WANT_PG=0; WANT_MA=1 ;;
  *) die "unknown server '$which' (pg, mariadb or all)" ;;
esac

mkdir -p "$DB_DIR"
chmod 755 "$DB_DIR"
# One caller at a time (a test run and a developer, or two test JVMs).
exec 9>"$DB_DIR/.lock"
flock -w 300 9 || die "could not lock $DB_DIR/.lock"

case "$cmd" in
  start)
    t0=$(date +%s%N)
    ensure_installed "$WANT_PG" "$WANT_MA"
    started=()
    # Both servers start in parallel: PostgreSQL in a background subshell.
    pg_job=""
    if [ "$WANT_PG" = 1 ]; then pg_start & pg_job=$!; fi
    if [ "$WANT_MA" = 1 ]; then rc=0; ma_start || rc=$?; [ "$rc" = 0 ] && started+=(mariadb); fi
    if [ -n "$pg_job" ]; then
      rc=0; wait "$pg_job" || rc=$?
      case "$rc" in 0) started=(pg "${started[@]}") ;; 2) ;; *) die "PostgreSQL start failed" ;; esac
    fi
    [ "$WANT_PG" = 1 ] && pg_env
    [ "$WANT_MA" = 1 ] && ma_env
    echo "export DDL_LOCAL_DB_STARTED='${started[*]:-}'"
    log "ready in $(( ($(date +%s%N) - t0) / 1000000 )) ms (started: ${started[*]:-none}; dir $DB_DIR)"
    ;;
  env)
    ok=0
    if [ "$WANT_PG" = 1 ]; then if pg_running; then pg_env; else ok=1; fi; fi
    if [ "$WANT_MA" = 1 ]; then if ma_running; then ma_env; else ok=1; fi; fi
    exit $ok
    ;;
  status)
    ok=0
    if [ "$WANT_PG" = 1 ]; then
      if pg_running; then echo "postgres: running pid $(pg_pid) port $(pg_port)"; else echo "postgres: stopped"; ok=1; fi
    fi
    if [ "$WANT_MA" = 1 ]; then
      if ma_running; then echo "mariadb: running pid $(ma_pid) port $(ma_port)"; else echo "mariadb: stopped"; ok=1; fi
    fi
    exit $ok
    ;;
  stop)
    if [ "$WANT_PG" = 1 ]; then pg_stop & fi
    if [ "$WANT_MA" = 1 ]; then ma_stop & fi
    wait
    ;;
  clean)
    pg_stop & ma_stop & wait
    exec 9>&-
    rm -rf "$DB_DIR"
    log "removed $DB_DIR"
    ;;
  *) die "unknown command '$cmd' (start, env, status, stop, clean)" ;;
esac
