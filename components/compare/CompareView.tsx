// viewer.html?compare=<older>&file=<newer>: every change between two revisions in the newer text's
// order, filterable by kind, each with its word diff and links to the paragraph in both versions.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { DiffView } from '@/components/card/DiffView';
import { copyText } from '@/components/copy-text';
import { CopyStatus, type CopyOutcome } from '@/components/CopyStatus';
import positionsCss from '@/components/positions/positions.css?inline';
import { ProgressBar } from '@/components/viewer/ProgressBar';
import type { ChangeKind } from '@/utils/align';
import { revisionName } from '@/utils/catalog';
import { languageName, languageOfRevisionText } from '@/utils/detect/document-language';
import { explainPdfError } from '@/utils/pdf/pdf-problems';
import { alignRevisions } from '@/utils/revisions/alignment-cache';
import { CHANGE_KINDS, changeList } from '@/utils/revisions/change-list';
import { changesNote } from '@/utils/revisions/changes-note';
import { paragraphRef } from '@/utils/revisions/paragraph-ref';
import type { RevisionText } from '@/utils/revisions/revision-text';
import { SECTION_CHANGE_KINDS, sectionChanges, sectionPlace, type SectionChangeKind, type SectionedText, type SectionRef } from '@/utils/revisions/section-changes';
import { viewerUrlFor } from '@/utils/viewer-url';
import { ChangePositions } from './ChangePositions';
import { useChangeFilter } from './use-change-filter';
import { useChangePositions } from './use-change-positions';
import { openRevision } from './open-revision';
import { useCachedRevisions } from './use-cached-revisions';
import { RevisionPicker } from './RevisionPicker';

const KIND_NAMES: Record<ChangeKind, string> = {
  modified: 'Modified',
  added: 'Added',
  deleted: 'Deleted',
  moved: 'Moved',
  split: 'Split',
  merged: 'Merged',
  unchanged: 'Unchanged',
};
const SECTION_KIND_NAMES: Record<SectionChangeKind, string> = { renamed: 'Renamed', added: 'New', removed: 'Removed' };

type Text = RevisionText & SectionedText;

export function CompareView({ oldFile, newFile }: { oldFile: string; newFile: string }) {
  const [texts, setTexts] = useState<{ older: Text; newer: Text } | null>(null);
  const [progress, setProgress] = useState<{ older: number | null; newer: number | null }>({ older: null, newer: null });
  const [problem, setProblem] = useState<string | null>(null);
  const [shown, setShown] = useState<Set<ChangeKind>>(() => new Set(CHANGE_KINDS.filter((kind) => kind !== 'unchanged')));
  const [shownSections, setShownSections] = useState<Set<SectionChangeKind>>(() => new Set(SECTION_CHANGE_KINDS));
  const [copied, setCopied] = useState<{ outcome: CopyOutcome; count: number } | null>(null);
  const viewerPage = browser.runtime.getURL('/viewer.html');

  useEffect(() => {
    void Promise.all([
      openRevision(oldFile, (older) => setProgress((old) => ({ ...old, older }))),
      openRevision(newFile, (newer) => setProgress((old) => ({ ...old, newer }))),
    ])
      .then(([older, newer]) => setTexts({ older, newer }))
      .catch((error: unknown) => setProblem(explainPdfError(error).message));
  }, [oldFile, newFile]);

  const oldName = nameOf(texts?.older, oldFile);
  const newName = nameOf(texts?.newer, newFile);
  // Two languages would show every paragraph rewritten: the texts are compared within one language only.
  const mixed = useMemo(() => {
    const [older, newer] = texts ? [languageOfRevisionText(texts.older), languageOfRevisionText(texts.newer)] : [null, null];
    return older && newer && older !== newer ? ([older, newer] as const) : null;
  }, [texts]);
  const list = useMemo(() => (texts && !mixed ? changeList(alignRevisions(texts.older, texts.newer), texts.older, texts.newer) : null), [texts, mixed]);
  // Headings are followed through the same alignment (cached per pair).
  const sections = useMemo(() => (texts && !mixed ? sectionChanges(alignRevisions(texts.older, texts.newer), texts.older, texts.newer) : null), [texts, mixed]);
  const cached = useCachedRevisions(texts?.newer.documentId.family);
  const said = useChangePositions(texts, list, cached);
  const { isShown, withPositions, withPositionsOnly, setWithPositionsOnly, words, setWords } = useChangeFilter(texts, list, shown, said);
  useEffect(() => {
    document.title = `${oldName} → ${newName} — WSIS Lens`;
  }, [oldName, newName]);

  const toggle = (kind: ChangeKind) => setShown((old) => toggled(old, kind));
  const toggleSections = (kind: SectionChangeKind) => setShownSections((old) => toggled(old, kind));
  // What a reader writes after each revision, from what the filters show: for mail, or pasted into Word.
  const copyNote = async () => {
    if (!texts || !list || !sections) return;
    const shownNow = { change: isShown, section: (kind: SectionChangeKind) => shownSections.has(kind) };
    const note = changesNote({ older: texts.older, newer: texts.newer, oldName, newName, changes: list.entries, sections: sections.entries, positions: said, shown: shownNow });
    const count = list.entries.filter((_, i) => isShown(i)).length + sections.entries.filter((entry) => shownSections.has(entry.change)).length;
    setCopied({ outcome: (await copyText(note.text, note.html)) ? 'copied' : 'failed', count });
  };
  useEffect(() => setCopied(null), [shown, shownSections, withPositionsOnly, words]);
  const placeLink = (side: 'old' | 'new', file: string, name: string, section: SectionRef) => {
    const place = sectionPlace(section);
    const words = place ? `${name} ${place.words}` : name;
    return (
      <a href={viewerUrlFor(viewerPage, file, place ?? {})} data-wsis-link={side}>
        {words}
      </a>
    );
  };

  return (
    <main class="wsis-compare">
      <style>{positionsCss}</style>
      <header class="wsis-compare__header">
        <h1>
          Changes from {oldName} to {newName}
        </h1>
        {texts && cached ? (
          <RevisionPicker cached={cached} older={{ url: oldFile, name: oldName }} newer={{ url: newFile, name: newName }} viewerPage={viewerPage} />
        ) : null}
        {list ? (
          <div class="wsis-compare__filters" role="group" aria-label="Show changes of kind">
            {CHANGE_KINDS.map((kind) => (
              <button type="button" key={kind} aria-pressed={shown.has(kind)} data-wsis-filter={kind} onClick={() => toggle(kind)}>
                {KIND_NAMES[kind]} <span>{list.counts[kind]}</span>
              </button>
            ))}
          </div>
        ) : null}
        {sections ? (
          <div class="wsis-compare__filters" role="group" aria-label="Show section headings" data-wsis-section-filters="">
            <span class="wsis-compare__group">Sections</span>
            {SECTION_CHANGE_KINDS.map((kind) => (
              <button type="button" key={kind} aria-pressed={shownSections.has(kind)} data-wsis-section-filter={kind} onClick={() => toggleSections(kind)}>
                {SECTION_KIND_NAMES[kind]} <span>{sections.counts[kind]}</span>
              </button>
            ))}
          </div>
        ) : null}
        {list && sections ? (
          <p class="wsis-compare__copy">
            <button
              type="button"
              class="wsis-compare__only"
              aria-pressed={withPositionsOnly}
              data-wsis-filter-positions=""
              onClick={() => setWithPositionsOnly((old) => !old)}
              title="Only the changes to paragraphs stakeholders took positions on"
            >
              Only with positions <span>{withPositions}</span>
            </button>{' '}
            <input
              type="search"
              class="wsis-compare__words"
              placeholder="Filter by words or stakeholder"
              aria-label="Filter changes by words or stakeholder"
              data-wsis-compare-words=""
              value={words}
              onInput={(event) => setWords((event.currentTarget as HTMLInputElement).value)}
            />{' '}
            <button type="button" data-wsis-copy-note="" onClick={() => void copyNote()} title="The changes shown, as text for mail or, pasted into Word, struck through and underlined">
              Copy as a note
            </button>{' '}
            <CopyStatus outcome={copied?.outcome ?? null} count={copied?.count ?? 0} noun={['change', 'changes']} />
          </p>
        ) : null}
      </header>
      {!texts && !problem ? (
        <ProgressBar progress={{ phase: 'index', done: Math.round((((progress.older ?? 0) + (progress.newer ?? 0)) / 2) * 100), total: 100 }} />
      ) : null}
      {mixed ? (
        <p class="wsis-compare__problem" role="alert" data-wsis-language-note="">
          {oldName} is in {languageName(mixed[0])} and {newName} in {languageName(mixed[1])}: revisions are compared in one language, the
          English texts.
        </p>
      ) : null}
      {problem ? (
        <p class="wsis-compare__problem" role="alert">
          Could not compare: {problem}
        </p>
      ) : null}
      {sections && sections.entries.some((entry) => shownSections.has(entry.change)) ? (
        <section class="wsis-compare__sections" aria-labelledby="wsis-compare-sections">
          <h2 id="wsis-compare-sections">Sections</h2>
          <ol class="wsis-compare__list">
            {sections.entries
              .filter((entry) => shownSections.has(entry.change))
              .map((entry) => (
                <li
                  key={`${entry.change}:${entry.old?.part ?? ''}:${entry.old?.text ?? ''}>${entry.new?.part ?? ''}:${entry.new?.text ?? ''}`}
                  class="wsis-compare__entry"
                  data-wsis-section-change={entry.change}
                >
                  <p class="wsis-compare__what">
                    <span class={`wsis-compare__kind is-${entry.change}`}>{SECTION_KIND_NAMES[entry.change]}</span>{' '}
                    {entry.old ? placeLink('old', oldFile, oldName, entry.old) : null}
                    {entry.old && entry.new ? ' → ' : null}
                    {entry.new ? placeLink('new', newFile, newName, entry.new) : null}
                  </p>
                  <DiffView tokens={entry.tokens} label={`Changes in the heading ${entry.new?.text ?? entry.old?.text ?? ''}`} />
                </li>
              ))}
          </ol>
        </section>
      ) : null}
      {list && sections?.entries.length ? <h2 class="wsis-compare__heading">Paragraphs</h2> : null}
      {list ? (
        <ol class="wsis-compare__list">
          {list.entries
            .map((entry, index) => ({ entry, index }))
            .filter(({ index }) => isShown(index))
            .map(({ entry, index }) => (
              <li key={`${entry.oldKeys.join()}>${entry.newKeys.join()}`} class="wsis-compare__entry" data-wsis-change-unit={entry.change}>
                <p class="wsis-compare__what">
                  <span class={`wsis-compare__kind is-${entry.change}`}>{KIND_NAMES[entry.change]}</span>{' '}
                  {entry.oldKeys.length ? (
                    <a href={viewerUrlFor(viewerPage, oldFile, { para: entry.oldKeys[0] })} data-wsis-link="old">
                      {oldName} {paragraphRef(entry.oldKeys)}
                    </a>
                  ) : null}
                  {entry.oldKeys.length && entry.newKeys.length ? ' → ' : null}
                  {entry.newKeys.length ? (
                    <a href={viewerUrlFor(viewerPage, newFile, { para: entry.newKeys[0] })} data-wsis-link="new">
                      {newName} {paragraphRef(entry.newKeys)}
                    </a>
                  ) : null}
                </p>
                {entry.tokens.length ? <DiffView tokens={entry.tokens} label={`Changes in ${paragraphRef(entry.newKeys)}`} /> : null}
                {said[index]?.length ? <ChangePositions matches={said[index]} about={paragraphRef(entry.newKeys.length ? entry.newKeys : entry.oldKeys)} /> : null}
              </li>
            ))}
        </ol>
      ) : null}
      {list && !list.entries.some((_, index) => isShown(index)) ? (
        <p class="wsis-compare__none" role="status" data-wsis-no-change="">
          No change of the paragraphs matches these filters.
        </p>
      ) : null}
    </main>
  );
}

function toggled<T>(old: Set<T>, kind: T): Set<T> {
  const next = new Set(old);
  if (next.has(kind)) next.delete(kind);
  else next.add(kind);
  return next;
}

function nameOf(text: RevisionText | undefined, file: string): string {
  const id = text?.documentId;
  if (id?.family && id.revision) return revisionName(id.revision, id.family) + (id.variant === 'tracked' ? ' (tracked changes)' : '');
  return decodeURIComponent(file.split('/').pop() ?? file);
}
