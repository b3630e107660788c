import { describe, expect, it } from 'vitest';
import { lastCompoundKey } from './selectors';

describe('lastCompoundKey', () => {
  it('keys a selector by its last compound', () => {
    expect(lastCompoundKey('div.post .td-post-sharing')).toEqual({ kind: 'class', name: 'td-post-sharing' });
    expect(lastCompoundKey('#main > article')).toEqual({ kind: 'tag', name: 'article' });
    expect(lastCompoundKey('aside #jp-relatedposts')).toEqual({ kind: 'id', name: 'jp-relatedposts' });
  });

  it('gives no key to an attribute selector, even one with a space inside its brackets (the case-insensitive flag)', () => {
    // Split on the space inside the brackets, `[class*="tts" i]` used to key on the tag `i`.
    expect(lastCompoundKey('[class*="tts" i]')).toBeNull();
    expect(lastCompoundKey('[class*="caption" i]')).toBeNull();
    expect(lastCompoundKey('figure [data-hook="post title"]')).toBeNull();
    expect(lastCompoundKey('div[class*="ad" i] .label')).toEqual({ kind: 'class', name: 'label' });
  });
});
