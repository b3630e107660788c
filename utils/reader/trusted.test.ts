// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { GUARDED_EVENTS, guardTrusted, trusted } from './trusted';

// jsdom marks every event a script makes as untrusted, as browsers do; a trusted one is faked as a plain object.
const userEvent = (type: string) => ({ type, isTrusted: true }) as unknown as Event;

describe('trusted', () => {
  it('runs the handler for the user’s events only', () => {
    const handler = vi.fn();
    const wrapped = trusted(handler);
    wrapped(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(handler).not.toHaveBeenCalled();
    wrapped(userEvent('keydown'));
    expect(handler).toHaveBeenCalledTimes(1);
  });
});

describe('guardTrusted', () => {
  function shadowButton() {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'closed' });
    const button = document.createElement('button');
    root.append(button);
    const seen: string[] = [];
    for (const type of GUARDED_EVENTS) button.addEventListener(type, () => seen.push(type));
    return { root, button, seen };
  }

  it('stops a script’s click and key events before the reader’s controls see them', () => {
    const { root, button, seen } = shadowButton();
    guardTrusted(root);
    button.click();
    for (const type of GUARDED_EVENTS) button.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
    expect(seen).toEqual([]);
  });

  it('without the guard the same events reach the control (the test can fail)', () => {
    const { root, button, seen } = shadowButton();
    const off = guardTrusted(root);
    off();
    button.click();
    expect(seen).toEqual(['click']);
  });
});
