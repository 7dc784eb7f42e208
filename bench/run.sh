#!/usr/bin/env bash
# Benchmark: cold `load` of sequelize-ddl against the Node provider (real Sequelize from
# test-fixtures/oracle) on synthetic sequelize-cli projects of 4, 50 and 200 models, side by side,
# plus `regress` over 50 small projects against 50 separate Node runs. Extra arguments go to
# bench.py (--sizes 4,50,200 --reps 5 --dialect mysql --projects 50 --jobs N --work DIR).
# Needs node (20+) and python3; builds the jar and the AOT cache first.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
oracle="$here/../test-fixtures/oracle"
if [[ ! -d "$oracle/node_modules/sequelize" ]]; then
    (cd "$oracle" && npm ci --no-audit --no-fund >&2)
fi
exec python3 "$here/bench.py" "$@"
