// "What changed": the paragraph against the previous revision (headline and word diff), the official
// markup on a tracked-changes PDF, and links to the same paragraph in the other versions.
import { useMemo } from 'preact/hooks';
import { paragraphKey } from '@/utils/align';
import { revisionName } from '@/utils/catalog';
import { isTranslation, languageName } from '@/utils/detect/document-language';
import { changeSincePrevious } from '@/utils/revisions/change-since-previous';
import { changeHeadline } from '@/utils/revisions/paragraph-change';
import { revisionLinks } from '@/utils/revisions/revision-links';
import { sectionChanges, sectionRenameNote } from '@/utils/revisions/section-changes';
import { englishVersionOf, revisionTextOf, type CardData, type CardParagraph } from './card-data';
import { DiffView } from './DiffView';

interface ChangeSectionProps {
  paragraph: CardParagraph;
  data: CardData;
  /** Where links open: the viewer navigates itself; a card framed in a page opens a new tab. */
  linkTarget?: '_self' | '_blank';
}

export function ChangeSection({ paragraph, data, linkTarget = '_self' }: ChangeSectionProps) {
  const { comparison, document } = data;
  // A translation is never diffed against English texts; its numbers lead to the English version.
  const translation = isTranslation(document.language) ? document.language : null;
  const change = useMemo(
    () => (comparison.state === 'ready' && !translation ? changeSincePrevious(comparison.previousText, document.text, comparison.units, paragraph) : null),
    [comparison, document.text, paragraph.key, paragraph.text, translation],
  );
  // Only with both texts aligned in full: a heading's rename is decided by where all its paragraphs went.
  const sections = useMemo(
    () =>
      comparison.state === 'ready' && comparison.units && document.text && !translation
        ? sectionChanges(comparison.units, comparison.previousText, document.text)
        : null,
    [comparison, document.text, translation],
  );
  const sectionNote = sections && change ? sectionRenameNote(sections, paragraph) : null;
  const links = useMemo(
    () =>
      revisionLinks({
        documentId: document.documentId,
        key: paragraph.key,
        text: translation ? (revisionTextOf(data)?.paragraphs.find((p) => paragraphKey(p) === paragraph.key)?.text ?? null) : paragraph.text,
        english: englishVersionOf(document),
        viewerPage: data.viewerPage,
        learnedUrls: data.learnedUrls,
        previous: comparison.state === 'ready' && change ? { name: comparison.previous.name, url: comparison.previous.url ?? comparison.previousText.url, keys: change.oldKeys } : null,
        revisions: data.revisions,
      }),
    [data, paragraph.key, change],
  );
  const id = document.documentId;
  const currentName = id?.family && id.revision ? revisionName(id.revision, id.family) : (document.revisionName ?? 'this version');

  return (
    <section class="wsis-card__section" data-wsis-section="changes" aria-live="polite">
      <h3>What changed</h3>
      {paragraph.changes?.length ? (
        <div class="wsis-change__official">
          <p class="wsis-change__headline">{paragraph.status === 'deleted' ? 'Deleted in this version (tracked changes)' : 'Marked in this tracked-changes version'}</p>
          <p class="wsis-diff" data-wsis-official-changes="">
            {paragraph.changes.map((mark, i) => (mark.type === 'ins' ? <ins key={i}>{mark.text}</ins> : <del key={i}>{mark.text}</del>))}
          </p>
        </div>
      ) : null}
      {translation ? (
        <p class="wsis-card__pending" data-wsis-language-note="">
          {id?.family
            ? `This is the ${languageName(translation)} version. Changes between revisions are compared in the English texts, so none are shown here; paragraph numbers are the same in every language.`
            : `This is the ${languageName(translation)} version; paragraph numbers are the same in every language.`}
        </p>
      ) : comparison.state === 'loading' ? (
        <p class="wsis-card__pending" role="status">
          Reading {comparison.previous.name} to compare…{comparison.progress !== null ? ` ${Math.round(comparison.progress * 100)} %` : ''}
          <progress max={1} value={comparison.progress ?? undefined} aria-label={`Reading ${comparison.previous.name}`} />
        </p>
      ) : comparison.state === 'failed' ? (
        <p class="wsis-card__pending">
          Could not read {comparison.previous.name} to compare: {comparison.message}
        </p>
      ) : comparison.state === 'none' ? (
        <p class="wsis-card__pending">{comparison.reason}</p>
      ) : change ? (
        <>
          <p class="wsis-change__headline" data-wsis-change={change.change}>
            {changeHeadline(change, comparison.previous.name, currentName)}
          </p>
          {change.tokens.length > 0 ? <DiffView tokens={change.tokens} label={`Changes since ${comparison.previous.name}`} /> : null}
          {sectionNote ? (
            <p class="wsis-change__section" data-wsis-section-renamed="">
              {sectionNote}
            </p>
          ) : null}
        </>
      ) : (
        <p class="wsis-card__pending">Not found in {comparison.previous.name}.</p>
      )}
      {links.length > 0 ? (
        <ul class="wsis-change__links">
          {links.map((link) => (
            <li key={link.kind}>
              <a href={link.href} data-wsis-link={link.kind} target={linkTarget} rel={linkTarget === '_blank' ? 'noopener' : undefined}>
                {link.text}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
