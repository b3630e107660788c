/**
 * Rules at their trust boundaries (import files, storage, messages): checked field by field and
 * copied into fresh objects. Selectors follow a small grammar (no `:has()`, no pseudo-elements, no
 * escapes, no commas); patterns are literal text with `{n}` (never a regular expression); every
 * string is size-limited. A file with anything wrong is refused whole: importing it changes nothing.
 */
import type { UserRule, UserRuleKind, UserRulesFile } from './types';

export const LIMITS = {
  rules: 500,
  fileChars: 512 * 1024,
  selector: 300,
  pattern: 200,
  shape: 120,
  name: 120,
  example: 300,
  pathPrefix: 200,
} as const;

const KINDS: readonly UserRuleKind[] = ['selector', 'structure', 'text', 'region'];
const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const SHAPE = /^[a-z0-9|()+-]+$/;
const ISO = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/;
/** Controls and bidi overrides never belong in a name or a pattern. */
const UNSAFE_TEXT = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

// The selector grammar: compounds of tag, #id, .class, [attr], [attr op "value"] and a few
// structural pseudo-classes, joined by descendant, child and sibling combinators.
const IDENT = '-?[A-Za-z_][A-Za-z0-9_-]*';
const VALUE = `"[A-Za-z0-9_ .:/-]{0,80}"`;
const ATTR = `\\[${IDENT}(?:[~|^$*]?=${VALUE})?\\]`;
const NTH = '(?:odd|even|-?\\d{0,3}n(?:\\s*[+-]\\s*\\d{1,3})?|\\d{1,3})';
const PSEUDO = `:(?:first-child|last-child|only-child|first-of-type|last-of-type|only-of-type|(?:nth-child|nth-of-type)\\(${NTH}\\))`;
const SIMPLE = `(?:#${IDENT}|\\.${IDENT}|${ATTR}|${PSEUDO})`;
const NOT = `:not\\(${SIMPLE}\\)`;
const COMPOUND = `(?:(?:${IDENT}|\\*)(?:${SIMPLE}|${NOT})*|(?:${SIMPLE}|${NOT})+)`;
const SELECTOR = new RegExp(`^${COMPOUND}(?:\\s*[>+~]\\s*${COMPOUND}|\\s+${COMPOUND}){0,7}$`);

/**
 * Does `selector` fit the grammar (and, where there is a DOM, parse)? The grammar alone decides
 * in Chrome's background worker, which has no document.
 */
export function selectorOk(selector: string): boolean {
  if (selector.length === 0 || selector.length > LIMITS.selector || !SELECTOR.test(selector.trim())) return false;
  const doc = (globalThis as { document?: Document }).document;
  if (!doc?.implementation) return true;
  try {
    doc.implementation.createHTMLDocument('').querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

/** Is `pattern` a literal text rule (with `{n}` for numbers) of sane length, with some letters? */
export function patternOk(pattern: string): boolean {
  return (
    pattern.trim().length > 0 &&
    pattern.length <= LIMITS.pattern &&
    !UNSAFE_TEXT.test(pattern) &&
    /[\p{L}\p{N}]/u.test(pattern.replaceAll('{n}', '')) === true
  );
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** One rule, checked and copied, or why not. */
export function validateRule(v: unknown): { ok: true; rule: UserRule } | { ok: false; error: string } {
  const fail = (error: string) => ({ ok: false as const, error });
  if (!isObj(v)) return fail('not an object');
  if (!str(v.id, 40) || !ID.test(v.id)) return fail('bad id');
  if (!str(v.host, 253) || !HOST.test(v.host)) return fail('host is not a hostname');
  if (!KINDS.includes(v.kind as UserRuleKind)) return fail('unknown kind');
  const kind = v.kind as UserRuleKind;
  if (!str(v.name, LIMITS.name) || UNSAFE_TEXT.test(v.name)) return fail('bad name');
  if (!str(v.example, LIMITS.example)) return fail('bad example');
  if (!str(v.created, 40) || !ISO.test(v.created) || Number.isNaN(Date.parse(v.created))) return fail('bad date');
  if (typeof v.fired !== 'number' || !Number.isSafeInteger(v.fired) || v.fired < 0) return fail('bad count');
  if (typeof v.enabled !== 'boolean') return fail('bad on/off');
  if (!str(v.selector, LIMITS.selector) || !selectorOk(v.selector)) return fail('bad selector');
  const rule: UserRule = {
    id: v.id,
    host: v.host,
    name: v.name,
    kind,
    selector: v.selector.trim(),
    example: v.example.replace(/[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu, ' '),
    created: v.created,
    fired: v.fired,
    enabled: v.enabled,
  };
  if (v.pathPrefix !== undefined) {
    if (!str(v.pathPrefix, LIMITS.pathPrefix) || !/^\/[^\s?#]*$/.test(v.pathPrefix)) return fail('bad path prefix');
    rule.pathPrefix = v.pathPrefix;
  }
  if (kind === 'text') {
    if (!str(v.pattern, LIMITS.pattern) || !patternOk(v.pattern)) return fail('bad pattern');
    rule.pattern = v.pattern;
  } else if (v.pattern !== undefined) return fail('pattern on a rule that is not a text rule');
  if (kind === 'structure') {
    if (!str(v.shape, LIMITS.shape) || !SHAPE.test(v.shape)) return fail('bad shape');
    rule.shape = v.shape;
    if (v.after !== undefined) {
      if (v.after !== 'story') return fail('bad position');
      rule.after = 'story';
    }
  } else if (v.shape !== undefined || v.after !== undefined) return fail('shape on a rule that is not a structure rule');
  return { ok: true, rule };
}

/**
 * A rules file or stored list: `{ format: 'saaf-site-rules', version: 1, rules: [...] }` or a bare
 * array. `strict` (import files): one bad rule refuses the whole file. Lenient (storage): bad
 * rules are dropped and counted. Duplicate ids are refused (strict) or keep their first copy.
 */
export function validateRules(
  input: unknown,
  opts: { strict?: boolean } = {},
): { ok: true; rules: UserRule[]; dropped: number } | { ok: false; error: string } {
  const strict = opts.strict ?? true;
  let list: unknown;
  if (Array.isArray(input)) list = input;
  else if (isObj(input) && input.format === 'saaf-site-rules' && input.version === 1) list = input.rules;
  else return { ok: false, error: 'not a Saaf rules file' };
  if (!Array.isArray(list)) return { ok: false, error: 'no rules list' };
  if (list.length > LIMITS.rules) return { ok: false, error: `more than ${LIMITS.rules} rules` };
  const rules: UserRule[] = [];
  const ids = new Set<string>();
  let dropped = 0;
  for (const [i, v] of list.entries()) {
    const r = validateRule(v);
    const error = !r.ok ? r.error : ids.has(r.rule.id) ? 'duplicate id' : null;
    if (error !== null || !r.ok) {
      if (strict) return { ok: false, error: `rule ${i + 1}: ${error}` };
      dropped++;
      continue;
    }
    ids.add(r.rule.id);
    rules.push(r.rule);
  }
  return { ok: true, rules, dropped };
}

/** Parses an import file's text: size-limited JSON, then `validateRules` (strict). */
export function parseRulesFile(text: string): ReturnType<typeof validateRules> {
  if (text.length > LIMITS.fileChars) return { ok: false, error: 'file too large' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not JSON' };
  }
  return validateRules(json, { strict: true });
}

/** The export file for `rules`. */
export function rulesFile(rules: readonly UserRule[]): UserRulesFile {
  return { format: 'saaf-site-rules', version: 1, rules: rules.map((r) => ({ ...r })) };
}
