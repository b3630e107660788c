import { describe, expect, it } from 'vitest';
import { DETECT_MAX_CHARS, parseMessage } from '@/utils/messaging/protocol';
import { handleDetectLanguage } from './language-service';

describe('the background language detector (detect-language)', () => {
  it('names the language of a text with franc-min', () => {
    expect(
      handleDetectLanguage({
        type: 'detect-language',
        text: 'Wonderful to meet the Ambassador of China to Pakistan and discuss cooperation.',
      }),
    ).toEqual({ lang: 'en' });
    expect(handleDetectLanguage({ type: 'detect-language', text: 'ok' })).toEqual({ lang: null });
  });

  it('ignores other messages and malformed ones', () => {
    expect(handleDetectLanguage({ type: 'open-reader', tabId: 1 })).toBeUndefined();
    expect(handleDetectLanguage({ type: 'detect-language', text: 42 })).toBeUndefined();
  });

  it('cuts long texts before detecting (a page cannot make the background chew megabytes)', () => {
    const msg = parseMessage({ type: 'detect-language', text: 'a'.repeat(DETECT_MAX_CHARS * 3) });
    expect(msg?.type === 'detect-language' && msg.text.length).toBe(DETECT_MAX_CHARS);
  });
});
