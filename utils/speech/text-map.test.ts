// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildTextMap, rangeFor } from './text-map';
import { splitSentences } from './sentences';

describe('text map', () => {
  it('joins blocks with line breaks, skips embeds and maps sentences back to DOM ranges', () => {
    document.body.innerHTML =
      '<h1 id="t">سرخی</h1><div id="b"><p>پہلا <b>جملہ</b> یہاں۔ دوسرا جملہ</p><div class="skip"><p>English tweet</p></div><p>آخری بات</p></div>';
    const map = buildTextMap([document.getElementById('t')!, document.getElementById('b')!], '.skip');
    expect(map.text).toBe('سرخی\nپہلا جملہ یہاں۔ دوسرا جملہ\nآخری بات');
    const spans = splitSentences(map.text);
    expect(spans.map((s) => rangeFor(map, s)!.toString())).toEqual(['سرخی', 'پہلا جملہ یہاں۔', 'دوسرا جملہ', 'آخری بات']);
    // A sentence across an inline element starts and ends in the right text nodes.
    const r = rangeFor(map, spans[1]!)!;
    expect(r.startContainer.nodeValue).toBe('پہلا ');
    expect(r.endContainer.nodeValue).toBe(' یہاں۔ دوسرا جملہ');
  });
});
