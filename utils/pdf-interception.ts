// declarativeNetRequest rules that open WSIS PDFs on the UN hosts in the extension's own viewer.
// Pure: builds rules; the background applies them through the API it is handed.
//
// How the original address survives the redirect (checked in Chromium 156 by tests/e2e/viewer.test.ts):
// - `regexSubstitution` can only splice the matched URL in as it is (RE2 cannot URL-encode), so the
//   viewer reads everything after `?file=` as the original address (utils/viewer-url.ts).
// - For navigations Chromium matches rules against the URL *with* its fragment (`#page=3`, `#para=98`)
//   and does not re-apply the fragment to a redirect target: a regex ending at the query would not
//   match such a link at all. So each rule accepts an optional fragment and captures it with the
//   address, and the viewer finds it in its own `location.hash`.
// - Chromium ignores a redirect whose substitution uses `\0` (the request goes on unredirected), so
//   the whole address is group 1 and the substitution uses `\1`.
import { isUnHost } from './detect';

/** Storage key of the popup's switch; absent means on. */
export const INTERCEPT_STORAGE_KEY = 'interceptPdfs';
export const INTERCEPT_DEFAULT = true;

/** Dynamic rule ids owned by interception (one per URL form). */
export const INTERCEPT_RULE_IDS = [1, 2, 3, 4, 5] as const;
/** Session rules at or above this id are one-off "let this tab open the original" exceptions. */
export const BYPASS_RULE_ID_BASE = 1000;
/** Session rules are capped; old bypasses are dropped first. */
export const MAX_BYPASS_RULES = 200;

const REDIRECT_PRIORITY = 1;
const BYPASS_PRIORITY = 2;

// Regexes are RE2 (no look-around) and matched case-insensitively (isUrlFilterCaseSensitive: false).
// A slash in a symbol may be sent as %2F.
const SLASH = '(?:/|%2F)';
const WSIS_SYMBOL = `A${SLASH}(?:80${SLASH}L\\.41|RES${SLASH}80${SLASH}173)`;
const QUERY = '(?:\\?[^#]*)?';
/** Navigations are matched with their fragment (see above). */
const FRAGMENT = '(?:#.*)?';

/** The URL forms of WSIS+20 PDFs, as RE2 regexes. The viewer's detection then names the revision. */
export const WSIS_PDF_URL_REGEXES: readonly string[] = [
  // DESA uploads (all under /sites/default/files/…) whose file name says WSIS: drafts and tracked changes.
  `^https://publicadministration\\.desa\\.un\\.org/sites/default/files/(?:[^?#]*/)?[^/?#]*wsis[^/?#]*\\.pdf${QUERY}${FRAGMENT}$`,
  // Stakeholder inputs: DESA files in folders like "Inputs to Rev2": read in the viewer, their paragraph
  // references become links to the draft they address.
  `^https://publicadministration\\.desa\\.un\\.org/sites/default/files/(?:[^?#]*/)?inputs[^/?#]*/[^/?#]*\\.pdf${QUERY}${FRAGMENT}$`,
  // docs.un.org/en/A/80/L.41, /A/RES/80/173, with or without a language, with ?direct=true.
  `^https://docs\\.un\\.org/(?:(?:ar|zh|en|fr|ru|es)/)?${WSIS_SYMBOL}/?${QUERY}${FRAGMENT}$`,
  // The ODS API, s= before t=pdf … (`.*` rather than `[^#]*`: Chromium refuses redirect regexes whose
  // compiled form exceeds 2 KB, and the negated classes cost more; tests/e2e checks Chromium accepts all.)
  `^https://documents\\.un\\.org/api/symbol/access\\?(?:.*&)?s=${WSIS_SYMBOL}&(?:.*&)?t=pdf(?:[&#].*)?$`,
  // … or after it.
  `^https://documents\\.un\\.org/api/symbol/access\\?(?:.*&)?t=pdf&(?:.*&)?s=${WSIS_SYMBOL}(?:[&#].*)?$`,
];

export type DnrRule = {
  id: number;
  priority: number;
  action: { type: 'redirect'; redirect: { regexSubstitution: string } } | { type: 'allow' };
  condition: {
    regexFilter: string;
    isUrlFilterCaseSensitive: boolean;
    resourceTypes: ['main_frame'];
    tabIds?: number[];
  };
};

/** `viewerPage` is the absolute address of viewer.html (browser.runtime.getURL('/viewer.html')). */
export function buildInterceptionRules(viewerPage: string): DnrRule[] {
  return WSIS_PDF_URL_REGEXES.map((regexFilter, index) => ({
    id: INTERCEPT_RULE_IDS[index] ?? BYPASS_RULE_ID_BASE - 1 - index,
    priority: REDIRECT_PRIORITY,
    action: { type: 'redirect', redirect: { regexSubstitution: `${viewerPage}?file=\\1` } },
    condition: { regexFilter: captureWhole(regexFilter), isUrlFilterCaseSensitive: false, resourceTypes: ['main_frame'] },
  }));
}

/** `^…$` → `^(…)$`: the whole address, fragment included, as group 1. */
function captureWhole(anchored: string): string {
  return `^(${anchored.slice(1, -1)})$`;
}

/** True when one of the redirect rules matches, as Chromium matches them (fragment included). */
export function matchesInterception(url: string): boolean {
  return WSIS_PDF_URL_REGEXES.some((source) => new RegExp(captureWhole(source), 'i').test(url));
}

/**
 * A session rule that lets one tab load one original address without being redirected back:
 * "Open in the browser's viewer" must stay there, reloads included, until the tab closes.
 */
export function buildBypassRule(id: number, tabId: number, url: string): DnrRule {
  const withoutFragment = url.split('#')[0] ?? url;
  return {
    id,
    priority: BYPASS_PRIORITY,
    action: { type: 'allow' },
    condition: {
      // Navigations are matched with their fragment (the viewer adds #page=N).
      regexFilter: `^${escapeRe2(withoutFragment)}${FRAGMENT}$`,
      isUrlFilterCaseSensitive: true,
      resourceTypes: ['main_frame'],
      tabIds: [tabId],
    },
  };
}

/** The next free bypass id, and the old bypass ids to drop to stay under the cap. */
export function planBypass(existingIds: readonly number[]): { id: number; remove: number[] } {
  const bypassIds = existingIds.filter((id) => id >= BYPASS_RULE_ID_BASE).sort((a, b) => a - b);
  const id = (bypassIds.at(-1) ?? BYPASS_RULE_ID_BASE - 1) + 1;
  const excess = bypassIds.length + 1 - MAX_BYPASS_RULES;
  return { id, remove: excess > 0 ? bypassIds.slice(0, excess) : [] };
}

function escapeRe2(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

/** The part of chrome.declarativeNetRequest that interception uses (injected, so this file stays testable). */
export interface DnrApi {
  getDynamicRules(): Promise<{ id: number }[]>;
  updateDynamicRules(options: { removeRuleIds?: number[]; addRules?: DnrRule[] }): Promise<void>;
  getSessionRules(): Promise<{ id: number; condition?: { tabIds?: number[] } }[]>;
  updateSessionRules(options: { removeRuleIds?: number[]; addRules?: DnrRule[] }): Promise<void>;
}

/** Adds or removes the redirect rules so they match the switch; idempotent. */
export async function applyInterception(dnr: DnrApi, enabled: boolean, viewerPage: string): Promise<void> {
  const existing = new Set((await dnr.getDynamicRules()).map((rule) => rule.id));
  const removeRuleIds = INTERCEPT_RULE_IDS.filter((id) => existing.has(id));
  await dnr.updateDynamicRules({ removeRuleIds, addRules: enabled ? buildInterceptionRules(viewerPage) : [] });
}

/** Lets `tabId` open `url` in the browser's own viewer. */
export async function allowOriginalInTab(dnr: DnrApi, tabId: number, url: string): Promise<void> {
  const plan = planBypass((await dnr.getSessionRules()).map((rule) => rule.id));
  await dnr.updateSessionRules({ removeRuleIds: plan.remove, addRules: [buildBypassRule(plan.id, tabId, url)] });
}

/** Drops the bypasses of a closed tab. */
export async function forgetTab(dnr: DnrApi, tabId: number): Promise<void> {
  const rules = await dnr.getSessionRules();
  const removeRuleIds = rules
    .filter((rule) => rule.id >= BYPASS_RULE_ID_BASE && rule.condition?.tabIds?.includes(tabId))
    .map((rule) => rule.id);
  if (removeRuleIds.length > 0) await dnr.updateSessionRules({ removeRuleIds });
}

/** The viewer's request to the background: open the original address in this tab, unredirected. */
export interface OpenOriginalMessage {
  type: 'wsis-lens/open-original';
  url: string;
}

export function isOpenOriginalMessage(value: unknown): value is OpenOriginalMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Partial<OpenOriginalMessage>;
  return message.type === 'wsis-lens/open-original' && typeof message.url === 'string' && isUnHost(message.url);
}

