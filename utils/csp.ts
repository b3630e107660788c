/**
 * The Content-Security-Policy of the extension's own pages (options, library, saved view), in one
 * place: wxt.config.ts writes it into both manifests and tests read it from here.
 *
 * The library renders stored articles that came from hostile pages; they are sanitized, and this
 * is the second line of defence: only the extension's scripts, images only from the extension,
 * blob: (stored photos) and data: (inline raster images), no frames, no plugins, no `<base>`, no
 * form posts, and no page may frame ours.
 */
export const EXTENSION_PAGES_CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'script-src': ["'self'"],
  'object-src': ["'none'"],
  'img-src': ["'self'", 'blob:', 'data:'],
  'frame-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'none'"],
};

/** The policy as the manifest's `content_security_policy.extension_pages` string. */
export const EXTENSION_PAGES_CSP = Object.entries(EXTENSION_PAGES_CSP_DIRECTIVES)
  .map(([name, values]) => `${name} ${values.join(' ')}`)
  .join('; ');

/** Parses a CSP string into directive -> values (for tests and checks). */
export function parseCsp(csp: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = values;
  }
  return out;
}
