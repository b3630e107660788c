/**
 * Reading aloud with the Web Speech API (`speechSynthesis`, in Chrome and Firefox; `chrome.tts`
 * would need the extra `tts` permission and does not exist in Firefox). One utterance per sentence:
 * Chrome stops long utterances after about 15 s, and per-sentence utterances give exact sentence
 * highlighting without relying on boundary events (which many voices never fire).
 */
import { chooseVoice } from './voice';

/** Voices, waiting for `voiceschanged` (Chrome fills the list asynchronously) up to `timeoutMs`. */
export function loadVoices(synth: SpeechSynthesis, timeoutMs = 1500): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, timeoutMs);
    synth.addEventListener('voiceschanged', done);
  });
}

/** The voice for an article's language, or null (never a voice of another language). */
export async function findVoice(synth: SpeechSynthesis | undefined, lang: string): Promise<SpeechSynthesisVoice | null> {
  if (!synth) return null;
  return chooseVoice(await loadVoices(synth), lang);
}

export interface SpeakHandlers {
  onSentence: (index: number) => void;
  onEnd: () => void;
}

/** Speaks `sentences` from `from` on; returns a stop function. */
export function speakSentences(
  synth: SpeechSynthesis,
  voice: SpeechSynthesisVoice,
  sentences: readonly string[],
  from: number,
  handlers: SpeakHandlers,
): () => void {
  let stopped = false;
  const speakAt = (i: number) => {
    if (stopped) return;
    if (i >= sentences.length) {
      handlers.onEnd();
      return;
    }
    const u = new SpeechSynthesisUtterance(sentences[i]);
    u.voice = voice;
    u.lang = voice.lang;
    u.onstart = () => handlers.onSentence(i);
    u.onend = () => speakAt(i + 1);
    u.onerror = () => {
      if (!stopped) handlers.onEnd();
    };
    synth.speak(u);
  };
  synth.cancel();
  speakAt(from);
  return () => {
    stopped = true;
    synth.cancel();
  };
}
