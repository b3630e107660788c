import { describe, expect, it } from 'vitest';
import { prune } from './prune';
import { clean, PROSE_UR } from '../../../tests/helpers/clean';

describe('prune', () => {
  it('removes scripts, styles, hidden nodes, menus, controls and small forms', () => {
    const html = `<nav><a href="/">صفحہ اول</a><a href="/pk">پاکستان</a></nav><script>x()</script><style>p{}</style>
      <div hidden>چھپا ہوا</div><div style="display: none">چھپا دوسرا</div><div aria-hidden="true">چھپا تیسرا</div>
      <form action="/search"><input name="q"><button>تلاش</button></form><div role="dialog">کوکیز قبول کریں</div>${PROSE_UR}`;
    const { text, root } = clean([prune], html);
    expect(root.querySelector('nav, script, style, form, [hidden]')).toBeNull();
    for (const gone of ['صفحہ اول', 'چھپا', 'تلاش', 'کوکیز']) expect(text).not.toContain(gone);
    expect(text).toContain('برقی گاڑیوں کی صنعت');
  });

  it('keeps the ASP.NET form that wraps a whole page (aryanews.com) and a noscript image', () => {
    const html = `<form id="aspnetForm" action="/News/1"><input type="hidden" name="__VIEWSTATE"><div>${PROSE_UR}${PROSE_UR}${PROSE_UR}</div><noscript><img src="/real.jpg" alt="تصویر"></noscript></form>`;
    const { text, root } = clean([prune], html);
    expect(text).toContain('برقی گاڑیوں کی صنعت');
    expect(root.querySelector('noscript')).not.toBeNull();
  });
});
