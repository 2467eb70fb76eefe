#!/usr/bin/env bash
# Refreshes api/static/graphiql/ (GraphiQL served from the Python package, no CDN) from npm: the
# same builds, at the same versions, that Strawberry's GraphiQL page loads from unpkg. Commit the
# result; `make graphiql` runs this. Bump the versions together with Strawberry's
# (strawberry/static/graphiql.html), and check that the page still renders: `make e2e`.
set -euo pipefail
cd "$(dirname "$0")/.."

REACT=18.2.0
GRAPHIQL=3.8.3
EXPLORER=1.0.2

out=api/static/graphiql
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "react@$REACT" "react-dom@$REACT" "graphiql@$GRAPHIQL" \
  "@graphiql/plugin-explorer@$EXPLORER" >/dev/null)
for tarball in "$work"/*.tgz; do
  mkdir -p "${tarball%.tgz}"
  tar xzf "$tarball" -C "${tarball%.tgz}"
done

cp "$work/react-$REACT/package/umd/react.production.min.js" "$out/react.production.min.js"
cp "$work/react-dom-$REACT/package/umd/react-dom.production.min.js" "$out/react-dom.production.min.js"
cp "$work/graphiql-$GRAPHIQL/package/graphiql.min.js" "$out/graphiql.min.js"
cp "$work/graphiql-$GRAPHIQL/package/graphiql.min.css" "$out/graphiql.min.css"
cp "$work/graphiql-plugin-explorer-$EXPLORER/package/dist/index.umd.js" "$out/plugin-explorer.umd.js"
cp "$work/graphiql-plugin-explorer-$EXPLORER/package/dist/style.css" "$out/plugin-explorer.css"

# The licences, with the versions they cover. The explorer plugin's package carries no licence
# file: it is MIT (its package.json) from the same GraphiQL repository, under that LICENSE.
{
  echo "# Third-party files in this folder"
  echo
  echo "Fetched from npm by scripts/graphiql-assets.sh; only graphiql-page.js and graphiql-page.css are VoC Loop's own."
  echo
  echo "| file | package | licence |"
  echo "| --- | --- | --- |"
  echo "| react.production.min.js | react@$REACT | MIT |"
  echo "| react-dom.production.min.js | react-dom@$REACT | MIT |"
  echo "| graphiql.min.js, graphiql.min.css | graphiql@$GRAPHIQL | MIT |"
  echo "| plugin-explorer.umd.js, plugin-explorer.css | @graphiql/plugin-explorer@$EXPLORER | MIT |"
  echo
  echo "## react, react-dom"
  echo
  echo '```'
  cat "$work/react-$REACT/package/LICENSE"
  echo '```'
  echo
  echo "## graphiql, @graphiql/plugin-explorer"
  echo
  echo '```'
  cat "$work/graphiql-$GRAPHIQL/package/LICENSE"
  echo '```'
} >"$out/LICENSES.md"

# Integrity as Strawberry pins it for the CDN copies: the files are those builds, byte for byte.
for f in react.production.min.js react-dom.production.min.js graphiql.min.js graphiql.min.css \
         plugin-explorer.umd.js plugin-explorer.css; do
  echo "$f sha384-$(openssl dgst -sha384 -binary "$out/$f" | base64)"
done
