import type { Embed } from '../types';

/** Recognises one kind of embed and reads it into structured data. */
export interface EmbedDetector {
  kind: Embed['kind'];
  /** CSS selector of the embed's outermost element as pages ship it. */
  selector: string;
  /** Reads the embed, or null when the element is not one after all (it is then left alone). */
  read(el: Element, pageUrl: string | null, articleLang: string): Embed | null;
}

/** Whitespace collapsed and trimmed. */
export const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
