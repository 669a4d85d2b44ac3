#!/usr/bin/env bash
# Regenerates src/gen/messages.{js,d.ts} from proto/*.proto with protobufjs-cli (static
# code, ESM, int64 as Long). `--check` regenerates into a temporary folder and fails when
# the committed files differ, so CI catches a .proto edited without regenerating.
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/gen
if [ "${1:-}" = "--check" ]; then out=$(mktemp -d); fi
mkdir -p "$out"
npx --no-install pbjs -t static-module -w esm --no-create --no-verify --no-convert \
  --no-delimited --no-typeurl --no-service --force-long \
  -o "$out/messages.js" -d proto/*.proto
# pbts emits a CommonJS-style import for long; the package is ESM.
sed -i 's/^import Long = require("long");$/import Long from "long";/' "$out/messages.d.ts"
if [ "${1:-}" = "--check" ]; then
  status=0
  diff -q "$out/messages.js" src/gen/messages.js || status=1
  diff -q "$out/messages.d.ts" src/gen/messages.d.ts || status=1
  rm -rf "$out"
  if [ "$status" -ne 0 ]; then
    echo "src/gen is out of date with proto/: run libs/wire/scripts/gen-proto.sh" >&2
    exit 1
  fi
fi
