#!/usr/bin/env bash
# Runs every test: builds, lints (module boundaries, types, generated code) and tests every
# project, end-to-end suites included. Provisions first when needed (Node 22, nats-server,
# npm dependencies). Extra arguments go to nx (e.g. --skip-nx-cache).
set -euo pipefail
cd "$(dirname "$0")"
scripts/provision --no-build
source scripts/env
exec npx nx run-many -t build lint test --outputStyle=static "$@"
