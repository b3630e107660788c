// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://news.example.pk/2023/ev" }
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { SaveOutcome } from '@/utils/library/messages';
import { Highlighted } from './Highlighted';
import { SaveButton } from './SaveButton';

function deferred() {
  let resolve!: (v: SaveOutcome) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<SaveOutcome>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('SaveButton', () => {
  it('shows saving, then saved, in the UI language', async () => {
    const el = document.createElement('div');
    const d = deferred();
    let calls = 0;
    render(<SaveButton uiLang="ur" save={() => (calls++, d.promise)} />, el);
    const button = el.querySelector('button')!;
    expect(button.textContent).toContain('محفوظ کریں');
    await act(() => button.click());
    expect(button.disabled).toBe(true);
    expect(button.dataset.state).toBe('saving');
    await act(async () => d.resolve({ ok: true, id: 1, created: true, images: 1, imagesSkipped: 0 }));
    expect(calls).toBe(1);
    expect(button.dataset.state).toBe('saved');
    expect(el.querySelector('[role=status]')!.textContent).toBe('لائبریری میں محفوظ ہو گیا');
  });

  it.each([
    ['a refusal', (d: ReturnType<typeof deferred>) => d.resolve({ ok: false, error: 'no-article' })],
    ['a rejected message', (d: ReturnType<typeof deferred>) => d.reject(new Error('no background'))],
  ])('reports %s', async (_l, settle) => {
    const el = document.createElement('div');
    const d = deferred();
    render(<SaveButton uiLang="en" save={() => d.promise} />, el);
    await act(() => el.querySelector('button')!.click());
    await act(async () => settle(d));
    expect(el.querySelector('button')!.dataset.state).toBe('failed');
    expect(el.querySelector('[role=status]')!.textContent).toBe('Could not save this page');
  });
});

describe('Highlighted', () => {
  it('marks whole words and keeps markup-looking text as text', () => {
    const el = document.createElement('p');
    render(<Highlighted segments={[{ text: '<b>x</b> ', hit: false }, { text: 'پاکستان', hit: true }, { text: ' نے', hit: false }]} />, el);
    expect(el.querySelector('b')).toBeNull();
    expect([...el.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['پاکستان']);
    expect(el.textContent).toBe('<b>x</b> پاکستان نے');
  });
});
