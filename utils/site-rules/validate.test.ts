import { describe, expect, it } from 'vitest';
import { LIMITS, parseRulesFile, patternOk, rulesFile, selectorOk, validateRule, validateRules } from './validate';
import type { UserRule } from './types';

const rule = (over: Partial<UserRule> = {}): UserRule => ({
  id: 'p1abc',
  host: 'roznama-misal.example',
  name: 'ایپ کا اشتہار',
  kind: 'selector',
  selector: 'div.promo-box',
  example: 'روزنامہ مثال کی ایپ',
  created: '2024-07-10T00:00:00.000Z',
  fired: 0,
  enabled: true,
  ...over,
});

describe('selectorOk', () => {
  it('accepts the selectors deriveRule writes', () => {
    for (const s of [
      'div.promo-box',
      '#most-read',
      'article.story ul',
      '.sidebar > ol',
      'div[data-module="app-promo"]',
      'section[aria-label="Most read"]',
      'li:nth-of-type(2n+1)',
      'div:not(.story)',
      'span',
      'ul ~ p',
    ])
      expect(selectorOk(s), s).toBe(true);
  });
  it('refuses costly, odd or unparsable selectors', () => {
    for (const s of [
      'div:has(p)',
      'p::before',
      ':is(p, div)',
      'a, b',
      'div[x="a,b"]',
      'a\\62 c',
      'div[onclick="alert(1)"]',
      'x'.repeat(LIMITS.selector + 1),
      '',
      'div >',
      '<script>',
      'a b c d e f g h i j',
      'p:contains(x)',
    ])
      expect(selectorOk(s), s).toBe(false);
  });
});

describe('patternOk', () => {
  it('takes literal text with {n}, refuses empty, overlong, control and bidi characters', () => {
    expect(patternOk('{n} مرتبہ پڑھا گیا')).toBe(true);
    expect(patternOk('(.*)+$ اشتہار')).toBe(true); // literal text: harmless, it only matches itself
    for (const p of ['', '   ', '{n}', 'a'.repeat(LIMITS.pattern + 1), 'x\u202Ey', 'a\u0000b'])
      expect(patternOk(p), JSON.stringify(p)).toBe(false);
  });
});

describe('validateRule', () => {
  it('copies a good rule field by field, dropping unknown properties', () => {
    const r = validateRule({ ...rule(), extra: '<script>', __proto__: { enabled: false } });
    expect(r).toEqual({ ok: true, rule: rule() });
  });
  it.each([
    ['host with a path', { host: 'a.example/x' }],
    ['host with a port', { host: 'a.example:80' }],
    ['bad id', { id: 'Bad Id' }],
    ['unknown kind', { kind: 'script' }],
    ['text rule without a pattern', { kind: 'text' }],
    ['pattern on a selector rule', { pattern: 'x' }],
    ['structure without a shape', { kind: 'structure' }],
    ['bad shape', { kind: 'structure', shape: 'li(<a>)' }],
    ['negative count', { fired: -1 }],
    ['bad date', { created: 'yesterday' }],
    ['bad path prefix', { pathPrefix: 'urdu' }],
    ['markup selector', { selector: '<img src=x onerror=alert(1)>' }],
  ])('refuses %s', (_n, over) => {
    expect(validateRule(rule(over as Partial<UserRule>)).ok).toBe(false);
  });
});

describe('validateRules and files', () => {
  it('round-trips an export file', () => {
    const rules = [rule(), rule({ id: 't2', kind: 'text', selector: 'span', pattern: 'فائل فوٹو' })];
    expect(parseRulesFile(JSON.stringify(rulesFile(rules)))).toEqual({ ok: true, rules, dropped: 0 });
  });
  it('refuses a broken or foreign file whole', () => {
    expect(parseRulesFile('{').ok).toBe(false);
    expect(parseRulesFile(JSON.stringify({ format: 'other', version: 1, rules: [] })).ok).toBe(false);
    expect(parseRulesFile(JSON.stringify(rulesFile([rule(), rule({ id: 'x2', selector: 'div:has(p)' })]))).ok).toBe(false);
    expect(parseRulesFile(JSON.stringify(rulesFile([rule(), rule()]))).ok).toBe(false);
    expect(parseRulesFile(' '.repeat(LIMITS.fileChars + 1)).ok).toBe(false);
    expect(validateRules(Array.from({ length: LIMITS.rules + 1 }, (_, i) => rule({ id: `r${i}` }))).ok).toBe(false);
  });
  it('in lenient mode (storage) keeps the good rules and counts the rest', () => {
    expect(validateRules([rule(), { id: 'x' }, rule()], { strict: false })).toEqual({ ok: true, rules: [rule()], dropped: 2 });
  });
});
