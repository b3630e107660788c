import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/lib/node-dom';
import { textOf } from '../clean/element-text';
import { checkRules } from './check';
import type { UserRule } from './types';

const URL_B = 'https://www.roznama-misal.example/news/multan-heat-schools';
const doc = parsePage(readFileSync(new URL('../../tests/fixtures/site-rules/article-b.html', import.meta.url), 'utf8'), URL_B).window
  .document;
const story = [...doc.querySelectorAll('.body p')].map((p) => textOf(p)).join('\n\n');

const rule = (id: string, extra: Partial<UserRule>): UserRule => ({
  id,
  host: 'roznama-misal.example',
  name: id,
  kind: 'selector',
  example: '',
  created: '2024-07-10T00:00:00.000Z',
  fired: 0,
  enabled: true,
  ...extra,
});

describe('checkRules: what a rule would do on an open page', () => {
  it('counts the blocks a clutter rule matches and finds no story in them', () => {
    expect(checkRules(doc, [rule('promo', { selector: 'div.promo-box' })], story)).toEqual([{ id: 'promo', matches: 1, story: false }]);
  });

  it('does not flag the one leftover block the engine kept in its story (that is why the rule exists)', () => {
    const promo = doc.querySelector('div.promo-box')!;
    const kept = `${story}\n\n${textOf(promo)} ${'اس حصے میں قاری کے لیے ایپ کی تفصیل دی گئی ہے'}`;
    promo.append(doc.createTextNode(' اس حصے میں قاری کے لیے ایپ کی تفصیل دی گئی ہے'));
    try {
      expect(checkRules(doc, [rule('promo', { selector: 'div.promo-box' })], kept)[0]!.story).toBe(false);
    } finally {
      promo.lastChild!.remove();
    }
  });

  it("flags a rule that matches two or more of the story's paragraphs; not when they are its own example", () => {
    const [paras, two, none] = checkRules(
      doc,
      [
        rule('paras', { selector: '.body p' }),
        rule('two', { selector: '.body p:nth-child(-n+2)' }),
        rule('none', { selector: 'aside.nothing-here' }),
      ],
      story,
    );
    expect(paras!.matches).toBe(doc.querySelectorAll('.body p').length);
    expect(paras!.story).toBe(true);
    expect(two).toEqual({ id: 'two', matches: 2, story: true });
    expect(none).toEqual({ id: 'none', matches: 0, story: false });
    const example = [...doc.querySelectorAll('.body p:nth-child(-n+2)')].map((p) => textOf(p)).join(' ');
    expect(checkRules(doc, [rule('two', { selector: '.body p:nth-child(-n+2)', example })], story)[0]!.story).toBe(false);
  });

  it('flags a region rule that leaves the story outside its region, not one around the story', () => {
    const [header, body] = checkRules(
      doc,
      [rule('hdr', { kind: 'region', selector: '.site-header' }), rule('body', { kind: 'region', selector: 'div.body' })],
      story,
    );
    expect(header).toEqual({ id: 'hdr', matches: 1, story: true });
    expect(body).toEqual({ id: 'body', matches: 1, story: false });
  });

  it('cannot flag anything without a story to test by', () => {
    expect(checkRules(doc, [rule('paras', { selector: '.body p' })], '')[0]!.story).toBe(false);
  });
});
