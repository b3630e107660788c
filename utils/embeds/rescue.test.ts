import { describe, expect, it } from 'vitest';
import { extractFile, parsePage } from '../../scripts/lib/node-dom';
import { PROSE_UR } from '../../tests/helpers/clean';
import { EMBED_ATTR } from '../types';
import { embedPlaceholder, findEmbeds } from './rescue';
import { stripOrigins } from '../sanitize/origins';

const URL = 'https://example.com/a';
const page = (body: string, lang: string) =>
  `<!doctype html><html lang="${lang}"><body><article>${PROSE_UR}<p>پہلا پیراگراف</p>${body}<p>آخری پیراگراف</p>${PROSE_UR}</article></body></html>`;

/** Embeds as the pipeline rescues them: read from the page, placeholders in the article body. */
function rescue(body: string, lang = 'ur') {
  const r = extractFile(page(body, lang), URL);
  if (!r.ok) throw new Error(`no article: ${r.reason}`);
  // Origin ids (tested in utils/site-rules/) left out: this test reads the markup around the embeds.
  return { embeds: r.article.embeds, html: stripOrigins(r.article.contentHtml) };
}

describe('embeds through extractArticle', () => {
  it('reads an x.com tweet blockquote and leaves a placeholder in its place', () => {
    const { embeds, html } = rescue(
      '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Wonderful to meet the Ambassador</p>— Umar Saif (@umarsaif) <a href="https://x.com/umarsaif/status/1707024411387203939?s=20">September 27, 2023</a></blockquote>',
    );
    expect(embeds).toEqual([
      {
        kind: 'tweet',
        lang: 'en',
        text: 'Wonderful to meet the Ambassador',
        author: 'Umar Saif',
        handle: 'umarsaif',
        url: 'https://x.com/umarsaif/status/1707024411387203939',
        date: 'September 27, 2023',
      },
    ]);
    expect(html).toMatch(/پہلا پیراگراف<\/p><blockquote data-saaf-embed="0"[^>]*>.*<\/blockquote><p>آخری/);
  });

  it.each([
    [
      '<iframe class="twitter-tweet twitter-tweet-rendered" data-tweet-id="800384752746254337"></iframe>',
      'tweet',
      'https://twitter.com/i/status/800384752746254337',
    ],
    [
      '<amp-twitter data-tweetid="1196540095848996871" width="375" height="472"></amp-twitter>',
      'tweet',
      'https://twitter.com/i/status/1196540095848996871',
    ],
    [
      '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/CxYz123/?utm_source=ig_embed"><a href="https://www.instagram.com/p/CxYz123/">A post shared by Pak Army (@pakarmy)</a></blockquote>',
      'instagram',
      'https://www.instagram.com/p/CxYz123/',
    ],
    [
      '<div class="fb-post" data-href="https://www.facebook.com/egypt.mohp/posts/139298604287427"><blockquote class="fb-xfbml-parse-ignore"><p>منشور</p></blockquote></div>',
      'facebook',
      'https://www.facebook.com/egypt.mohp/posts/139298604287427',
    ],
    [
      '<iframe src="https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fegypt.mohp%2Fposts%2F139298604287427&amp;width=500"></iframe>',
      'facebook',
      'https://www.facebook.com/egypt.mohp/posts/139298604287427',
    ],
    [
      '<iframe src="https://www.youtube.com/embed/K68t2PpnQJc" title="ویڈیو"></iframe>',
      'youtube',
      'https://www.youtube.com/watch?v=K68t2PpnQJc',
    ],
  ])('reads %s', (markup, kind, url) => {
    const { embeds, html } = rescue(markup);
    expect(embeds).toHaveLength(1);
    expect(embeds[0]).toMatchObject({ kind, url });
    expect(html).toContain('data-saaf-embed="0"');
    expect(html).not.toMatch(/<iframe|<amp-twitter/);
  });

  it('turns a quote in another language than the article into a quote embed, and leaves same-language quotes alone', () => {
    const { embeds } = rescue(
      '<blockquote lang="en"><p>We will support Pakistan in every way.</p><cite>— Jiang Zaidong</cite></blockquote><blockquote lang="ur"><p>اردو اقتباس</p></blockquote>',
    );
    expect(embeds).toEqual([
      {
        kind: 'quote',
        lang: 'en',
        text: 'We will support Pakistan in every way.',
        author: 'Jiang Zaidong',
        handle: null,
        url: null,
        date: null,
      },
    ]);
  });

  it('keeps page order across kinds', () => {
    const { embeds } = rescue(
      '<iframe src="https://www.youtube.com/embed/abcdefghijk"></iframe><blockquote class="twitter-tweet"><p lang="ur">ٹویٹ</p><a href="https://twitter.com/a/status/1">1</a></blockquote>',
    );
    expect(embeds.map((e) => e.kind)).toEqual(['youtube', 'tweet']);
  });
});

describe('findEmbeds and embedPlaceholder', () => {
  it('reads embeds without touching the page; a placeholder carries the text, language and index', () => {
    const doc = parsePage(page('<blockquote lang="en"><p>We will support Pakistan.</p></blockquote>', 'ur'), URL).window.document;
    const before = doc.body.innerHTML;
    const found = findEmbeds(doc, URL, 'ur');
    expect(doc.body.innerHTML).toBe(before);
    expect(found.map((f) => f.el.localName)).toEqual(['blockquote']);
    const ph = embedPlaceholder(doc, found[0]!.embed, 3, 'ur');
    expect(ph.getAttribute(EMBED_ATTR)).toBe('3');
    expect(ph.getAttribute('lang')).toBe('en');
    expect(ph.getAttribute('dir')).toBe('auto');
    expect(ph.textContent).toContain('We will support Pakistan.');
  });
});

describe('Telegram posts', () => {
  const post = (channel: string, id: string, extra: Partial<Record<string, unknown>> = {}) => ({
    kind: 'telegram',
    lang: null,
    text: '',
    author: null,
    handle: channel,
    url: `https://t.me/${channel}/${id}`,
    date: null,
    ...extra,
  });

  it.each([
    [
      'the widget script before it runs',
      '<script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="bbcpersian/81234" data-width="100%"></script>',
    ],
    [
      'the iframe the widget rendered (its script left after it)',
      '<iframe id="telegram-post-bbcpersian-81234" src="https://t.me/bbcpersian/81234?embed=1&amp;userpic=true" width="100%" frameborder="0" scrolling="no"></iframe><script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="bbcpersian/81234"></script>',
    ],
    ['a lazy iframe on telegram.me', '<iframe data-src="//telegram.me/bbcpersian/81234?embed=1"></iframe>'],
    ['a bare link on its own line', '<p><a href="https://t.me/bbcpersian/81234">https://t.me/bbcpersian/81234</a></p>'],
  ])('reads %s as one card in its place, never a frame', (_, markup) => {
    const { embeds, html } = rescue(markup, 'fa');
    expect(embeds).toEqual([post('bbcpersian', '81234')]);
    expect(html).toMatch(/پہلا پیراگراف<\/p><blockquote data-saaf-embed="0"[^>]*>.*<\/blockquote><p>آخری/);
    expect(html).not.toMatch(/<iframe|<script|embed=1/);
  });

  it('reads the text of the blockquote fallback, without its source line', () => {
    const { embeds, html } = rescue(
      '<blockquote class="telegram-post" data-telegram-post="alarabiya_br/4521" lang="ar"><p>وصل الوفد إلى الدوحة صباح اليوم.</p><p><a href="https://t.me/alarabiya_br/4521">t.me/alarabiya_br/4521</a></p></blockquote>',
    );
    expect(embeds).toEqual([post('alarabiya_br', '4521', { lang: 'ar', text: 'وصل الوفد إلى الدوحة صباح اليوم.' })]);
    expect(html).toContain('وصل الوفد إلى الدوحة صباح اليوم.');
  });

  it('reads a blockquote.telegram-post by its link when it has no data attribute', () => {
    const { embeds } = rescue(
      '<blockquote class="telegram-post"><p>متن پیام کانال</p><a href="https://t.me/akhbarefori/99001">اخبار فوری</a></blockquote>',
    );
    expect(embeds).toEqual([post('akhbarefori', '99001', { text: 'متن پیام کانال' })]);
  });

  it.each([
    ['a javascript: widget id', '<script data-telegram-post="javascript:alert(1)"></script>'],
    ['a widget id with a host', '<script data-telegram-post="https://evil.example/chan/1"></script>'],
    [
      'an iframe named like the widget on another host',
      '<iframe id="telegram-post-chan-1" src="https://evil.example/chan/1?embed=1"></iframe>',
    ],
    ['an iframe on a look-alike host', '<iframe src="https://t.me.evil.example/chan/1?embed=1"></iframe>'],
    ['an iframe with a javascript: src', '<iframe id="telegram-post-chan-1" src="javascript:alert(1)//t.me/chan/1?embed=1"></iframe>'],
    [
      'a blockquote whose only link is javascript:',
      '<blockquote class="telegram-post"><p>متن</p><a href="javascript:alert(1)">https://t.me/chan/1</a></blockquote>',
    ],
    ['a bare link whose href is not its text', '<p><a href="javascript:alert(1)">https://t.me/chan/1</a></p>'],
    ['a relative link on the page', '<p><a href="/chan/1">/chan/1</a></p>'],
  ])('makes no card and no link of %s', (_, markup) => {
    const { embeds, html } = rescue(markup, 'fa');
    expect(embeds.filter((e) => e.kind === 'telegram')).toEqual([]);
    expect(html).not.toMatch(/javascript:|evil\.example|<iframe|<script/);
  });

  it('leaves channel links (social bars, "join our channel") and story links to posts as links', () => {
    const { embeds, html } = rescue(
      '<p><a href="https://t.me/yjcnewschannel">https://t.me/yjcnewschannel</a></p><p>به گزارش <a href="https://t.me/bbcpersian/81234">کانال بی‌بی‌سی</a> این خبر تأیید شد.</p>',
      'fa',
    );
    expect(embeds).toEqual([]);
    expect(html).toMatch(/<p>به گزارش <a href="https:\/\/t\.me\/bbcpersian\/81234"[^>]*>کانال بی‌بی‌سی<\/a> این خبر تأیید شد.<\/p>/);
  });
});
