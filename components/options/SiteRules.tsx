import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { t, type UiLang } from '@/utils/i18n';
import { formatDay } from '@/utils/i18n/format';
import type { SiteRulesService, TabCheck } from '@/utils/site-rules/site-rules-service';
import type { UserRule } from '@/utils/site-rules/types';

/** The file name of an export (today's date, so a second export does not overwrite the first). */
export const exportName = (now = new Date()) => `saaf-site-rules-${now.toISOString().slice(0, 10)}.json`;

type Status = { text: string; alert: boolean };
/** The outcome of "test on the open tab" for one rule. */
type Note = { state: 'testing' } | { state: 'done'; check: TabCheck; id: string };

const ruleKey = (site: string, id: string) => `${site}\n${id}`;

const HOLE = '\u0000';
/** A UI sentence with one placeholder filled by `part` (the user's or the page's words, kept apart in a <bdi>). */
function sentence(text: string, part: ComponentChildren) {
  const [before, after] = text.split(HOLE);
  return (
    <>
      {before}
      {part}
      {after}
    </>
  );
}

/** What a rule recognises its blocks by, for the list (the kind in words, the rule's own terms verbatim). */
function describe(uiLang: UiLang, rule: UserRule) {
  const what = rule.kind === 'structure' ? rule.shape : rule.kind === 'text' ? rule.pattern : rule.selector;
  return sentence(
    t(uiLang, `rules.kind.${rule.kind}`, { what: HOLE }),
    <bdi dir={rule.kind === 'text' ? 'auto' : 'ltr'}>
      <code>{what}</code>
    </bdi>,
  );
}

function noteText(uiLang: UiLang, site: string, note: Note): { text: string; alert: boolean } {
  if (note.state === 'testing') return { text: t(uiLang, 'rules.testing'), alert: false };
  const { check } = note;
  if (!check.ok) {
    if (check.why === 'no-tab') return { text: t(uiLang, 'rules.noTab', { site }), alert: false };
    if (check.why === 'no-access') return { text: t(uiLang, 'rules.noAccess', { site }), alert: false };
    return { text: t(uiLang, 'rules.testFailed'), alert: true };
  }
  const c = check.checks.find((x) => x.id === note.id);
  const n = c?.matches ?? 0;
  const parts = [t(uiLang, 'rules.tested', { n, url: check.url }, { count: n })];
  if (c?.story) parts.push(t(uiLang, 'rules.testedStory'));
  else if (!check.article) parts.push(t(uiLang, 'rules.testedNoArticle'));
  return { text: parts.join(' '), alert: c?.story === true };
}

/**
 * The options page's list of the reader's own rules, by site: turn a rule off or on, rename it,
 * delete it, test it on an open tab of its site; export every rule as JSON and import a file
 * (refused whole when anything in it is wrong; imported rules that match story text on an open
 * page of their site are marked).
 */
export function SiteRules({
  uiLang,
  service,
  saveFile,
}: {
  uiLang: UiLang;
  service: SiteRulesService;
  /** Offers `text` to the user as a file named `filename` (the entrypoint's download glue). */
  saveFile: (text: string, filename: string) => void;
}) {
  const [sites, setSites] = useState<Map<string, UserRule[]> | null>(null);
  const [notes, setNotes] = useState<ReadonlyMap<string, Note>>(new Map());
  const [flagged, setFlagged] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<Status | null>(null);

  const reload = useCallback(() => void service.loadAll().then(setSites), [service]);
  useEffect(() => {
    reload();
    return service.watch(reload);
  }, [service, reload]);

  const setNote = (key: string, note: Note) => setNotes((m) => new Map(m).set(key, note));

  const test = (site: string, rule: UserRule) => {
    // Called straight from the click: the browser may ask for access to the site.
    const checked = service.checkOnOpenTab(site, [rule], true);
    const key = ruleKey(site, rule.id);
    setNote(key, { state: 'testing' });
    void checked.then((check) => setNote(key, { state: 'done', check, id: rule.id }));
  };

  const rename = (site: string, rule: UserRule, value: string) => {
    const name = value.trim();
    if (name && name !== rule.name) void service.update(site, rule.id, { name });
    else reload();
  };

  const remove = async (site: string, rule: UserRule) => {
    await service.remove(site, rule.id);
    setStatus({ text: t(uiLang, 'rules.deleted', { name: rule.name }), alert: false });
  };

  const exportAll = async () => {
    const name = exportName();
    saveFile(await service.exportText(), name);
    setStatus({ text: t(uiLang, 'rules.exported', { file: name }), alert: false });
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setStatus({ text: t(uiLang, 'rules.importUnreadable'), alert: true });
      return;
    } finally {
      input.value = '';
    }
    const result = await service.importText(text);
    if (!result.ok) {
      setStatus({ text: t(uiLang, 'rules.importRefused', { why: result.error }), alert: true });
      return;
    }
    reload();
    const imported = t(uiLang, 'rules.imported', { n: result.added }, { count: result.added });
    setStatus({ text: imported, alert: false });
    // Mark the imported rules that would eat story text on an open page of their site (only tabs
    // Saaf may already read: an import asks for no access).
    const marked = new Set<string>();
    for (const site of result.sites) {
      const check = await service.checkOnOpenTab(
        site,
        result.rules.filter((r) => r.host.replace(/^www\./, '') === site),
        false,
      );
      if (check.ok) for (const c of check.checks) if (c.story) marked.add(ruleKey(site, c.id));
    }
    setFlagged((prev) => new Set([...prev, ...marked]));
    if (marked.size > 0)
      setStatus({ text: `${imported} ${t(uiLang, 'rules.importedFlagged', { n: marked.size }, { count: marked.size })}`, alert: true });
  };

  return (
    <section aria-labelledby="rules-title" id="site-rules" class="opt-rules">
      <h2 id="rules-title">{t(uiLang, 'rules.title')}</h2>
      <p>{t(uiLang, 'rules.intro')}</p>
      <p class="opt-rules-tools">
        <button type="button" data-control="rules-export" onClick={() => void exportAll()}>
          {t(uiLang, 'rules.export')}
        </button>
        <label class="opt-file">
          {t(uiLang, 'rules.import')}
          <input
            type="file"
            accept="application/json,.json"
            data-control="rules-import"
            onChange={(e) => void importFile(e.currentTarget)}
          />
        </label>
      </p>
      <p role={status?.alert ? 'alert' : 'status'} data-control="rules-status">
        {status?.text}
      </p>
      {sites !== null && sites.size === 0 && <p data-control="rules-none">{t(uiLang, 'rules.none')}</p>}
      {[...(sites ?? [])].map(([site, rules]) => (
        <section class="opt-site" data-site={site} key={site} aria-labelledby={`site-${site}`}>
          <h3 id={`site-${site}`} dir="ltr">
            {site}
          </h3>
          <ul class="opt-rule-list">
            {rules.map((rule) => {
              const key = ruleKey(site, rule.id);
              const note = notes.get(key);
              const said = note && noteText(uiLang, site, note);
              const flag = flagged.has(key);
              return (
                <li key={rule.id} data-rule={rule.id} data-flag={flag ? 'story' : undefined} data-enabled={String(rule.enabled)}>
                  <p class="opt-rule-head">
                    <input
                      type="checkbox"
                      id={`rule-on-${key}`}
                      data-control="rule-on"
                      checked={rule.enabled}
                      onChange={(e) => void service.update(site, rule.id, { enabled: e.currentTarget.checked })}
                    />
                    <label for={`rule-on-${key}`}>{t(uiLang, 'rules.on')}</label>
                    <input
                      type="text"
                      data-control="rule-name"
                      aria-label={t(uiLang, 'rules.name')}
                      maxLength={120}
                      value={rule.name}
                      onChange={(e) => rename(site, rule, e.currentTarget.value)}
                    />
                  </p>
                  <p class="opt-rule-what">
                    {describe(uiLang, rule)}
                    {rule.pathPrefix && <> · {sentence(t(uiLang, 'rules.path', { path: HOLE }), <bdi dir="ltr">{rule.pathPrefix}</bdi>)}</>}
                  </p>
                  {rule.example && (
                    <p class="opt-rule-example">
                      {sentence(t(uiLang, 'rules.example', { text: HOLE }), <bdi dir="auto">{rule.example}</bdi>)}
                    </p>
                  )}
                  <p class="opt-rule-meta">
                    {t(uiLang, 'rules.meta', { date: formatDay(Date.parse(rule.created), uiLang), n: rule.fired }, { count: rule.fired })}
                  </p>
                  {flag && (
                    <p class="opt-rule-flag" data-control="rule-flag">
                      {t(uiLang, 'rules.storyFlag')}
                    </p>
                  )}
                  <p class="opt-rule-actions">
                    <button type="button" data-control="rule-test" onClick={() => test(site, rule)}>
                      {t(uiLang, 'rules.test')}
                    </button>
                    <button type="button" data-control="rule-delete" onClick={() => void remove(site, rule)}>
                      {t(uiLang, 'rules.delete')}
                    </button>
                  </p>
                  {said && (
                    <p data-control="rule-note" role={said.alert ? 'alert' : 'status'}>
                      {said.text}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
