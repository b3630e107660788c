/**
 * The one message protocol between Saaf's contexts and its background. Every message type is
 * listed once in `PROTOCOL` with who may send it and how its untrusted payload is validated; its
 * response type is in `Responses`; its handler is registered with the background router
 * (entrypoints/background/router.ts) by the service that owns it. Every user action is also a
 * message, handled by the same function the toolbar button, shortcut and menu call, so headless
 * browsers (which cannot press toolbar buttons) can drive it. Names are stable.
 *
 * Pure: no extension APIs here, so the policy is unit-tested in Node.
 */
import {
  BACKUP_PORT,
  IMPORT_PORT,
  LIBRARY_MESSAGE_TYPES,
  parseLibraryMessage,
  type LibraryMessage,
  type LibraryResponse,
} from '../library/messages';
import { parseTranslateMessage, type TranslateMessage, type TranslateResponse } from '../translate/protocol';
import type { UserRule } from '../site-rules/types';
import { validateRule } from '../site-rules/validate';

/** "Open (or close) the reader in this tab": the toolbar button's action, for tests and pages. */
export interface OpenReaderMessage {
  type: 'open-reader';
  tabId: number;
}

/** The options page's sections a message may open (each is an element id there). */
export const SETTINGS_SECTIONS = ['translation'] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

/** "Open Saaf's settings at this section" (in a new tab), e.g. from a translation error in the reader. */
export interface OpenSettingsMessage {
  type: 'open-settings';
  section: SettingsSection;
}

/** The language of a piece of text by franc-min, which runs in the background (not in pages). */
export interface DetectLanguageMessage {
  type: 'detect-language';
  text: string;
}
export type DetectLanguageResponse = { lang: string | null };

/** Longer texts are cut to this many characters before detection (trigrams need far fewer). */
export const DETECT_MAX_CHARS = 2000;

/**
 * "Remember for this site": the reader stores a rule it derived (or the story region the reader
 * chose) for its own tab's site. The background checks the rule again and that its host is the tab's.
 */
export interface SiteRuleAddMessage {
  type: 'site-rule-add';
  rule: UserRule;
}
export type SiteRuleAddResponse = { ok: true; rule: UserRule } | { ok: false; error: string };

/** "Delete this rule of mine" from the reader's removed panel: a rule of its own tab's site. */
export interface SiteRuleDeleteMessage {
  type: 'site-rule-delete';
  id: string;
}

export type Message =
  | OpenReaderMessage
  | OpenSettingsMessage
  | DetectLanguageMessage
  | TranslateMessage
  | LibraryMessage
  | SiteRuleAddMessage
  | SiteRuleDeleteMessage;
export type MessageType = Message['type'];
export type MessageOf<K extends MessageType> = Extract<Message, { type: K }>;

export type MessageResponse = { ok: true } | { ok: false; error: string };

/** What the background answers to each message type. */
export type ResponseOf<K extends MessageType> = K extends 'open-reader' | 'open-settings' | 'site-rule-delete'
  ? MessageResponse
  : K extends 'site-rule-add'
    ? SiteRuleAddResponse
    : K extends 'detect-language'
      ? DetectLanguageResponse
      : K extends 'translate'
        ? TranslateResponse
        : K extends LibraryMessage['type']
          ? LibraryResponse<K>
          : never;

/**
 * Who sent a message: one of the extension's own pages (options, library), or Saaf's content
 * script in a web page's tab. Content scripts live inside hostile pages, so they get less.
 */
export type Sender = { kind: 'page' } | { kind: 'tab'; tabId: number };
export type SenderKind = Sender['kind'];

/** The fields of a runtime message sender the policy reads (a subset of `runtime.MessageSender`). */
export interface MessageSenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

/**
 * Classifies a message sender; null for anything that is not Saaf's own (another extension, a
 * sender with no tab and no extension URL). `extensionRoot` is `runtime.getURL('/')`.
 */
export function senderKind(sender: MessageSenderLike, runtimeId: string, extensionRoot: string): Sender | null {
  if (sender.id !== runtimeId) return null;
  if (sender.url?.startsWith(extensionRoot) && !sender.tab?.url?.startsWith('http')) return { kind: 'page' };
  if (sender.tab?.id !== undefined && sender.tab.id >= 0) return { kind: 'tab', tabId: sender.tab.id };
  return null;
}

interface Entry<K extends MessageType> {
  /** The senders allowed to send it. */
  from: readonly SenderKind[];
  /** Validates an untrusted message of this type; null when it is malformed. */
  parse: (m: Record<string, unknown>) => MessageOf<K> | null;
}

const PAGE: readonly SenderKind[] = ['page'];
/** Library messages the overlay sends about its own tab's page; every other one is for the extension's pages. */
const FROM_TAB: readonly LibraryMessage['type'][] = ['save-current-tab', 'reader-set-position'];
const libraryEntry = <K extends LibraryMessage['type']>(type: K): Entry<K> => ({
  // The overlay (a content script) may only save its own tab and record where it is reading in it.
  from: FROM_TAB.includes(type) ? ['tab'] : PAGE,
  parse: (m) => parseLibraryMessage(m) as MessageOf<K> | null,
});

/** The protocol map: every message type, who may send it, how its payload is validated. */
export const PROTOCOL: { readonly [K in MessageType]: Entry<K> } = {
  // Only the extension's own pages may drive the reader; content scripts run inside hostile pages.
  'open-reader': {
    from: PAGE,
    parse: (m) => (Number.isInteger(m.tabId) && (m.tabId as number) >= 0 ? { type: 'open-reader', tabId: m.tabId as number } : null),
  },
  // The reader (in a tab, or the library's article view) offers the settings when translation is not set up.
  // Harmless from a hostile page's tab: it only opens Saaf's own options page at a known section.
  'open-settings': {
    from: ['page', 'tab'],
    parse: (m) =>
      (SETTINGS_SECTIONS as readonly unknown[]).includes(m.section)
        ? { type: 'open-settings', section: m.section as SettingsSection }
        : null,
  },
  // The reader's fallback language detector, from its tab or a page (any of Saaf's own contexts).
  'detect-language': {
    from: ['page', 'tab'],
    parse: (m) => (typeof m.text === 'string' ? { type: 'detect-language', text: m.text.slice(0, DETECT_MAX_CHARS) } : null),
  },
  // The reader asks for remote translations from its tab (overlay) or a page (library article view).
  translate: { from: ['page', 'tab'], parse: parseTranslateMessage },
  // The reader on a page stores and deletes rules of its own tab's site only (the handler checks
  // the host against the tab's URL); the options page uses storage itself.
  'site-rule-add': {
    from: ['tab'],
    parse: (m) => {
      const v = validateRule(m.rule);
      return v.ok ? { type: 'site-rule-add', rule: v.rule } : null;
    },
  },
  'site-rule-delete': {
    from: ['tab'],
    parse: (m) => (typeof m.id === 'string' && /^[a-z0-9][a-z0-9-]{0,39}$/.test(m.id) ? { type: 'site-rule-delete', id: m.id } : null),
  },
  ...(Object.fromEntries(LIBRARY_MESSAGE_TYPES.map((type) => [type, libraryEntry(type)])) as { [K in LibraryMessage['type']]: Entry<K> }),
};

/** Every message type, in the protocol map's order. */
export const MESSAGE_TYPES = Object.keys(PROTOCOL) as MessageType[];

const isMessageType = (v: unknown): v is MessageType => typeof v === 'string' && Object.hasOwn(PROTOCOL, v);

/** Validates an untrusted message (the background never trusts a message's shape); null if unknown or malformed. */
export function parseMessage(raw: unknown): Message | null {
  if (!raw || typeof raw !== 'object') return null;
  const m = raw as Record<string, unknown>;
  if (!isMessageType(m.type)) return null;
  const entry = PROTOCOL[m.type] as Entry<MessageType>;
  return entry.parse(m);
}

/** Whether `from` may send a message of this type. */
export function mayReceive(type: MessageType, from: Sender): boolean {
  return PROTOCOL[type].from.includes(from.kind);
}

/**
 * The streams (`runtime.connect` port names) and who may open each. Data too big for one message
 * (a whole library) travels over a port in bounded pieces; each port's messages are validated by
 * its session in the background.
 */
export const PORTS = {
  // The library page's backup and import (utils/library/backup-stream.ts).
  [BACKUP_PORT]: PAGE,
  [IMPORT_PORT]: PAGE,
} as const satisfies Record<string, readonly SenderKind[]>;

export type PortName = keyof typeof PORTS;

/** Whether `name` is a known port that `from` may open. */
export function mayConnect(name: string, from: Sender): name is PortName {
  return Object.hasOwn(PORTS, name) && PORTS[name as PortName].includes(from.kind);
}
