#!/bin/sh
# Regenerates test-fixtures/cases/*/expected with real Sequelize 6.37.8.
#   ./regenerate.sh                 all cases
#   ./regenerate.sh --check         exit 1 if any expected file is out of date (CI)
#   ./regenerate.sh c02-minimal-user ...
set -eu
cd "$(dirname "$0")"
if [ ! -d node_modules/sequelize ]; then
  npm ci --no-audit --no-fund
fi
exec node generate.js "$@"
