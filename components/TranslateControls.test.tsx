// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { TranslateError } from '@/utils/translate/errors';
import type { TranslationResult } from '@/utils/translate/types';
import { TranslateAllButton, translateAll } from './TranslateAll';
import type { ComponentProps } from 'preact';
import { TranslationLog } from '@/utils/library/translations';
import { TranslateControls, type TranslateFn } from './TranslateControls';

const TWEET = { lang: 'en', text: 'Wonderful to meet the Ambassador of China to Pakistan.' };
const URDU = 'پاکستان میں چین کے سفیر سے مل کر بہت اچھا لگا۔';
const ok = (text = URDU): TranslationResult => ({
  text,
  service: 'libretranslate',
  label: 'LibreTranslate',
  source: 'en',
  target: 'ur',
  fromCache: false,
});

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

/** Mounts the controls after an "original" blockquote, inside an Urdu article, like EmbedCard does. */
async function mount(
  translate: TranslateFn,
  embed = TWEET,
  articleLang?: string,
  extra: Partial<ComponentProps<typeof TranslateControls>> = {},
) {
  host = document.createElement('article');
  host.setAttribute('lang', 'ur');
  document.body.append(host);
  const figure = document.createElement('figure');
  host.append(figure);
  figure.innerHTML = `<blockquote class="orig" lang="${embed.lang ?? ''}">${embed.text}</blockquote><div class="slot"></div>`;
  await act(async () => {
    render(
      <TranslateControls embed={embed} articleLang={articleLang} uiLang="ur" translate={translate} {...extra} />,
      figure.querySelector('.slot')!,
    );
  });
  await act(async () => {}); // language detection settles
  return {
    q: <T extends Element>(sel: string) => figure.querySelector<T>(sel),
    original: figure.querySelector<HTMLElement>('.orig')!,
    click: (sel: string) => act(async () => figure.querySelector<HTMLButtonElement>(sel)!.click()),
  };
}

describe('TranslateControls', () => {
  it('offers Translate for an English tweet in an Urdu article and shows the translation under it', async () => {
    const calls: unknown[][] = [];
    const ui = await mount(async (...args) => (calls.push(args.slice(0, 3)), ok()));
    expect(ui.q('.saaf-tr-btn')?.textContent).toBe('ترجمہ کریں');
    await ui.click('.saaf-tr-btn');
    expect(calls).toEqual([[TWEET.text, 'en', 'ur']]); // articleLang read from the DOM
    const out = ui.q<HTMLElement>('.saaf-tr-out')!;
    expect(out.textContent).toBe(URDU);
    expect([out.getAttribute('lang'), out.getAttribute('dir')]).toEqual(['ur', 'rtl']);
    expect(ui.q('.saaf-tr-note')?.textContent).toContain('LibreTranslate');
    expect(ui.original.textContent).toBe(TWEET.text);
  });

  it('toggles original / translation / both without ever removing the original', async () => {
    const ui = await mount(async () => ok());
    await ui.click('.saaf-tr-btn');
    await ui.click('[data-view="translation"]');
    expect(ui.original.style.display).toBe('none');
    expect(ui.q('.saaf-tr-out')).not.toBeNull();
    await ui.click('[data-view="original"]');
    expect(ui.original.style.display).toBe('');
    expect(ui.q('.saaf-tr-out')).toBeNull();
    await ui.click('[data-view="both"]');
    expect(ui.original.isConnected && ui.q('.saaf-tr-out') !== null).toBe(true);
  });

  it('shows progress, then an inline error with retry that can succeed', async () => {
    let attempt = 0;
    let release: () => void = () => {};
    const ui = await mount(() => {
      attempt++;
      if (attempt === 1) return new Promise((_, reject) => (release = () => reject(new TranslateError('timeout'))));
      return Promise.resolve(ok());
    });
    await ui.click('.saaf-tr-btn');
    expect(ui.q('[role="status"]')?.textContent).toBe('ترجمہ ہو رہا ہے…');
    await act(async () => release());
    expect(ui.q('[role="alert"]')?.textContent).toContain('وقت پر جواب نہیں');
    expect(ui.original.textContent).toBe(TWEET.text);
    await ui.click('.saaf-tr-retry');
    expect(ui.q('.saaf-tr-out')?.textContent).toBe(URDU);
  });

  it('tells the reader of each finished translation, so Save can keep it', async () => {
    const got: TranslationResult[] = [];
    const ui = await mount(async () => ok(), TWEET, undefined, { onTranslated: (r) => got.push(r) });
    expect(got).toEqual([]);
    await ui.click('.saaf-tr-btn');
    expect(got).toEqual([ok()]);
  });

  it('a translation saved with the article shows at once beside the original, without asking the service', async () => {
    const log = new TranslationLog();
    log.set('embed:0', TWEET.text, ok());
    let asked = 0;
    const ui = await mount(async () => (asked++, ok('x')), TWEET, 'ur', { stored: log.get('embed:0', TWEET.text) });
    expect(ui.q('.saaf-tr-out')?.textContent).toBe(URDU);
    expect(ui.q('.saaf-tr-note')?.textContent).toContain('LibreTranslate');
    expect(ui.q('.saaf-tr-btn')).toBeNull();
    expect(ui.original.textContent).toBe(TWEET.text);
    await act(async () => void translateAll());
    expect(asked).toBe(0);
  });

  it('with no service set up, offers the translation settings (not "try again") and says what each choice sends where', async () => {
    let opened = 0;
    const ui = await mount(() => Promise.reject(new TranslateError('not-configured')), TWEET, undefined, { openSettings: () => opened++ });
    await ui.click('.saaf-tr-btn');
    const alert = ui.q('[role="alert"]')!;
    expect(alert.textContent).toContain('ترجمے کی کوئی سروس منتخب نہیں');
    expect(ui.q('.saaf-tr-retry'), 'trying again would fail the same way').toBeNull();
    const choices = ui.q('.saaf-tr-choices')!.textContent;
    for (const where of ['براؤزر', 'LibreTranslate', 'Microsoft', 'Google']) expect(choices).toContain(where);
    expect(choices.split('\n')).toHaveLength(1);
    await ui.click('.saaf-tr-settings');
    expect(ui.q('.saaf-tr-settings')!.textContent).toBe('ترجمے کی ترتیبات کھولیں');
    expect(opened).toBe(1);
  });

  it('a rejected key offers both the settings and a retry', async () => {
    const ui = await mount(() => Promise.reject(new TranslateError('auth')), TWEET, undefined, { openSettings: () => undefined });
    await ui.click('.saaf-tr-btn');
    expect(ui.q('.saaf-tr-settings')).not.toBeNull();
    expect(ui.q('.saaf-tr-retry')).not.toBeNull();
  });

  it('offers nothing for text already in the article language', async () => {
    const ui = await mount(async () => ok(), { lang: 'ur', text: URDU }, 'ur');
    expect(ui.q('.saaf-tr-btn')).toBeNull();
  });

  it('"Translate all" presses every pending item once', async () => {
    let n = 0;
    const ui = await mount(async () => (n++, ok()));
    const bar = document.createElement('div');
    document.body.append(bar);
    await act(async () => render(<TranslateAllButton uiLang="en" />, bar));
    // An icon and a label like the toolbar's other buttons (the label drops on a narrow bar; the title stays).
    expect(bar.querySelector('[data-control="translate-all"] .saaf-btn-label.saaf-minor')?.textContent).toBe('Translate all');
    expect(bar.querySelector('[data-control="translate-all"]')?.getAttribute('title')).toBe('Translate all');
    await act(async () => void translateAll());
    await act(async () => void translateAll()); // already translated: no second request
    expect(n).toBe(1);
    expect(ui.q('.saaf-tr-out')?.textContent).toBe(URDU);
    render(null, bar);
  });
});

describe('mountQuoteTranslations', () => {
  it('adds controls after foreign-language quotes only, once, and removes them on cleanup', async () => {
    const { mountQuoteTranslations } = await import('./TranslateQuotes');
    const body = document.createElement('div');
    body.innerHTML = `<blockquote lang="en">${TWEET.text}</blockquote><blockquote lang="ur">${URDU}</blockquote><blockquote lang="en" data-saaf-embed="0">x</blockquote>`;
    document.body.append(body);
    let cleanup = () => {};
    await act(async () => {
      cleanup = mountQuoteTranslations(body, 'ur', 'en');
      mountQuoteTranslations(body, 'ur', 'en');
    });
    await act(async () => {});
    expect(
      [...body.querySelectorAll('.saaf-tr-btn')].map((b) => b.closest('.saaf-tr-host')?.previousElementSibling?.getAttribute('lang')),
    ).toEqual(['en']);
    cleanup();
    expect(body.querySelector('.saaf-tr-host')).toBeNull();
    body.remove();
  });
});
