#!/usr/bin/env bash
# Browser end-to-end tests: a live `voc serve` on a fresh SQLite database; the widget, the hosted
# page, GraphiQL and the landing page driven in Debian's headless Chromium by frontend_widget/e2e
# (screenshots in frontend_widget/e2e-output/).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "installing Debian's chromium"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk) >/dev/null
fi
[ -d frontend_widget/node_modules ] || (cd frontend_widget && npm ci --no-audit --no-fund)

work=$(mktemp -d)
port=$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export VOC_DATA_DIR="$work" VOC_DATABASE_URL="sqlite://$work/e2e.sqlite3" VOC_REDIS_URL="" VOC_ENV=development
.venv/bin/voc migrate >/dev/null
key=$(.venv/bin/voc apikey create --org "E2E 商城" --role admin | tail -n 1)
.venv/bin/voc serve --port "$port" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done

cd frontend_widget
VOC_E2E_BASE_URL="http://127.0.0.1:$port" VOC_E2E_API_KEY="$key" npm run --silent e2e || {
  echo "--- server log ---"; tail -n 50 "$work/server.log"; exit 1; }
