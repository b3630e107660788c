import type { Embed } from '../types';

/** Recognises one kind of embed and reads it into structured data. */
export interface EmbedDetector {
  kind: Embed['kind'];
  /**
   * Is `el` the outermost element of this kind of embed, as pages ship it? (A predicate, not a
   * selector: it runs on every blockquote and iframe of the page, without a selector engine.)
   */
  accepts(el: Element): boolean;
  /** Reads the embed, or null when the element is not one after all (it is then left alone). */
  read(el: Element, pageUrl: string | null, articleLang: string): Embed | null;
}

/** The space-separated class list of `el` contains `name`. */
export const hasClass = (el: Element, name: string): boolean =>
  ` ${el.getAttribute('class') ?? ''} `.replace(/\s+/g, ' ').includes(` ${name} `);

/** Whitespace collapsed and trimmed. */
export const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
