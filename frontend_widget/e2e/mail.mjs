// The mails the e2e SMTP server kept (scripts/e2e.sh: aiosmtpd's Mailbox handler, a maildir in
// VOC_E2E_MAIL_DIR), read the way a mail client would: MIME parts, quoted-printable or base64 bodies
// and RFC 2047 encoded headers, all decoded to UTF-8 text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { sleep } from './support.mjs';

export const MAIL_DIR = process.env.VOC_E2E_MAIL_DIR || '';

/** Headers (lower-case names, folded lines joined) and the raw body of one message or part. */
function split(raw) {
  const at = raw.search(/\r?\n\r?\n/);
  const head = at < 0 ? raw : raw.slice(0, at);
  const body = at < 0 ? '' : raw.slice(at).replace(/^\r?\n\r?\n/, '');
  const headers = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body };
}

/** RFC 2047: "=?utf-8?b?...?=" and "=?utf-8?q?...?=" words, adjacent ones joined without their space. */
export function decodeHeader(value = '') {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([bqBQ])\?([^?]*)\?=/g, (_, charset, kind, text) => {
      const bytes = kind.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (m, h) => String.fromCharCode(parseInt(h, 16))), 'latin1');
      return new TextDecoder(charset).decode(bytes);
    });
}

function decodeBody(body, encoding = '') {
  switch (encoding.toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    case 'quoted-printable':
      return Buffer.from(
        body.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (m, h) => String.fromCharCode(parseInt(h, 16))),
        'latin1',
      ).toString('utf8');
    default:
      return Buffer.from(body, 'latin1').toString('utf8');
  }
}

/** Every leaf part of a message: { type, text }, multiparts walked by their boundary. */
function leaves(raw) {
  const { headers, body } = split(raw);
  const type = (headers['content-type'] || 'text/plain').split(';')[0].trim().toLowerCase();
  if (type.startsWith('multipart/')) {
    const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'])[1];
    const delimiter = `--${boundary}`;
    return body.split(delimiter).slice(1)
      .filter((chunk) => !chunk.startsWith('--'))
      .flatMap((chunk) => leaves(chunk.replace(/^\r?\n/, '').replace(/\r?\n$/, '')));
  }
  return [{ type, text: decodeBody(body, headers['content-transfer-encoding']) }];
}

/** One kept message: recipient, decoded subject, its plain text and HTML parts, and every link in them. */
export function parseMail(raw) {
  const { headers } = split(raw);
  const parts = leaves(raw);
  const text = parts.filter((p) => p.type === 'text/plain').map((p) => p.text).join('\n');
  const html = parts.filter((p) => p.type === 'text/html').map((p) => p.text).join('\n');
  const links = [...new Set(`${text}\n${html.replace(/&amp;/g, '&')}`.match(/https?:\/\/[^\s"<>]+/g) || [])];
  return { to: decodeHeader(headers.to), subject: decodeHeader(headers.subject), headers, text, html, links };
}

/** The kept mails (a maildir's new/ and cur/), parsed. */
export function readMails() {
  return ['new', 'cur'].flatMap((sub) => {
    const dir = join(MAIL_DIR, sub);
    if (!existsSync(dir)) return [];
    return readdirSync(dir).map((name) => parseMail(readFileSync(join(dir, name), 'latin1')));
  });
}

/** Polls the mail dir until a mail to each address has arrived; { address: mail }. */
export async function waitForMails(addresses, timeout = 30000) {
  const end = Date.now() + timeout;
  let found = {};
  while (Date.now() < end) {
    found = {};
    for (const mail of readMails()) {
      for (const address of addresses) if (mail.to.includes(address)) found[address] = mail;
    }
    if (addresses.every((a) => found[a])) return found;
    await sleep(300);
  }
  throw new Error(`mails never arrived for ${addresses.filter((a) => !found[a]).join(', ')} in ${MAIL_DIR}`);
}
