// Team alert channels' form logic (settings › alert channels), mirroring the server's checks
// (actions/channels.py, actions/vendors.py) so a mistake is shown at its field before asking; the
// server checks everything again and its typed errors land at the same fields.
import type { CreateNotificationChannelInput, NotificationChannelKind, UpdateNotificationChannelInput } from '../graphql/generated';

export const CHANNEL_KINDS: NotificationChannelKind[] = ['WECOM', 'DINGTALK', 'FEISHU', 'WEBHOOK'];

/** The events a channel may want (actions/alert_messages.EVENTS), in the API's order. */
export const CHANNEL_EVENTS = [
  'case.created', 'case.sla_breached', 'case.escalated', 'topic.emerging', 'action.shipped', 'action.verdict', 'digest',
] as const;

export const CHANNEL_LOCALES = ['zh-CN', 'en'] as const;
export const DIGEST_HOUR = 9;
export const MAX_NAME = 200;
export const MAX_SECRET = 256;
export const WEBHOOK_SECRET = [16, 128] as const;
export const MAX_URL = 2048;
export const MAX_MENTIONS = 50;
export const MAX_MENTION = 64;
export const ALL = '@all';
const MOBILE = /^\+?\d{6,15}$/;

/** Each vendor's robot hosts and the path its URLs start with (vendors.HOSTS). */
export const VENDOR_HOSTS: Record<Exclude<NotificationChannelKind, 'WEBHOOK'>, { hosts: string[]; path: string; key: string | null }> = {
  WECOM: { hosts: ['qyapi.weixin.qq.com'], path: '/cgi-bin/webhook/send', key: 'key' },
  DINGTALK: { hosts: ['oapi.dingtalk.com'], path: '/robot/send', key: 'access_token' },
  FEISHU: { hosts: ['open.feishu.cn', 'open.larksuite.com'], path: '/open-apis/bot/v2/hook/', key: null },
};

/** An example of the robot's URL, as its settings show it (the form's hint). */
export function urlExample(kind: NotificationChannelKind): string {
  if (kind === 'WEBHOOK') return 'https://hooks.example.com/voc-alerts';
  const { hosts, path, key } = VENDOR_HOSTS[kind];
  return `https://${hosts[0]}${path}${key ? `?${key}=…` : '…'}`;
}

/** Whether the kind signs its messages with a secret the admin gives (WeCom's key is in its URL). */
export const takesSecret = (kind: NotificationChannelKind) => kind !== 'WECOM';
/** Whether the kind can mention people (a webhook mentions nobody). */
export const takesMentions = (kind: NotificationChannelKind) => kind !== 'WEBHOOK';

function loopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '');
  return h === 'localhost' || h.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(h) || h === '::1';
}

/**
 * Why the URL cannot be this kind's (a message key under settingsChannels.urlProblems), or null.
 * Loopback robots are left to the server: it takes them in development with VOC_WEBHOOK_ALLOW_PRIVATE.
 */
export function urlProblem(kind: NotificationChannelKind, raw: string): 'empty' | 'tooLong' | 'invalid' | 'host' | 'path' | 'key' | null {
  const url = raw.trim();
  if (!url) return 'empty';
  if (url.length > MAX_URL) return 'tooLong';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'invalid';
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname) return 'invalid';
  if (kind === 'WEBHOOK') return null;
  const host = parsed.hostname.replace(/\.$/, '').toLowerCase();
  if (loopback(host)) return null;
  const vendor = VENDOR_HOSTS[kind];
  if (parsed.protocol !== 'https:' || !vendor.hosts.includes(host) || (parsed.port && parsed.port !== '443') || parsed.username) return 'host';
  if (!parsed.pathname.startsWith(vendor.path) || (kind === 'FEISHU' && parsed.pathname === vendor.path)) return 'path';
  if (vendor.key && !parsed.searchParams.get(vendor.key)) return 'key';
  return null;
}

/**
 * Why the secret cannot be this kind's, or null. Empty: none (on an edit: keep the stored one; a
 * webhook must have one when it is created).
 */
export function secretProblem(kind: NotificationChannelKind, secret: string, editing: boolean): 'wecom' | 'spaces' | 'tooLong' | 'webhookLength' | 'dingtalk' | null {
  if (!secret) return kind === 'WEBHOOK' && !editing ? 'webhookLength' : null;
  if (kind === 'WECOM') return 'wecom';
  if (secret !== secret.trim()) return 'spaces';
  if (kind === 'WEBHOOK') return secret.length < WEBHOOK_SECRET[0] || secret.length > WEBHOOK_SECRET[1] ? 'webhookLength' : null;
  if (secret.length > MAX_SECRET) return 'tooLong';
  if (kind === 'DINGTALK' && !secret.startsWith('SEC')) return 'dingtalk';
  return null;
}

/** Typed mentions, split on spaces, commas and the Chinese enumeration comma, trimmed, no repeats. */
export function parseMentions(text: string): string[] {
  return [...new Set(text.split(/[\s,，、;；]+/).map((m) => m.trim()).filter(Boolean))];
}

export const isMobile = (mention: string) => MOBILE.test(mention);

/** Why the mentions cannot be this kind's, or null (vendors.check_mentions). */
export function mentionsProblem(kind: NotificationChannelKind, mentions: readonly string[]): 'webhook' | 'tooMany' | 'invalid' | 'feishuMobile' | null {
  if (!mentions.length) return null;
  if (kind === 'WEBHOOK') return 'webhook';
  if (mentions.length > MAX_MENTIONS) return 'tooMany';
  if (mentions.some((m) => m.length > MAX_MENTION || /[<>\s]/.test(m))) return 'invalid';
  if (kind === 'FEISHU' && mentions.some(isMobile)) return 'feishuMobile';
  return null;
}

export interface ChannelForm {
  kind: NotificationChannelKind;
  name: string;
  url: string;
  secret: string;
  removeSecret: boolean;
  events: string[];
  mentions: string[];
  locale: string;
  digestHour: number;
}

export interface ChannelLike {
  kind: NotificationChannelKind;
  name: string;
  events: readonly string[];
  mentions: readonly string[];
  locale: string;
  digestHour: number;
}

export function emptyForm(kind: NotificationChannelKind = 'WECOM'): ChannelForm {
  return { kind, name: '', url: '', secret: '', removeSecret: false, events: ['case.created', 'case.sla_breached'], mentions: [],
    locale: 'zh-CN', digestHour: DIGEST_HOUR };
}

/** An edit's starting form: the URL and secret empty (kept unless typed: neither is ever answered in full). */
export function formOf(channel: ChannelLike): ChannelForm {
  return { kind: channel.kind, name: channel.name, url: '', secret: '', removeSecret: false, events: [...channel.events],
    mentions: [...channel.mentions], locale: channel.locale, digestHour: channel.digestHour };
}

export type FieldProblems = Partial<Record<'name' | 'url' | 'secret' | 'events' | 'mentions', string>>;

/** The form's problems by field (message keys under settingsChannels), none when it may be sent. */
export function formProblems(form: ChannelForm, editing: boolean): FieldProblems {
  const problems: FieldProblems = {};
  const name = form.name.trim();
  if (!name) problems.name = 'nameNeeded';
  else if (name.length > MAX_NAME) problems.name = 'nameTooLong';
  if (!(editing && !form.url.trim())) {
    const url = urlProblem(form.kind, form.url);
    if (url) problems.url = `urlProblems.${url}`;
  }
  if (!form.removeSecret) {
    const secret = secretProblem(form.kind, form.secret, editing);
    if (secret) problems.secret = `secretProblems.${secret}`;
  }
  if (!form.events.length) problems.events = 'noEvents';
  const mentions = mentionsProblem(form.kind, form.mentions);
  if (mentions) problems.mentions = `mentionsProblems.${mentions}`;
  return problems;
}

/** The create input of a checked form. */
export function createInput(form: ChannelForm): CreateNotificationChannelInput {
  return {
    kind: form.kind, name: form.name.trim(), url: form.url.trim(), secret: takesSecret(form.kind) && form.secret ? form.secret : null,
    events: [...form.events], mentions: takesMentions(form.kind) ? [...form.mentions] : [], locale: form.locale,
    digestHour: form.digestHour,
  };
}

/** The update input of a checked form: only what changed; the URL and secret only when typed ("" removes the secret). */
export function updateInput(channel: ChannelLike, form: ChannelForm): UpdateNotificationChannelInput {
  const input: UpdateNotificationChannelInput = {};
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  if (form.name.trim() !== channel.name) input.name = form.name.trim();
  if (form.url.trim()) input.url = form.url.trim();
  if (form.removeSecret) input.secret = '';
  else if (form.secret) input.secret = form.secret;
  if (!same(form.events, channel.events)) input.events = [...form.events];
  if (form.mentions.join('\n') !== channel.mentions.join('\n')) input.mentions = [...form.mentions];
  if (form.locale !== channel.locale) input.locale = form.locale;
  if (form.digestHour !== channel.digestHour) input.digestHour = form.digestHour;
  return input;
}

/** A delivery's outcome as a badge tone: sent, failed, or pending (a retry after a failed attempt is "bad" too). */
export function channelDeliveryTone(status: string, errorCode: number | null | undefined, httpStatus: number | null | undefined): 'good' | 'bad' | 'pending' | '' {
  if (status === 'SENT') return 'good';
  if (status === 'FOLDED') return '';
  if (status === 'FAILED' || errorCode != null || (httpStatus != null && httpStatus >= 400)) return 'bad';
  return 'pending';
}

/** Whether the delivery's last attempt failed (a vendor's error code, an HTTP error, or no answer). */
export function attemptFailed(d: { status: string; attempts: number; errorCode?: number | null; httpStatus?: number | null; errorMessage?: string | null }): boolean {
  if (d.status === 'SENT' || d.status === 'FOLDED') return false;
  return d.status === 'FAILED' || (d.attempts > 0 && (d.errorCode != null || !!d.errorMessage || (d.httpStatus != null && d.httpStatus >= 400)));
}

/**
 * The vendor's own words from a delivery's error: the server records "dingtalk errcode 310000: sign
 * not match" or "HTTP 404: …" (actions/vendors.read_answer), and the page shows the code apart.
 */
export function vendorMessage(error: string | null | undefined): string {
  return (error ?? '').replace(/^(?:(?:wecom|dingtalk|feishu) (?:errcode|code) -?\d+|HTTP \d{3})(?::\s*|$)/, '');
}
