// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReadAloud } from './ReadAloud';
import type { StatusApi, StatusMessage } from './StatusLine';

/** What the component said in the reader's status line, newest last (null: it took it back). */
let messages: (StatusMessage | null)[];
const status: StatusApi = { show: (m) => messages.push(m), clear: () => messages.push(null) };

interface FakeUtterance {
  text: string;
  voice?: { lang: string; name: string };
  lang?: string;
  onstart?: () => void;
  onend?: () => void;
}

const g = globalThis as unknown as Record<string, unknown>;
let spoken: FakeUtterance[];
let highlights: Map<string, { ranges: Range[] }>;

function installSpeech(voices: { lang: string; name: string }[]): void {
  spoken = [];
  g.speechSynthesis = {
    getVoices: () => voices,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    speak: (u: FakeUtterance) => spoken.push(u),
    cancel: () => undefined,
  };
  g.SpeechSynthesisUtterance = class {
    constructor(public text: string) {}
  };
  highlights = new Map();
  g.Highlight = class {
    ranges: Range[];
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  };
  (globalThis.CSS as unknown as { highlights: unknown }) = { highlights };
}

let host: HTMLElement;
beforeEach(() => {
  document.body.innerHTML =
    '<h1 class="saaf-title">سرخی یہاں</h1><div class="saaf-body"><p>پہلا جملہ۔ دوسرا <b>جملہ</b>؟</p>' +
    '<div class="saaf-embed-host"><p>English tweet text.</p></div></div><div id="ui"></div>';
  host = document.getElementById('ui')!;
  messages = [];
  if (!g.CSS) g.CSS = {};
});
afterEach(() => {
  render(null, host);
  for (const k of ['speechSynthesis', 'SpeechSynthesisUtterance', 'Highlight']) delete g[k];
});

const roots = () => [...document.querySelectorAll('.saaf-title, .saaf-body')];
async function clickListen(): Promise<void> {
  await act(async () => {
    (host.querySelector('[data-control="listen"]') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 0));
  });
}

describe('ReadAloud', () => {
  it('with only a Hindi voice, says there is no Urdu voice and speaks nothing', async () => {
    installSpeech([{ lang: 'hi-IN', name: 'Hindi' }]);
    render(<ReadAloud uiLang="en" lang="ur" getRoots={roots} status={status} />, host);
    await clickListen();
    expect(spoken).toEqual([]);
    expect(messages.at(-1)).toMatchObject({ source: 'listen', kind: 'error', text: expect.stringMatching(/no Urdu voice/) as unknown });
    expect(host.textContent, 'the toolbar button carries no message').not.toMatch(/voice/);
  });

  it('reads sentence by sentence with the Urdu voice, skipping the English embed, highlighting whole sentences', async () => {
    installSpeech([
      { lang: 'hi-IN', name: 'Hindi' },
      { lang: 'ur-PK', name: 'Urdu' },
    ]);
    render(<ReadAloud uiLang="ur" lang="ur-PK" getRoots={roots} status={status} />, host);
    await clickListen();
    expect(spoken.map((u) => u.text)).toEqual(['سرخی یہاں']);
    expect(spoken[0]!.voice!.name).toBe('Urdu');
    const said: string[] = [];
    for (let i = 0; i < 5 && spoken[i]; i++) {
      spoken[i]!.onstart!();
      said.push(highlights.get('saaf-speech')!.ranges[0]!.toString());
      await act(async () => spoken[i]!.onend!());
    }
    expect(said).toEqual(['سرخی یہاں', 'پہلا جملہ۔', 'دوسرا جملہ؟']);
    expect(spoken.map((u) => u.text).join(' ')).not.toContain('English');
    expect(highlights.has('saaf-speech'), 'the highlight is cleared at the end').toBe(false);
    expect(messages[0]).toMatchObject({ source: 'listen', kind: 'info' });
    expect(messages.at(-1), '"reading aloud" is taken back when the reading ends').toBeNull();
  });
});
