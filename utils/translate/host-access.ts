/**
 * Does a set of granted host permissions already cover a remote service's origin? Decided
 * synchronously, because `permissions.request` must be the first async call in a click handler
 * (Firefox rejects it after any `await`; Chrome needs the user gesture too).
 */

/** Whether one granted match pattern covers the requested `scheme://host/*` pattern. */
export function patternCovers(granted: string, requested: string): boolean {
  if (granted === '<all_urls>') return /^https?:\/\//.test(requested);
  const g = /^(\*|https?):\/\/([^/]+)\/(.*)$/.exec(granted);
  const r = /^(https?):\/\/([^/]+)\/(.*)$/.exec(requested);
  if (!g || !r) return false;
  const [, gScheme, gHost, gPath] = g;
  const [, rScheme, rHost] = r;
  if (gPath !== '*') return false;
  if (gScheme !== '*' && gScheme !== rScheme) return false;
  if (gHost === '*') return true;
  if (gHost!.startsWith('*.')) {
    const base = gHost!.slice(2);
    return rHost === base || rHost!.endsWith(`.${base}`);
  }
  return gHost === rHost;
}

/** Whether every requested pattern is covered by some granted one. */
export function allCovered(granted: readonly string[], requested: readonly string[]): boolean {
  return requested.every((r) => granted.some((g) => patternCovers(g, r)));
}
