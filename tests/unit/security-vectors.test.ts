/** The security suite's data is the project's own: present, complete, licensed, and covering every place. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECURITY_DIR, VECTOR_PLACES, dompurifyVectors, saafVectors } from '../security/vectors';

describe('tests/security', () => {
  it('holds the 221 DOMPurify fixtures, unique ids, with their licence and source note', () => {
    const v = dompurifyVectors();
    expect(new Set(v.map((x) => x.id)).size).toBe(221);
    expect(v.every((x) => x.source?.startsWith('cure53/DOMPurify@'))).toBe(true);
    for (const f of ['LICENSE-DOMPurify-Apache-2.0', 'LICENSE-DOMPurify-MPL-2.0', 'README.md'])
      expect(existsSync(join(SECURITY_DIR, f)), f).toBe(true);
    const readme = readFileSync(join(SECURITY_DIR, 'README.md'), 'utf8');
    expect(readme).toContain('1fa97e8f0b671ded461adfe6af255f2aab4202d0');
    expect(readme).toContain('MPL-2.0 OR Apache-2.0');
  });

  it("has Saaf's own vectors for every place and every finding, with unique ids", () => {
    const v = saafVectors();
    expect(new Set(v.map((x) => x.id)).size).toBe(v.length);
    for (const where of VECTOR_PLACES) expect(saafVectors(where).length, where).toBeGreaterThan(0);
    // The issue 14 findings that vectors can express, and the traps of the security notes.
    for (const t of ['issue 14 #1', 'issue 14 #2', 'issue 14 #4', 'issue 14 #8'])
      expect(
        v.some((x) => x.trap.startsWith(`${t}:`)),
        t,
      ).toBe(true);
    expect(new Set(v.filter((x) => x.trap.startsWith('security.md:')).map((x) => x.trap)).size).toBeGreaterThanOrEqual(7);
  });

  it('is what the tests read: no test reads the vectors from ../shared', () => {
    const files = ['utils/sanitize/sanitize.test.ts', 'tests/e2e/cases.ts', 'tests/e2e/security.e2e.test.ts'];
    for (const f of files) expect(readFileSync(join(SECURITY_DIR, '../..', f), 'utf8'), f).not.toMatch(/shared\/security|SAAF_XSS_VECTORS/);
  });
});
