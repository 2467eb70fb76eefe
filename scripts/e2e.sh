#!/usr/bin/env bash
# Browser end-to-end tests: a live `voc serve` on a fresh SQLite database; the widget, the hosted
# page, GraphiQL and the landing page driven in Debian's headless Chromium by frontend_widget/e2e
# (screenshots in frontend_widget/e2e-output/), then the console on the demo's data by console/e2e
# (screenshots of every page in zh-CN and en, at 1280 and 768 px, in console/e2e-output/).
set -euo pipefail
cd "$(dirname "$0")/.."

# Chinese screenshots need a CJK font, or every character is a box.
fonts=$(fc-list 2>/dev/null || true)  # not piped into grep -q: with pipefail, fc-list's SIGPIPE fails the test
if [ ! -x /usr/bin/chromium ] || [[ "$fonts" != *"Noto Sans CJK"* ]]; then
  echo "installing Debian's chromium and fonts-noto-cjk"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk) >/dev/null
fi
[ -d frontend_widget/node_modules ] || (cd frontend_widget && npm ci --no-audit --no-fund)
[ -d console/node_modules ] || (cd console && npm ci --no-audit --no-fund)

work=$(mktemp -d)
port=$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export VOC_DATA_DIR="$work" VOC_DATABASE_URL="sqlite://$work/e2e.sqlite3" VOC_REDIS_URL="" VOC_ENV=development
export VOC_WEBHOOK_ALLOW_PRIVATE=1  # the console settings spec subscribes a receiver on 127.0.0.1
# Every respondent of every spec is 127.0.0.1: at the default 60 public calls a minute per address
# the widget specs together (with the mail spec's two respondents) got their own later answers refused.
export VOC_RATE_LIMIT_PER_IP="600/minute"
# Likewise every console spec signs in from 127.0.0.1: the suite signs in more than the default 100
# times in 15 minutes per address. The per-account limit (10 failures), which a spec checks, stays.
export VOC_LOGIN_RATE_PER_IP="1000/15 minutes"
# E-mail distributions go to a local SMTP server that keeps every mail as a file (aiosmtpd's Mailbox
# handler: a maildir, $VOC_E2E_MAIL_DIR/new/), so a spec can read a recipient's links and open them;
# the links point at this server (VOC_PUBLIC_URL).
smtp_port=$(.venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export VOC_E2E_MAIL_DIR="$work/mail"
.venv/bin/python -m aiosmtpd -n -l "127.0.0.1:$smtp_port" -c aiosmtpd.handlers.Mailbox "$VOC_E2E_MAIL_DIR" &
smtp=$!
trap 'kill $smtp 2>/dev/null || true; rm -rf "$work"' EXIT
export VOC_SMTP_URL="smtp://127.0.0.1:$smtp_port" VOC_MAIL_FROM="VoC Loop <survey@e2e.example>" VOC_E2E_SMTP=1
export VOC_PUBLIC_URL="http://127.0.0.1:$port"
.venv/bin/voc migrate >/dev/null
key=$(.venv/bin/voc apikey create --org "E2E 商城" --role admin | tail -n 1)
# The console's users sign in to the demo organisation with a password (voc user create).
console_users=false
if .venv/bin/voc user create --help >/dev/null 2>&1; then
  console_users=true
  demo_org=$(.venv/bin/python -c 'from api.demo.scenario import ORGANIZATION; print(ORGANIZATION)')
  demo_key=$(.venv/bin/voc demo --port "$port" | tail -n 1)
  password=$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(18))')
  for who in admin viewer agent; do
    printf '%s' "$password" | .venv/bin/voc user create --org "$demo_org" --email "e2e-$who@example.com" \
      --name "E2E $who" --role "$who" --password-stdin >/dev/null
  done
fi
.venv/bin/voc serve --port "$port" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server $smtp 2>/dev/null || true; rm -rf "$work"' EXIT
# Up to 60 s: a loaded machine needs more than the usual second or two to import and serve.
for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
curl -fs "http://127.0.0.1:$port/healthz" >/dev/null || {
  echo "FATAL: the server did not answer /healthz within 60 s"; tail -n 50 "$work/server.log"; exit 1; }

# VOC_E2E_CONSOLE_ONLY=e2e/<file> runs just that console spec (and not the widget's), while working on a page;
# VOC_E2E_WIDGET_ONLY=e2e/<file> runs just that widget spec (frontend_widget/e2e/) and no console spec.
if [ -z "${VOC_E2E_CONSOLE_ONLY:-}" ]; then
  (cd frontend_widget && export VOC_E2E_BASE_URL="http://127.0.0.1:$port" VOC_E2E_API_KEY="$key" &&
    if [ -n "${VOC_E2E_WIDGET_ONLY:-}" ]; then node --test --test-concurrency=1 "$VOC_E2E_WIDGET_ONLY"; else npm run --silent e2e; fi) || {
    echo "--- server log ---"; tail -n 50 "$work/server.log"; exit 1; }
fi
[ -z "${VOC_E2E_WIDGET_ONLY:-}" ] || exit 0

if [ "$console_users" = true ]; then
  (cd console && export VOC_E2E_BASE_URL="http://127.0.0.1:$port" VOC_E2E_API_KEY="$demo_key" VOC_E2E_OTHER_API_KEY="$key" \
    VOC_E2E_EMAIL="e2e-admin@example.com" VOC_E2E_VIEWER_EMAIL="e2e-viewer@example.com" VOC_E2E_AGENT_EMAIL="e2e-agent@example.com" VOC_E2E_PASSWORD="$password" &&
    if [ -n "${VOC_E2E_CONSOLE_ONLY:-}" ]; then node --test --test-concurrency=1 "$VOC_E2E_CONSOLE_ONLY"; else npm run --silent e2e; fi) || {
    echo "--- server log ---"; tail -n 50 "$work/server.log"; exit 1; }
else
  echo "SKIPPED: the console's browser tests need users who sign in (voc user create), which this server lacks"
fi
