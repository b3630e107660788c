import { describe, expect, it } from 'vitest';
import { chooseVoice, type VoiceLike } from './voice';
import { splitSentences, widenToWords } from './sentences';

const v = (lang: string, name: string, extra: Partial<VoiceLike> = {}): VoiceLike => ({ lang, name, ...extra });

describe('chooseVoice', () => {
  it('offers no voice for Urdu when only a Hindi voice exists (it cannot read Urdu script)', () => {
    expect(chooseVoice([v('hi-IN', 'Google हिन्दी'), v('en-US', 'Google US English', { default: true })], 'ur')).toBeNull();
  });

  it('offers no voice when there are no voices at all', () => {
    expect(chooseVoice([], 'ur-PK')).toBeNull();
    expect(chooseVoice([v('en-US', 'x')], '')).toBeNull();
  });

  it('picks an Urdu voice, preferring the region, then an on-device voice', () => {
    const voices = [v('ur-IN', 'Urdu India', { localService: true }), v('ur-PK', 'Urdu Pakistan'), v('hi-IN', 'Hindi')];
    expect(chooseVoice(voices, 'ur-PK')?.name).toBe('Urdu Pakistan');
    expect(chooseVoice(voices, 'ur')?.name).toBe('Urdu India');
    expect(chooseVoice([v('ur_PK', 'espeak urdu')], 'ur')?.name).toBe('espeak urdu');
  });

  it('matches English and Arabic articles to their own languages only', () => {
    const voices = [v('ar-SA', 'Arabic'), v('en-GB', 'British'), v('en-US', 'American', { default: true })];
    expect(chooseVoice(voices, 'en-US')?.name).toBe('American');
    expect(chooseVoice(voices, 'en')?.name).toBe('American');
    expect(chooseVoice(voices, 'ar')?.name).toBe('Arabic');
    expect(chooseVoice(voices, 'fa')).toBeNull();
  });
});

describe('splitSentences', () => {
  const slices = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

  it('splits on Urdu full stop and question mark', () => {
    expect(slices('پہلا جملہ۔ دوسرا جملہ؟ تیسرا')).toEqual(['پہلا جملہ۔', 'دوسرا جملہ؟', 'تیسرا']);
  });

  it('does not split decimals or abbreviations and skips empty pieces', () => {
    expect(slices('Sales grew 3.5 percent in the U.S. market. Then fell.\n\n')).toEqual([
      'Sales grew 3.5 percent in the U.S.',
      'market.',
      'Then fell.',
    ]);
    expect(slices('۔۔ ')).toEqual([]);
  });
});

describe('widenToWords', () => {
  it('never cuts inside an Urdu word', () => {
    const t = 'گاڑیوں کی فروخت';
    expect(widenToWords(t, 2, 4)).toEqual({ start: 0, end: 6 });
    expect(t.slice(widenToWords(t, 8, 9).start, widenToWords(t, 8, 9).end)).toBe('کی');
  });
});
