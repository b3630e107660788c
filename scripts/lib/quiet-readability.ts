/**
 * Readability as Saaf ships it: without its debug log calls. Readability logs only when built with
 * `debug: true` (Saaf never is), but its 24 `this.log(...)` calls still carry their messages into
 * the script injected on every opening (0.6 KB of the 60 KB gzip budget), and one of them,
 * "Grabbed: " + articleContent.innerHTML, serializes the whole article on every parse whether
 * logging is on or not. Each call becomes `false && this.log(...)` and each `if (this._debug)` an
 * `if (false)`, so the minifier drops them with their arguments. Applied to the extension build
 * (wxt.config.ts) and to Saaf's pipeline in `npm run bench` (not to the plain-Readability column,
 * which stays the stock library). The unit tests run the stock file: debug is off, so the result
 * is the same.
 */

/** The file `utils/pipeline.ts` imports (`@mozilla/readability/Readability.js`). */
export const READABILITY_FILE = /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/;

export function quietReadability(code: string): string {
  let calls = 0;
  const out = code.replace(/\bthis\.log\(/g, () => (calls++, 'false && this.log(')).replace(/\bif \(this\._debug\)/g, 'if (false)');
  // A Readability release that renames its logger must fail the build, not ship the calls again.
  if (calls < 10) throw new Error(`quiet-readability: found ${calls} this.log( calls in Readability.js; expected about 24`);
  return out;
}
