/**
 * Readability as Saaf ships it: without its debug log calls and without its JSON-LD reader. Readability logs only when built with
 * `debug: true` (Saaf never is), but its 24 `this.log(...)` calls still carry their messages into
 * the script injected on every opening (0.6 KB of the 60 KB gzip budget), and one of them,
 * "Grabbed: " + articleContent.innerHTML, serializes the whole article on every parse whether
 * logging is on or not. Each call becomes `false && this.log(...)` and each `if (this._debug)` an
 * `if (false)`, so the minifier drops them with their arguments. Applied to the extension build
 * (wxt.config.ts) and to Saaf's pipeline in `npm run bench` (not to the plain-Readability column,
 * which stays the stock library). The unit tests run the stock file: debug is off, so the result
 * is the same.
 *
 * The JSON-LD reader (`_getJSONLD`, 125 lines, about 1 KB gzip) is dead code in Saaf: the pipeline
 * reads JSON-LD itself (utils/extract/json-ld.ts) and always passes `disableJSONLD: true`, so
 * Readability never calls it (a unit test holds the pipeline to that). Its body becomes `return {}`.
 *
 * The messages of `_cleanConditionally`'s failed checks are read only by a log call: each becomes
 * `0` (0.2 KB gzip).
 */

/** The file `utils/pipeline.ts` imports (`@mozilla/readability/Readability.js`). */
export const READABILITY_FILE = /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/;

export function quietReadability(code: string): string {
  let calls = 0;
  const out = code.replace(/\bthis\.log\(/g, () => (calls++, 'false && this.log(')).replace(/\bif \(this\._debug\)/g, 'if (false)');
  // A Readability release that renames its logger must fail the build, not ship the calls again.
  if (calls < 10) throw new Error(`quiet-readability: found ${calls} this.log( calls in Readability.js; expected about 24`);
  return withoutJsonLd(withoutCheckMessages(out));
}

/**
 * `_cleanConditionally`'s checks push a message per failed check (`errs.push(\`Too many inputs
 * per p. (input=${input}, p=${p})\`)`) that only the compiled-out log would read: only
 * `errs.length` decides. Each message becomes `0` (the template reads numbers only: no side effect).
 */
function withoutCheckMessages(code: string): string {
  let pushes = 0;
  const out = code.replace(/\berrs\.push\(\s*`[^`]*`\s*\)/g, () => (pushes++, 'errs.push(0)'));
  if (pushes < 5) throw new Error(`quiet-readability: found ${pushes} errs.push(\`...\`) messages in Readability.js; expected about 8`);
  return out;
}

/** `_getJSONLD` reduced to `return {}` (the method and its closing brace at Readability's two-space indent). */
function withoutJsonLd(code: string): string {
  const start = code.indexOf('\n  _getJSONLD(doc) {\n');
  const end = start < 0 ? -1 : code.indexOf('\n  },\n', start);
  if (end < 0) throw new Error('quiet-readability: _getJSONLD(doc) not found in Readability.js; check the JSON-LD strip');
  return `${code.slice(0, start)}\n  _getJSONLD() {\n    return {};${code.slice(end)}`;
}
