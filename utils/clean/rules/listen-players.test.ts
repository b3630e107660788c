import { describe, expect, it } from 'vitest';
import { listenPlayers } from './listen-players';
import { clean, PROSE_UR } from '../../../tests/helpers/clean';

describe('listen-players', () => {
  it('removes a text-to-speech bar marked by its class, and a box around <audio> that opens with the call to listen', () => {
    const html = `${PROSE_UR}<div class="penci-tts-wrapper"><span class="penci-tts-duration">03:58</span><span class="penci-tts-speed">رفتار: 1x</span></div>
      <div class="post-body"><div><p>🎧 یہ تحریر سنیں — دورانیہ 7:42</p><audio controls src="/a.mp3"></audio><p>آواز مصنوعی ذہانت سے تیار کی گئی ہے، تلفظ کی غلطیوں کا امکان ہے۔</p></div>${PROSE_UR}</div>
      <div class="read-aloud-box">استمع إلى المقال <span>٠٢:١٤</span></div>`;
    const { text, removed } = clean([listenPlayers], html);
    for (const gone of ['رفتار: 1x', '03:58', 'یہ تحریر سنیں', 'آواز مصنوعی ذہانت', 'استمع إلى المقال']) expect(text).not.toContain(gone);
    expect(text).toContain('برقی گاڑیوں کی صنعت');
    expect(removed.map((r) => r.rule)).toEqual(['listen-players', 'listen-players', 'listen-players']);
  });

  it("keeps a story's audio clip with its caption, a paragraph in a box classed 'listen', and a story sentence that says 'سنیں' (traps)", () => {
    const html = `${PROSE_UR}<figure class="wp-block-audio"><audio controls src="/speech.mp3"></audio><figcaption>TRAP وزیر اعظم کی تقریر کا مکمل ریکارڈ</figcaption></figure>
      <div><audio controls src="/clip.mp3"></audio><p>TRAP-2 اس ریکارڈنگ میں ملزم کی آواز صاف سنی جا سکتی ہے۔</p></div>
      <div class="listen-section">${PROSE_UR}</div>
      <p>TRAP-3 سنیں، یہ آواز اس پرندے کی ہے جو دریا کے کنارے صرف سردیوں میں نظر آتا ہے اور جسے دیکھنے کے لیے لوگ دور دور سے آتے ہیں۔</p>`;
    const { text, removed } = clean([listenPlayers], html);
    expect(text).toContain('TRAP وزیر اعظم کی تقریر کا مکمل ریکارڈ');
    expect(text).toContain('TRAP-2 اس ریکارڈنگ میں ملزم کی آواز صاف سنی جا سکتی ہے۔');
    expect(text).toContain('TRAP-3 سنیں، یہ آواز اس پرندے کی ہے');
    expect(text.split('برقی گاڑیوں کی صنعت').length - 1).toBe(2);
    expect(removed).toEqual([]);
  });
});
