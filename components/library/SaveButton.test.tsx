// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://news.example.pk/2023/ev" }
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { SaveOutcome } from '@/utils/library/messages';
import { Highlighted } from './Highlighted';
import type { StatusApi, StatusMessage } from '../StatusLine';
import { SaveButton } from './SaveButton';

/** The reader's status line as the button sees it: the last message it said. */
function statusLine(): StatusApi & { last: () => StatusMessage | null } {
  let last: StatusMessage | null = null;
  return { show: (m) => void (last = m), clear: () => void (last = null), last: () => last };
}

function deferred() {
  let resolve!: (v: SaveOutcome) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<SaveOutcome>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** One macrotask: every pending promise callback has run. */
const tick = () => new Promise<void>((r) => setTimeout(r, 0));

describe('SaveButton', () => {
  it('says how many images a partial save kept and offers to keep them all, which saves again without the limits', async () => {
    const el = document.createElement('div');
    const calls: unknown[] = [];
    let next: SaveOutcome = { ok: true, id: 1, created: true, images: 40, imagesSkipped: 460, imagesCapped: 460 };
    const status = statusLine();
    render(<SaveButton uiLang="en" save={async (opts) => (calls.push(opts), next)} status={status} />, el);
    await act(async () => (el.querySelector<HTMLButtonElement>('[data-control="save"]')!.click(), await tick()));
    expect(status.last()?.text).toBe('Saved, 40 of 500 images');
    expect(el.querySelector('[data-control="save"] .saaf-btn-label')!.textContent).toBe('Saved, 40 of 500 images');
    const keepAll = el.querySelector<HTMLButtonElement>('[data-control="save-all-images"]')!;
    expect(keepAll.textContent).toBe('Keep all images');
    next = { ok: true, id: 1, created: false, images: 500, imagesSkipped: 0, imagesCapped: 0 };
    await act(async () => (keepAll.click(), await tick()));
    expect(calls).toEqual([undefined, { allImages: true }]);
    expect(status.last()?.text).toBe('Saved to the library');
    expect(el.querySelector('[data-control="save-all-images"]')).toBeNull();
  });

  it('words the partial save in Urdu with the plural of the count, and offers no "keep all" when no limit was hit', async () => {
    const el = document.createElement('div');
    let next: SaveOutcome = { ok: true, id: 1, created: true, images: 0, imagesSkipped: 1, imagesCapped: 0 };
    const status = statusLine();
    render(<SaveButton uiLang="ur" save={async () => next} status={status} />, el);
    const button = el.querySelector<HTMLButtonElement>('[data-control="save"]')!;
    await act(async () => (button.click(), await tick()));
    expect(status.last()?.text).toBe('محفوظ ہو گیا، 1 میں سے 0 تصویر');
    expect(el.querySelector('[data-control="save-all-images"]')).toBeNull(); // a failed download, not a limit
    next = { ok: true, id: 1, created: false, images: 40, imagesSkipped: 2, imagesCapped: 2 };
    await act(async () => (button.click(), await tick()));
    expect(status.last()?.text).toBe('محفوظ ہو گیا، 42 میں سے 40 تصویریں');
    expect(el.querySelector('[data-control="save-all-images"]')!.textContent).toBe('سب تصویریں رکھیں');
  });

  it('shows saving, then saved, in the UI language', async () => {
    const el = document.createElement('div');
    const d = deferred();
    let calls = 0;
    const status = statusLine();
    render(<SaveButton uiLang="ur" save={() => (calls++, d.promise)} status={status} />, el);
    const button = el.querySelector('button')!;
    expect(button.textContent).toContain('محفوظ کریں');
    await act(() => button.click());
    expect(button.disabled).toBe(true);
    expect(button.dataset.state).toBe('saving');
    await act(async () => (d.resolve({ ok: true, id: 1, created: true, images: 1, imagesSkipped: 0 }), await tick()));
    expect(calls).toBe(1);
    expect(button.dataset.state).toBe('saved');
    expect(status.last()).toMatchObject({ source: 'save', kind: 'info', text: 'لائبریری میں محفوظ ہو گیا' });
  });

  it.each([
    ['a refusal', (d: ReturnType<typeof deferred>) => d.resolve({ ok: false, error: 'no-article' })],
    ['a rejected message', (d: ReturnType<typeof deferred>) => d.reject(new Error('no background'))],
  ])('reports %s', async (_l, settle) => {
    const el = document.createElement('div');
    const d = deferred();
    const status = statusLine();
    render(<SaveButton uiLang="en" save={() => d.promise} status={status} />, el);
    await act(() => el.querySelector('button')!.click());
    await act(async () => (settle(d), await tick()));
    expect(el.querySelector('button')!.dataset.state).toBe('failed');
    expect(status.last()).toMatchObject({ kind: 'error', text: 'Could not save this page' });
  });

  it('never stays "saving": a save that is never answered (extension reloaded mid-save) times out with a clear message', async () => {
    const el = document.createElement('div');
    const status = statusLine();
    render(<SaveButton uiLang="en" save={() => new Promise<SaveOutcome>(() => undefined)} timeoutMs={30} status={status} />, el);
    await act(() => el.querySelector('button')!.click());
    expect(el.querySelector('button')!.dataset.state).toBe('saving');
    await act(() => new Promise((r) => setTimeout(r, 80)));
    const button = el.querySelector('button')!;
    expect(button.dataset.state).toBe('no-answer');
    expect(button.disabled).toBe(false);
    expect(status.last()?.text).toMatch(/did not answer/);
  });

  it('reports a save that throws at once (Extension context invalidated)', async () => {
    const el = document.createElement('div');
    render(
      <SaveButton
        uiLang="en"
        save={() => {
          throw new Error('Extension context invalidated.');
        }}
      />,
      el,
    );
    await act(() => el.querySelector('button')!.click());
    await act(tick);
    expect(el.querySelector('button')!.dataset.state).toBe('failed');
  });
});

describe('Highlighted', () => {
  it('marks whole words and keeps markup-looking text as text', () => {
    const el = document.createElement('p');
    render(
      <Highlighted
        segments={[
          { text: '<b>x</b> ', hit: false },
          { text: 'پاکستان', hit: true },
          { text: ' نے', hit: false },
        ]}
      />,
      el,
    );
    expect(el.querySelector('b')).toBeNull();
    expect([...el.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['پاکستان']);
    expect(el.textContent).toBe('<b>x</b> پاکستان نے');
  });
});
