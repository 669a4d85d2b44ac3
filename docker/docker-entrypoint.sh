#!/bin/sh
# Runs the cassia CLI: `IMAGE node …`, `IMAGE gateway …`, `IMAGE shell …`; a leading
# `cassia` is accepted too (`IMAGE cassia node …`). Node runs as PID 1 (it handles SIGTERM:
# nodes and gateways stop cleanly and announce it to gossip).
set -e
if [ "${1:-}" = cassia ]; then shift; fi
exec /usr/local/bin/node /opt/cassia/apps/cli/bin/cassia.js "$@"
