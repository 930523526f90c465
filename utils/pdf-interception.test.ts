import { describe, expect, it } from 'vitest';
import {
  BYPASS_RULE_ID_BASE,
  MAX_BYPASS_RULES,
  WSIS_PDF_URL_REGEXES,
  applyInterception,
  buildBypassRule,
  buildInterceptionRules,
  isOpenOriginalMessage,
  matchesInterception,
  planBypass,
  type DnrApi,
  type DnrRule,
} from './pdf-interception';
import { detectDocument, isWsisPdfUrl } from './detect';

const DESA = 'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025';
const VIEWER = 'chrome-extension://abc/viewer.html';

const INTERCEPTED = [
  `${DESA}/Rev2/WSIS%2B20_Rev2_031225_CleanVersion.pdf`,
  `${DESA}/Rev2/WSIS%2B20_Rev2_031225_TrackChanges%201.pdf`,
  `${DESA}/WSIS%2B20_ZERO_DRAFT.pdf`,
  `${DESA}/WSIS%2B20_ElementsPaper_20June.pdf`,
  `${DESA}/Inputs%20to%20Rev2/TCCM_inputs%20to%20Rev2%20(8%20Dec).pdf`,
  'https://docs.un.org/en/A/80/L.41',
  'https://docs.un.org/en/A/RES/80/173',
  'https://docs.un.org/en/a/res/80/173?direct=true',
  'https://docs.un.org/A/80/L.41',
  'https://docs.un.org/fr/A/RES/80/173',
  'https://documents.un.org/api/symbol/access?s=A/RES/80/173&l=en&t=pdf',
  'https://documents.un.org/api/symbol/access?s=A/80/L.41&l=en&t=pdf',
  'https://documents.un.org/api/symbol/access?t=pdf&s=A%2FRES%2F80%2F173&l=en',
];

const LEFT_ALONE = [
  `${DESA}/Reports/Annual_report.pdf`,
  `${DESA}/Some_Other_Report.pdf`,
  'https://publicadministration.desa.un.org/wsis20',
  'https://docs.un.org/en/A/RES/79/277',
  'https://docs.un.org/en/A/80/L.410',
  'https://documents.un.org/api/symbol/access?s=A/RES/80/173&l=en&t=doc',
  'http://docs.un.org/en/A/80/L.41',
  'https://evil.example/docs.un.org/en/A/80/L.41',
  'https://docs.un.org.evil.example/en/A/80/L.41',
];

describe('interception regexes', () => {
  it.each(INTERCEPTED)('redirects %s', (url) => {
    expect(matchesInterception(url)).toBe(true);
  });
  it.each(LEFT_ALONE)('leaves %s alone', (url) => {
    expect(matchesInterception(url)).toBe(false);
  });
  it('agrees with detection: every intercepted address is a WSIS draft or a stakeholder input by its URL', () => {
    for (const url of INTERCEPTED) {
      expect(isWsisPdfUrl(url) || detectDocument({ url }).variant === 'stakeholder-input', url).toBe(true);
    }
  });
  it('match links with a fragment and carry it in the substitution', () => {
    const url = 'https://docs.un.org/en/A/80/L.41#para=98';
    expect(matchesInterception(url)).toBe(true);
    const rule = buildInterceptionRules(VIEWER).find((r) => new RegExp(r.condition.regexFilter, 'i').test(url));
    expect(new RegExp(rule?.condition.regexFilter ?? '$^', 'i').exec(url)?.[1]).toBe(url);
    expect(matchesInterception(`${INTERCEPTED[0]}#page=3`)).toBe(true);
  });
  it('are case-insensitive, as the rules declare', () => {
    expect(matchesInterception('https://DOCS.UN.ORG/EN/A/80/L.41')).toBe(true);
    expect(buildInterceptionRules(VIEWER).every((rule) => rule.condition.isUrlFilterCaseSensitive === false)).toBe(true);
  });
  it('use only RE2 syntax (no look-around or back-references)', () => {
    for (const source of WSIS_PDF_URL_REGEXES) expect(source).not.toMatch(/\(\?[=!<]|\\[1-9]/);
  });
});

describe('buildInterceptionRules', () => {
  it('redirects main-frame navigations to the viewer with the whole original address', () => {
    const rules = buildInterceptionRules(VIEWER);
    expect(rules).toHaveLength(WSIS_PDF_URL_REGEXES.length);
    for (const rule of rules) {
      expect(rule.action).toEqual({ type: 'redirect', redirect: { regexSubstitution: `${VIEWER}?file=\\1` } });
      // Group 1 is the whole address, so the substitution carries it over unchanged.
      const url = INTERCEPTED[0] ?? '';
      const match = rules.map((r) => new RegExp(r.condition.regexFilter, 'i').exec(url)).find(Boolean);
      expect(match?.[1]).toBe(url);
      expect(rule.condition.resourceTypes).toEqual(['main_frame']);
      expect(rule.id).toBeLessThan(BYPASS_RULE_ID_BASE);
    }
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
  });
});

describe('bypass rules', () => {
  it('allow exactly one address in one tab, above the redirect', () => {
    const url = 'https://documents.un.org/api/symbol/access?s=A/RES/80/173&l=en&t=pdf#page=3';
    const rule = buildBypassRule(1001, 7, url);
    expect(rule.action).toEqual({ type: 'allow' });
    expect(rule.condition.tabIds).toEqual([7]);
    expect(rule.priority).toBeGreaterThan(buildInterceptionRules(VIEWER)[0]?.priority ?? 0);
    const re = new RegExp(rule.condition.regexFilter);
    expect(re.test(url.split('#')[0] ?? '')).toBe(true);
    expect(re.test(url)).toBe(true);
    expect(re.test('https://documents.un.org/api/symbol/access?s=A/RES/80/173&l=fr&t=pdf')).toBe(false);
    expect(re.test('https://documents.un.org/api/symbol/accessXs=A/RES/80/173&l=en&t=pdf')).toBe(false);
  });
  it('take fresh ids and drop the oldest beyond the cap', () => {
    expect(planBypass([1, 2])).toEqual({ id: BYPASS_RULE_ID_BASE, remove: [] });
    expect(planBypass([BYPASS_RULE_ID_BASE, BYPASS_RULE_ID_BASE + 4])).toEqual({ id: BYPASS_RULE_ID_BASE + 5, remove: [] });
    const full = Array.from({ length: MAX_BYPASS_RULES }, (_, i) => BYPASS_RULE_ID_BASE + i);
    expect(planBypass(full).remove).toEqual([BYPASS_RULE_ID_BASE]);
  });
});

describe('applyInterception', () => {
  function fakeDnr(): DnrApi & { dynamic: DnrRule[] } {
    const api = {
      dynamic: [] as DnrRule[],
      getDynamicRules: async () => api.dynamic,
      updateDynamicRules: async ({ removeRuleIds = [], addRules = [] }: { removeRuleIds?: number[]; addRules?: DnrRule[] }) => {
        api.dynamic = api.dynamic.filter((rule) => !removeRuleIds.includes(rule.id));
        if (addRules.some((rule) => api.dynamic.some((old) => old.id === rule.id))) throw new Error('duplicate id');
        api.dynamic.push(...addRules);
      },
      getSessionRules: async () => [],
      updateSessionRules: async () => undefined,
    };
    return api;
  }
  it('adds the rules when on, is idempotent, and removes them when off', async () => {
    const dnr = fakeDnr();
    await applyInterception(dnr, true, VIEWER);
    await applyInterception(dnr, true, VIEWER);
    expect(dnr.dynamic).toHaveLength(WSIS_PDF_URL_REGEXES.length);
    await applyInterception(dnr, false, VIEWER);
    expect(dnr.dynamic).toHaveLength(0);
  });
});

describe('isOpenOriginalMessage', () => {
  it('accepts only UN https addresses', () => {
    expect(isOpenOriginalMessage({ type: 'wsis-lens/open-original', url: 'https://docs.un.org/en/A/80/L.41' })).toBe(true);
    expect(isOpenOriginalMessage({ type: 'wsis-lens/open-original', url: 'https://example.com/x.pdf' })).toBe(false);
    expect(isOpenOriginalMessage({ type: 'wsis-lens/open-original', url: 'javascript:alert(1)' })).toBe(false);
    expect(isOpenOriginalMessage({ type: 'other', url: 'https://docs.un.org/en/A/80/L.41' })).toBe(false);
    expect(isOpenOriginalMessage(null)).toBe(false);
  });
});
