import { render } from 'preact';
import { hidePageWhenPrinting } from './print';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ReaderApp } from '@/components/ReaderApp';
import type { ReaderTools } from '@/components/reader-tools';
import css from '@/components/reader.css?inline';
import type { ReadingPositionProps } from '@/components/useReadingPosition';
import { registerFonts } from '@/utils/fonts-service';
import { TranslationLog } from '@/utils/library/translations';
import { send } from '@/utils/messaging/send';
import { readerSlot, type OverlayHandoff, type PickerLabels, type ReaderResult } from '@/utils/reader-handoff';
import { withPublished } from '@/utils/extract/dates';
import { loadMisses, recordMiss } from '@/utils/reader/misses-storage';
import { makeMiss, missReport } from '@/utils/reader/removed';
import type { EarlySettings } from '@/utils/settings/prefetch-service';
import { scriptKeyFor } from '@/utils/settings/prefs';
import { openReaderStore, type SettingsStore } from '@/utils/settings/reader-store';
import { deriveRule } from '@/utils/site-rules/derive';
import { countRuleFirings } from '@/utils/site-rules/site-rules-storage';
import { regionRule } from '@/utils/reader/region';
import { startPicker } from './picker';

/**
 * The reader UI, the second injection step (after entrypoints/reader-shell has extracted the
 * article and opened the overlay's shell). Registers its renderer for later opens on this page, so
 * it is injected once per page, then renders the overlay waiting for it. An unlisted script (like
 * the shell), injected by `scripting.executeScript`: WXT's content-script wrapper would post
 * `wxt:content-script-started` to the page, which tells any page that Saaf is there.
 */
export default defineUnlistedScript({
  main() {
    const slot = readerSlot();
    slot.ui ??= showReader;
    const pending = slot.pending;
    slot.pending = undefined;
    if (pending && !pending.closed) slot.ui(pending);
  },
});

/** Offers a JSON file for download (a link clicked in the overlay: no permission needed). */
function downloadJson(where: HTMLElement, name: string, value: unknown): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  where.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * "Select the story": closes the reader to a picker on the page itself; the reader opens again on
 * the region chosen (its rule, not stored yet, comes with it), or as it was on Esc.
 */
function selectStory(overlay: OverlayHandoff, labels: PickerLabels): void {
  overlay.close();
  const slot = readerSlot();
  slot.stopPicker = startPicker(document, labels, {
    onPick: (region) => {
      const rule = document.body ? regionRule(region, document.body, location.href) : null;
      if (!rule) return false;
      slot.stopPicker = undefined;
      overlay.reopen(rule);
      return true;
    },
    onCancel: () => {
      slot.stopPicker = undefined;
      overlay.reopen();
    },
  });
}

/** Renders the article (or the message saying why there is none) into an open overlay. */
function showReader(overlay: OverlayHandoff): void {
  // A very large page is still being read: the shell shows its "preparing" state until then.
  if (overlay.result instanceof Promise) {
    void overlay.result.then((done) => {
      overlay.result = done;
      if (!overlay.closed) showReader(overlay);
    });
    return;
  }
  const { mount, shadow, close, toFragment } = overlay;
  // The shell shows no date: the published date the reader shows (and Save stores) is parsed here.
  const result = withPublished<ReaderResult>(overlay.result);
  const reextract = overlay.reextract;
  mount.querySelector('[data-saaf-preparing]')?.remove();
  registerFonts(document);
  const style = document.createElement('style');
  style.textContent = css;
  shadow.prepend(style);

  // Printing prints the reader alone (step 2's job: it is not needed before the reader shows).
  const unprint = hidePageWhenPrinting(document, shadow.host as HTMLElement);
  let store: SettingsStore | undefined;
  overlay.onClose = () => {
    unprint();
    store?.dispose();
    render(null, mount);
  };
  // Each of the site's own rules that removed something counts one firing (fire and forget).
  if (result.ok)
    countRuleFirings(location.href, result.article.removed).catch((err: unknown) =>
      console.warn('Saaf: could not count rule firings', err),
    );
  const lang = result.ok ? result.article.lang : result.lang;
  // Save sends the article the shell extracted: the background validates and stores it without extracting the page again.
  // Translations made in the reader go with it: the saved copy keeps them beside the originals.
  const translations = new TranslationLog();
  const web = result.ok && /^https?:$/.test(location.protocol);
  // Reading here moves the saved copy's place too, when this page is in the library (the background
  // finds it by the tab's URL). Told as the saved view tells it: at most every 2 s while scrolling,
  // and when the page is hidden or left or the reader closes. One answer "not saved" stops the
  // telling until Save succeeds here.
  let inLibrary = true;
  const position: ReadingPositionProps | undefined = web
    ? {
        start: 0,
        onChange: (p) => {
          if (!inLibrary) return;
          void send({ type: 'reader-set-position', position: p }).then(
            (r) => void (r?.ok && !r.done && (inLibrary = false)),
            () => undefined,
          );
        },
      }
    : undefined;
  const onSave =
    web && result.ok
      ? async (opts?: { allImages?: boolean }) => {
          const outcome = await send({
            type: 'save-current-tab',
            article: result.article,
            translations: translations.all(),
            allImages: opts?.allImages === true,
          });
          if (outcome?.ok) inLibrary = true;
          return outcome;
        }
      : undefined;
  const tools: ReaderTools = {
    setEscape: (handler) => {
      overlay.onEscape = handler;
    },
    reextract: reextract && ((disabled) => withPublished<ReaderResult>(reextract(disabled))),
    recordMiss: async (removal) => {
      await recordMiss(makeMiss(location.href, removal));
    },
    exportMisses: async () => {
      downloadJson(mount, 'saaf-misses.json', missReport(await loadMisses()));
    },
    // Rules are derived from the live page (read-only) and stored by the background for this tab's site.
    deriveRule: (origin, storyText) => deriveRule(document, origin, { url: location.href, storyText }),
    saveRule: async (rule) => {
      const res = await send({ type: 'site-rule-add', rule });
      if (!res.ok) throw new Error(res.error);
    },
    selectStory: (labels) => selectStory(overlay, labels),
    pickedRegion: overlay.picked,
    deleteRule: async (rule) => {
      const res = await send({ type: 'site-rule-delete', id: rule.replace(/^user:/, '') });
      if (!res.ok) throw new Error(res.error);
    },
  };
  // What the reader gets with or without the stored settings.
  const common = { result, onClose: close, toFragment, onSave, tools, translations, position };
  const draw = () => {
    if (overlay.closed || !store) return;
    const s = store;
    render(<ReaderApp {...common} settings={s.current} onPrefs={s.setPrefs} onTheme={s.setTheme} onLangOffer={s.answerLangOffer} />, mount);
  };
  // Settings come from extension storage (read since before extraction); render with them so the first paint is final.
  openReaderStore(scriptKeyFor(lang), lang, draw, overlay.early as EarlySettings).then(
    (s) => {
      if (overlay.closed) return s.dispose();
      store = s;
      draw();
    },
    (err: unknown) => {
      console.error('Saaf: settings unavailable, using defaults', err);
      if (!overlay.closed) render(<ReaderApp {...common} />, mount);
    },
  );
}
