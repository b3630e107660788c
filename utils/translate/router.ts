/**
 * Picks the first service in the user's order that can translate the pair, answers from the cache
 * when it can, and otherwise translates. A service that cannot do the pair is skipped; any other
 * failure is reported as is (no silent hop to the next remote service: the user sees which one
 * failed and can retry, and text goes only where the user's order says).
 */
import type { TranslationCache } from './cache';
import { TranslateError, toTranslateError } from './errors';
import { primaryLang } from '../text/script';
import { MAX_TEXT_LENGTH } from './http';
import type { ProgressFn, TranslationResult, TranslationService } from './types';

export interface RouteOptions {
  cache?: TranslationCache;
  signal?: AbortSignal;
  /** Progress of a one-off model download (only services with `prepare`). */
  onProgress?: ProgressFn;
}

/** Translates `text` with the first service in `services` (the user's order) that can. */
export async function routeTranslation(
  services: readonly TranslationService[],
  text: string,
  source: string,
  target: string,
  opts: RouteOptions = {},
): Promise<TranslationResult> {
  const q = text.trim();
  if (!q) throw new TranslateError('malformed', 'nothing to translate');
  if (q.length > MAX_TEXT_LENGTH) throw new TranslateError('unsupported', 'text too long');
  const src = source === 'auto' ? 'auto' : primaryLang(source);
  const tgt = primaryLang(target);
  if (src === tgt) throw new TranslateError('unsupported', 'same language');
  for (const svc of services) {
    if (opts.signal?.aborted) throw new TranslateError('aborted');
    const availability = await svc.availability(src, tgt);
    if (availability === 'unavailable') continue;
    const result = (t: string, fromCache: boolean): TranslationResult => ({
      text: t,
      service: svc.id,
      label: svc.label,
      source: src,
      target: tgt,
      fromCache,
    });
    const cached = await opts.cache?.get(q, src, tgt, svc.id);
    if (cached) return result(cached, true);
    try {
      if (availability === 'downloadable' && svc.prepare) await svc.prepare(src, tgt, opts.onProgress);
      const out = await svc.translate(q, src, tgt, opts.signal);
      await opts.cache?.set(q, src, tgt, svc.id, out);
      return result(out, false);
    } catch (err) {
      const e = toTranslateError(err);
      if (e.kind === 'unsupported') continue; // e.g. LibreTranslate without the pair's model
      throw e;
    }
  }
  // Nothing could do it. Without any remote service turned on, the honest answer is "set one up".
  throw new TranslateError(services.some((s) => s.remote) ? 'unsupported' : 'not-configured');
}
