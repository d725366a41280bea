#!/usr/bin/env bash
# Production build of every service: tsc (decorator metadata), tsc-alias (@laa/* paths to relative
# requires), then the files the services read at run time, copied next to the compiled code.
set -euo pipefail
cd "$(dirname "$0")/../.."
rm -rf dist/out-tsc
npx tsc -p tsconfig.build.json
npx tsc-alias -p tsconfig.build.json
mkdir -p dist/out-tsc/libs/reference-data dist/out-tsc/apps/gateway
cp -r libs/reference-data/data dist/out-tsc/libs/reference-data/data
cp apps/gateway/supergraph.graphql dist/out-tsc/apps/gateway/
cp -r apps/gateway/safelist dist/out-tsc/apps/gateway/safelist
echo "built dist/out-tsc: node dist/out-tsc/apps/<app>/src/main.js"
