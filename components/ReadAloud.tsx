import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type UiLang } from '@/utils/i18n';
import { languageName } from '@/utils/i18n/format';
import { primaryLang } from '@/utils/text/script';
import { findVoice, speakSentences } from '@/utils/speech/speaker';
import { splitSentences } from '@/utils/speech/sentences';
import { buildTextMap, rangeFor } from '@/utils/speech/text-map';
import { NO_STATUS, type StatusApi } from './StatusLine';

interface Props {
  /** Where its messages go (the reader's status line). */
  status?: StatusApi;
  uiLang: UiLang;
  /** The article's language: only a voice of this language is used. */
  lang: string;
  /** The title and body elements to read, in order. */
  getRoots: () => Element[];
}

/** Text that is not read with the article's voice: embedded posts and mostly-English blocks. */
const SKIP = '.saaf-embed-host, [dir="auto"], figcaption';
const HIGHLIGHT = 'saaf-speech';

type HighlightRegistry = { set(name: string, h: unknown): void; delete(name: string): void };
type HighlightCtor = new (...ranges: Range[]) => unknown;

/** The CSS Custom Highlight API paints a background over a Range without splitting the text. */
function highlightApi(): { reg: HighlightRegistry; Highlight: HighlightCtor } | null {
  const reg = (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const Highlight = (globalThis as unknown as { Highlight?: HighlightCtor }).Highlight;
  return reg && Highlight ? { reg, Highlight } : null;
}

/**
 * Read aloud with `speechSynthesis`, highlighting the sentence being read (background colour over
 * whole words only, through the Custom Highlight API, so Nastaliq's joining is never broken).
 * With no voice for the article's language it says so plainly in the reader's status line (and
 * takes the message back when the browser later gains such a voice); it offers nothing else.
 */
export function ReadAloud({ uiLang, lang, getRoots, status = NO_STATUS }: Props) {
  const [state, setState] = useState<'idle' | 'loading' | 'playing' | 'novoice'>('idle');
  const stop = useRef<(() => void) | null>(null);

  const clear = () => {
    try {
      highlightApi()?.reg.delete(HIGHLIGHT);
    } catch {
      // no highlight support: nothing to clear
    }
  };
  useEffect(
    () => () => {
      stop.current?.();
      clear();
    },
    [],
  );

  const start = async () => {
    const synth = (globalThis as { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
    setState('loading');
    const voice = await findVoice(synth, lang);
    if (!voice || !synth) {
      setState('novoice');
      // The language's name is looked up only here: the first Intl.DisplayNames a page makes loads
      // the names of every language (about 15 ms of the reader's first render in Chromium).
      status.show({ source: 'listen', kind: 'error', text: t(uiLang, 'noVoice', { lang: languageName(primaryLang(lang), uiLang) }) });
      return;
    }
    status.show({ source: 'listen', kind: 'info', text: t(uiLang, 'reading') });
    const map = buildTextMap(getRoots(), SKIP);
    const spans = splitSentences(map.text);
    setState('playing');
    stop.current = speakSentences(
      synth,
      voice,
      spans.map((s) => map.text.slice(s.start, s.end)),
      0,
      {
        onSentence: (i) => {
          const range = spans[i] && rangeFor(map, spans[i]);
          const api = highlightApi();
          if (!range) return;
          try {
            api?.reg.set(HIGHLIGHT, new api.Highlight(range));
          } catch {
            // highlighting is a nicety; reading goes on without it
          }
          range.startContainer.parentElement?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
        },
        onEnd: () => {
          clear();
          status.clear('listen');
          setState('idle');
        },
      },
    );
  };

  const onClick = () => {
    if (state === 'playing') {
      stop.current?.();
      stop.current = null;
      clear();
      status.clear('listen');
      setState('idle');
    } else if (state !== 'loading') void start();
  };

  // "No voice" stops being true when the browser gains a voice for the language (voices load late,
  // or the user installs one): the message goes and Listen is ready again.
  useEffect(() => {
    const synth = (globalThis as { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
    if (state !== 'novoice' || !synth?.addEventListener) return;
    const onVoices = () =>
      void findVoice(synth, lang).then((v) => {
        if (!v) return;
        status.clear('listen');
        setState('idle');
      });
    synth.addEventListener('voiceschanged', onVoices);
    return () => synth.removeEventListener('voiceschanged', onVoices);
  }, [state, lang]);

  return (
    <button
      type="button"
      class="saaf-btn saaf-listen"
      data-control="listen"
      data-state={state}
      aria-pressed={state === 'playing'}
      title={t(uiLang, state === 'playing' ? 'stopListening' : 'listen')}
      onClick={onClick}
    >
      <span aria-hidden="true">{state === 'playing' ? '■' : '▶'}</span>{' '}
      <span class="saaf-btn-label saaf-minor">{t(uiLang, state === 'playing' ? 'stopListening' : 'listen')}</span>
    </button>
  );
}
