/**
 * `npx tsx scripts/bench-families.ts` — story recall and clutter leakage of the pipeline on the
 * clutter fixture families (pages in site shapes the rules were not written against one by one),
 * per page and in total, and which rules fired on how many families. `--without a,b` runs the
 * pipeline without the named rules (the "before" of a rule's before/after numbers).
 */
import { extractFile } from './lib/node-dom';
import { familyPages } from './lib/families';
import { checkFragments } from './lib/match';
import { RULES } from '../utils/clean';
import type { CleanRule } from '../utils/clean/types';

const at = process.argv.indexOf('--without');
const without = new Set(at >= 0 ? (process.argv[at + 1] ?? '').split(',') : []);
// The pipeline reads the shared list: drop the named rules from it for this run.
const rules = RULES as CleanRule[];
for (let i = rules.length - 1; i >= 0; i--) if (without.has(rules[i]!.id)) rules.splice(i, 1);

let include = 0;
let found = 0;
let exclude = 0;
let leaked = 0;
const fired = new Map<string, Set<string>>();
let listings = 0;
let refused = 0;
for (const p of familyPages()) {
  const r = extractFile(p.html, p.annotation.url);
  if (p.annotation.expect === 'no-article') {
    listings++;
    if (!r.ok) refused++;
    console.log(`${p.name.padEnd(40)} ${r.ok ? 'READ AS AN ARTICLE (must be no article)' : `no article (${r.reason}), as expected`}`);
    continue;
  }
  const inc = p.annotation.mustInclude?.length ?? 0;
  const exc = p.annotation.mustExclude?.length ?? 0;
  include += inc;
  exclude += exc;
  if (!r.ok) {
    console.log(`${p.name.padEnd(40)} no article (${r.reason})`);
    continue;
  }
  const { missing, leaked: l } = checkFragments(p.annotation, r.article.title, r.article.text);
  found += inc - missing.length;
  leaked += l.length;
  for (const rm of r.article.removed) {
    const rule = rm.rule.split(':')[0]!;
    if (!fired.has(rule)) fired.set(rule, new Set());
    fired.get(rule)!.add(p.family);
  }
  console.log(
    `${p.name.padEnd(40)} story ${inc - missing.length}/${inc}  leaked ${l.length}/${exc}${l.length ? `  (${l.join(' | ')})` : ''}${missing.length ? `  MISSING ${missing.join(' | ')}` : ''}`,
  );
}
console.log(
  `\ntotal: story recall ${(found / include).toFixed(2)} (${found}/${include}), clutter leakage ${((100 * leaked) / exclude).toFixed(0)}% (${leaked}/${exclude})`,
);
console.log(`listing pages refused: ${refused}/${listings}`);
console.log('rules by families fired on:', [...fired].map(([k, v]) => `${k} ${v.size}`).join(', '));
