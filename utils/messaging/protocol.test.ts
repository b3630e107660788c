import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MESSAGE_TYPES, mayReceive, parseMessage, PORTS, PROTOCOL, senderKind, type MessageType } from './protocol';

const ROOT = 'chrome-extension://abc/';

describe('parseMessage', () => {
  it.each([
    [
      { type: 'open-reader', tabId: 3 },
      { type: 'open-reader', tabId: 3 },
    ],
    [{ type: 'open-reader', tabId: '3' }, null],
    [{ type: 'open-reader', tabId: -1 }, null],
    [{ type: 'open-reader' }, null],
    [
      { type: 'open-settings', section: 'translation', url: 'https://evil.example/' },
      { type: 'open-settings', section: 'translation' },
    ],
    [{ type: 'open-settings', section: '../../evil' }, null],
    [{ type: 'open-settings' }, null],
    [{ type: 'nope', tabId: 1 }, null],
    [{ type: 'toString' }, null],
    [{ type: '__proto__' }, null],
    ['open-reader', null],
    [null, null],
  ])('%j -> %j', (raw, parsed) => {
    expect(parseMessage(raw)).toEqual(parsed);
  });

  it('every type in the map parses to a message of that same type, or refuses', () => {
    for (const type of MESSAGE_TYPES) {
      const parsed = parseMessage({ type, tabId: 1, id: 1 });
      if (parsed) expect(parsed.type).toBe(type);
    }
  });
});

describe('senderKind', () => {
  it.each([
    ['an extension page', { id: 'abc', url: `${ROOT}library.html` }, { kind: 'page' }],
    ['an extension page in a tab', { id: 'abc', url: `${ROOT}library.html`, tab: { id: 4, url: `${ROOT}library.html` } }, { kind: 'page' }],
    [
      'our content script in a tab',
      { id: 'abc', url: 'https://news.pk/a', tab: { id: 7, url: 'https://news.pk/a' } },
      { kind: 'tab', tabId: 7 },
    ],
    [
      'a page pretending with an extension-like URL in its tab',
      { id: 'abc', url: `${ROOT}x`, tab: { id: 7, url: 'https://evil.pk/' } },
      { kind: 'tab', tabId: 7 },
    ],
    ['another extension', { id: 'other', url: `${ROOT}library.html` }, null],
    ['no tab and no extension URL', { id: 'abc', url: 'https://news.pk/' }, null],
    ['a tab with no id', { id: 'abc', url: 'https://news.pk/', tab: { id: -1 } }, null],
  ])('%s', (_l, sender, kind) => {
    expect(senderKind(sender, 'abc', ROOT)).toEqual(kind);
  });
});

describe('who may send what', () => {
  const tab = { kind: 'tab', tabId: 1 } as const;
  const page = { kind: 'page' } as const;
  const fromTab: MessageType[] = [
    'open-settings',
    'detect-language',
    'translate',
    'site-rule-add',
    'site-rule-delete',
    'save-current-tab',
    'reader-set-position',
  ];
  const fromPage = MESSAGE_TYPES.filter(
    (t) => !['save-current-tab', 'reader-set-position', 'site-rule-add', 'site-rule-delete'].includes(t),
  );

  it("a content script may only open the settings, detect a language, translate, save its own tab, record where it reads in it and keep its own site's rules", () => {
    expect(MESSAGE_TYPES.filter((t) => mayReceive(t, tab))).toEqual(fromTab);
  });
  it("extension pages may use everything but the tab's own messages", () => {
    expect(MESSAGE_TYPES.filter((t) => mayReceive(t, page))).toEqual(fromPage);
  });
  it('lists every message once, each with at least one sender', () => {
    expect(new Set(MESSAGE_TYPES).size).toBe(MESSAGE_TYPES.length);
    for (const type of MESSAGE_TYPES) expect(PROTOCOL[type].from.length).toBeGreaterThan(0);
  });
});

/** The architecture doc's messages part and its ports part. */
const docSections = () => readFileSync(new URL('../../docs/architecture.md', import.meta.url), 'utf8').split('**Ports.**');
/** Table rows of the form | `name` | sender, sender | ... */
const tableRows = (doc: string) =>
  new Map([...doc.matchAll(/^\| `([a-z-]+)`\s*\| ([a-z, ]+?)\s*\|/gm)].map((m) => [m[1], m[2]!.split(', ')]));

describe('docs/architecture.md', () => {
  it('lists every message of the protocol map, with the senders the map allows', () => {
    const rows = tableRows(docSections()[0]!);
    expect([...rows.keys()].sort()).toEqual([...MESSAGE_TYPES].sort());
    for (const type of MESSAGE_TYPES) expect(rows.get(type)).toEqual(PROTOCOL[type].from);
  });
  it('lists every port of the map, with the senders the map allows', () => {
    const rows = tableRows(docSections()[1]!.split('\n## ')[0]!);
    expect([...rows.keys()].sort()).toEqual(Object.keys(PORTS).sort());
    for (const [name, from] of Object.entries(PORTS)) expect(rows.get(name)).toEqual(from);
  });
});
