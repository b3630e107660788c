import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { rulesFile } from '../../utils/site-rules/validate';
import type { UserRule } from '../../utils/site-rules/types';

/** Runs `npm run --silent extract -- ...args` as a user would; never throws, returns code and streams. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('npm', ['run', '--silent', 'extract', '--', ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const PAGE = 'tests/fixtures/site-rules/article-b.html';
const URL = 'https://www.roznama-misal.example/news/multan-heat-schools';
const PROMO = 'ہر خبر سب سے پہلے اپنے فون پر پائیں';
const dir = mkdtempSync(join(tmpdir(), 'saaf-extract-rules-'));
const rule: UserRule = {
  id: 'p1',
  host: 'roznama-misal.example',
  name: 'ایپ کا اشتہار',
  kind: 'selector',
  selector: 'div.promo-box',
  example: PROMO,
  created: '2024-07-10T00:00:00.000Z',
  fired: 0,
  enabled: true,
};

describe('npm run extract -- --rules', { timeout: 120_000 }, () => {
  it('applies exported rules through the same runner, each removal as user:<id>; without them the block stays', async () => {
    const file = join(dir, 'rules.json');
    writeFileSync(file, JSON.stringify(rulesFile([rule])));
    const [withRules, without] = await Promise.all([cli(PAGE, '--url', URL, '--rules', file), cli(PAGE, '--url', URL)]);
    expect([withRules.code, withRules.stderr]).toEqual([0, '']);
    const a = JSON.parse(withRules.stdout) as { text: string; contentHtml: string; removed: { rule: string; text: string }[] };
    expect(a.text).not.toContain(PROMO);
    expect(a.removed.find((r) => r.rule === 'user:p1')?.text).toContain(PROMO);
    expect(a.contentHtml).not.toContain('data-saaf-origin');
    expect((JSON.parse(without.stdout) as { text: string }).text).toContain(PROMO);
  });

  it('refuses a broken or foreign rules file, and extracts nothing', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(rulesFile([{ ...rule, selector: 'div:has(p)' }])));
    const r = await cli(PAGE, '--url', URL, '--rules', bad);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/not a Saaf rules file: rule 1: bad selector/);
  });
});
