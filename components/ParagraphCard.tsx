// One paragraph's card: label, document and revision, link and citation to copy, and the sections
// (what changed, positions, watch) its caller passes as children. Free of pdf.js so HTML pages can show the same card.
// Document text reaches the DOM only as text nodes (Preact children), never as HTML.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { copyText } from './copy-text';

/** The card's styles, for a document or a shadow root (plain CSS, no external assets; minified in the build). */
export { default as paragraphCardCss } from './ParagraphCard.css?inline';

export interface ParagraphCardProps {
  label: string;
  kind: 'operative' | 'preambular';
  heading: string | null;
  /** "WSIS+20 outcome document", or the PDF's own title when it is not a known document. */
  documentName: string;
  /** "Rev.2", "A/80/L.41"; null when unknown. */
  revisionName: string | null;
  page: number | null;
  /** The original address with #para=N. */
  link: string;
  /** "WSIS+20 outcome document, Rev.2, para. 98". */
  citation: string;
  /** The paragraph's words, to copy as a quotation with its citation. */
  quote?: string;
  onClose(): void;
  /** A new truthy value asks the card to take the focus, on its Close button (opened from a badge by keyboard). */
  focusRequest?: unknown;
  onPrevious?(): void;
  onNext?(): void;
  /** The sections below the citation (what changed, positions, watch); see components/card/ConnectedCard. */
  children?: ComponentChildren;
}

type CopyState = 'idle' | 'copied' | 'failed';

export function ParagraphCard(props: ParagraphCardProps) {
  const { label, kind, heading, documentName, revisionName, page, link, citation } = props;
  const titleId = `wsis-card-title-${label.replace(/[^A-Za-z0-9]/g, '')}`;
  const closeRef = useRef<HTMLButtonElement>(null);
  const [linkState, setLinkState] = useState<CopyState>('idle');
  const [citationState, setCitationState] = useState<CopyState>('idle');
  const [quoteState, setQuoteState] = useState<CopyState>('idle');
  // Clean words, as read (the PDF's own text selection splits justified words: "reaffir ms").
  const quotation = props.quote ? `“${props.quote}” (${citation})` : null;

  useEffect(() => {
    if (props.focusRequest) closeRef.current?.focus();
  }, [props.focusRequest]);

  useEffect(() => {
    setLinkState('idle');
    setCitationState('idle');
    setQuoteState('idle');
  }, [label]);

  const copy = async (text: string, setState: (state: CopyState) => void) => {
    setState((await copyText(text)) ? 'copied' : 'failed');
  };

  return (
    <section class="wsis-card" data-wsis-card="" role="dialog" aria-modal="false" aria-labelledby={titleId}>
      {/* a div, not <header>: in a dialog that is not sectioning content a header is a second page banner */}
      <div class="wsis-card__header">
        <div>
          <p class="wsis-card__eyebrow">{kind === 'preambular' ? 'Preambular paragraph' : 'Paragraph'}</p>
          <h2 class="wsis-card__title" id={titleId}>
            {label}
          </h2>
        </div>
        <div class="wsis-card__nav">
          <button type="button" class="wsis-card__icon" onClick={props.onPrevious} disabled={!props.onPrevious} aria-label="Previous paragraph" title="Previous paragraph (k)">
            ‹
          </button>
          <button type="button" class="wsis-card__icon" onClick={props.onNext} disabled={!props.onNext} aria-label="Next paragraph" title="Next paragraph (j)">
            ›
          </button>
          <button type="button" class="wsis-card__icon" ref={closeRef} onClick={props.onClose} aria-label="Close" title="Close (Esc)">
            ×
          </button>
        </div>
      </div>

      <dl class="wsis-card__facts">
        <dt>Document</dt>
        <dd>{documentName}</dd>
        <dt>Revision</dt>
        <dd>{revisionName ?? 'Unknown'}</dd>
        {heading ? (
          <>
            <dt>Section</dt>
            <dd>{heading}</dd>
          </>
        ) : null}
        {page ? (
          <>
            <dt>Page</dt>
            <dd>{page}</dd>
          </>
        ) : null}
      </dl>

      <div class="wsis-card__actions">
        <button type="button" class="wsis-card__button" data-wsis-link="copy-link" value={link} onClick={() => void copy(link, setLinkState)}>
          {linkState === 'copied' ? 'Link copied' : linkState === 'failed' ? 'Copy failed' : 'Copy link'}
        </button>
        {quotation ? (
          <button type="button" class="wsis-card__button" data-wsis-link="copy-quote" value={quotation} onClick={() => void copy(quotation, setQuoteState)}>
            {quoteState === 'copied' ? 'Quote copied' : quoteState === 'failed' ? 'Copy failed' : 'Copy quote'}
          </button>
        ) : null}
        <button
          type="button"
          class="wsis-card__button"
          data-wsis-link="copy-citation"
          value={citation}
          onClick={() => void copy(citation, setCitationState)}
        >
          {citationState === 'copied' ? 'Citation copied' : citationState === 'failed' ? 'Copy failed' : 'Copy citation'}
        </button>
      </div>
      <p class="wsis-card__citation">
        <a href={link} data-wsis-link="paragraph-link" title="Link to this paragraph">
          {citation}
        </a>
      </p>

      {props.children}
    </section>
  );
}
