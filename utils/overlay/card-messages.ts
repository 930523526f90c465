// Content script ↔ card frame (entrypoints/card), over a private MessageChannel: the content script
// posts one port to the frame (targetOrigin: the extension's), then both sides talk only through it.
// Each side checks the shape of what it receives.
import { isDocumentId, type DocumentId } from '../document-id';

export const CARD_PORT = 'wsis-lens/card-port';

export interface CardParagraphMessage {
  label: string;
  kind: 'operative' | 'preambular';
  heading: string | null;
  text: string;
  /** 0 in the main text, 1… in annexes. */
  part: number;
}

/** Content script → frame. */
export type ToCard =
  | {
      type: 'show';
      /** The page's address (links and citations are to it). */
      pageUrl: string;
      pageTitle: string;
      /** What the background detected; null while unknown. */
      documentId: DocumentId | null;
      paragraph: CardParagraphMessage;
      hasPrevious: boolean;
      hasNext: boolean;
      /** Move focus into the card (opened from a badge). */
      focus: boolean;
    }
  | { type: 'hide' };

/** Frame → content script. */
export type FromCard = { type: 'close' } | { type: 'previous' } | { type: 'next' } | { type: 'height'; height: number };

const MAX_TEXT = 50_000;

export function isFromCard(value: unknown): value is FromCard {
  const m = value as { type?: unknown; height?: unknown } | null;
  if (typeof m !== 'object' || m === null) return false;
  if (m.type === 'height') return typeof m.height === 'number' && m.height >= 0 && m.height < 100_000;
  return m.type === 'close' || m.type === 'previous' || m.type === 'next';
}

export function isToCard(value: unknown): value is ToCard {
  const m = value as Partial<Extract<ToCard, { type: 'show' }>> | null;
  if (typeof m !== 'object' || m === null) return false;
  if ((m as { type?: unknown }).type === 'hide') return true;
  return (
    m.type === 'show' &&
    isText(m.pageUrl, 8192) &&
    /^https:\/\//.test(m.pageUrl) &&
    isText(m.pageTitle, 2000) &&
    (m.documentId === null || isDocumentId(m.documentId)) &&
    isParagraph(m.paragraph) &&
    typeof m.hasPrevious === 'boolean' &&
    typeof m.hasNext === 'boolean' &&
    typeof m.focus === 'boolean'
  );
}

function isParagraph(value: unknown): value is CardParagraphMessage {
  const p = value as Partial<CardParagraphMessage> | null;
  return (
    typeof p === 'object' &&
    p !== null &&
    isText(p.label, 20) &&
    p.label.length > 0 &&
    (p.kind === 'operative' || p.kind === 'preambular') &&
    (p.heading === null || isText(p.heading, 2000)) &&
    isText(p.text, MAX_TEXT) &&
    Number.isInteger(p.part) &&
    (p.part as number) >= 0 &&
    (p.part as number) < 100
  );
}

function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}
