/**
 * The page probe for opt-in detection. Injected with `scripting.executeScript({func})`, so it must
 * be self-contained (no imports, no outer variables: it is serialized). Reads the page, changes
 * nothing, returns plain data: whether the page looks like one article written in Arabic script.
 */
export interface ProbeResult {
  arabicScript: boolean;
  article: boolean;
}

export function probeArticle(): ProbeResult {
  const doc = document;
  let text = '';
  let longParagraphs = 0;
  for (const p of doc.querySelectorAll('article p, main p, p')) {
    const s = (p.textContent ?? '').trim();
    if (s.length >= 80) longParagraphs++;
    text += s + ' ';
    if (text.length > 20000) break;
  }
  const arabic = text.match(/[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  const arabicScript = arabic > 200 && arabic > latin;
  // One story, not a home page: several long paragraphs, and an article signal (og:type article,
  // an <article> with paragraphs, or JSON-LD NewsArticle / Article).
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  const ld = [...doc.querySelectorAll('script[type="application/ld+json"]')].some((s) =>
    /"@type"\s*:\s*"(News)?Article"/.test(s.textContent ?? ''),
  );
  const articleEl = doc.querySelectorAll('article p').length >= 3;
  const article = longParagraphs >= 3 && (/article/i.test(ogType) || ld || articleEl || longParagraphs >= 6);
  return { arabicScript, article };
}
