#!/usr/bin/env bash
# Make sure what the tests need outside Python is there: PostgreSQL and Redis running on
# loopback, and Debian's Chromium for the browser tests.
# Idempotent: does nothing when both already answer. Needs root (or sudo) to install/start.
set -euo pipefail

SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then $SUDO apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}

pg_up() { pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; }
redis_up() { redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; }

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "installing PostgreSQL"; apt_install postgresql postgresql-client
fi
if ! pg_up; then
  echo "starting PostgreSQL"
  $SUDO pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n1)" main start || true
fi

if ! command -v redis-server >/dev/null 2>&1; then
  echo "installing Redis"; apt_install redis-server
fi
if ! redis_up; then
  echo "starting Redis"
  $SUDO redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no
fi

# The UI tests drive Debian's Chromium (Playwright never downloads a browser here).
if [ ! -x /usr/bin/chromium ]; then
  echo "installing Chromium"; apt_install chromium
fi

for _ in $(seq 1 30); do
  if pg_up && redis_up; then break; fi
  sleep 1
done
pg_up || { echo "PostgreSQL is not reachable on 127.0.0.1:5432" >&2; exit 1; }
redis_up || { echo "Redis is not reachable on 127.0.0.1:6379" >&2; exit 1; }
# The tests connect as postgres with trust auth on loopback and create their own databases.
psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='test'" | grep -q 1 \
  || psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE test"
echo "services: PostgreSQL and Redis are up"
