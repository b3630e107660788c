import { ExtensionBrowser } from './lib/browser/session';
import { startServer } from './lib/browser/server';
import { openSettled } from './bench/extract';

const dir = process.argv[2]!;
const server = await startServer();
const s = await ExtensionBrowser.launch('chromium');
type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] };
try {
  for (const k of [0, 1]) {
    const url = server.servePage(dir, `/t/${k}/`);
    const page = await openSettled(s, url);
    const tabId = await s.tabIdFor(url);
    await s.messenger();
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const t0 = Date.now();
    await s.sendMessage({ type: 'open-reader', tabId });
    await page.bringToFront();
    await page.waitForFunction(() => document.querySelector('[data-saaf-reader]'), { polling: 'raf' });
    await new Promise((r) => setTimeout(r, 800));
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } };
    console.log('open', k, Date.now() - t0, 'ms');
    if (k === 1) {
      const self = new Map<number, number>();
      profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
      const agg = new Map<string, number>();
      const byFile = new Map<string, number>();
      for (const n of profile.nodes) {
        const us = self.get(n.id) ?? 0;
        const f = n.callFrame;
        const file = f.url.split('/').pop() || '(none)';
        const key = `${f.functionName || '(anon)'} ${file}:${f.lineNumber}:${f.columnNumber}`;
        agg.set(key, (agg.get(key) ?? 0) + us);
        byFile.set(file, (byFile.get(file) ?? 0) + us);
      }
      console.log([...byFile].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k2, v]) => `${k2} ${(v / 1000).toFixed(1)}`).join('\n'));
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const total = new Map<string, number>();
      for (const [id, us] of self) {
        const seen = new Set<string>();
        for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
          const f = byId.get(cur)!.callFrame;
          const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
          if (seen.has(key)) continue;
          seen.add(key);
          total.set(key, (total.get(key) ?? 0) + us);
        }
      }
      console.log('--- total');
      console.log([...total].filter(([k2]) => /reader-(ui|shell)/.test(k2)).sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k2, v]) => `${(v / 1000).toFixed(1).padStart(7)} ${k2}`).join('\n'));
      console.log('---');
      console.log([...agg].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k2, v]) => `${(v / 1000).toFixed(1).padStart(7)} ${k2}`).join('\n'));
    }
    await page.close();
  }
} finally {
  await s.close();
  await server.close();
}
