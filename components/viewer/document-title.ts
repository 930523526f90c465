// What the viewer calls the document it shows: known WSIS+20 revisions by name, anything else by its
// own title or file name.
import { familyName, revisionName } from '../../utils/catalog';
import { isTranslation, languageName, type UnLanguage } from '../../utils/detect/document-language';
import type { DocumentId } from '../../utils/document-id';

export interface DocumentNames {
  /** "WSIS+20 outcome document" or the PDF's title / file name. */
  documentName: string;
  /** "Rev.2", "A/80/L.41", with "(tracked changes)" for a track-changes file; null if unknown. */
  revisionName: string | null;
  /** True for a document of a known family. */
  known: boolean;
}

/** `language`: a translation is named with its language ("A/80/L.41 (French)"), so the reader sees which version is open. */
export function documentNames(id: DocumentId | null, fileUrl: string, pdfTitle: string | null, language: UnLanguage | null = null): DocumentNames {
  const names = namesOf(id, fileUrl, pdfTitle);
  if (!isTranslation(language)) return names;
  const tag = ` (${languageName(language)})`;
  return names.revisionName ? { ...names, revisionName: names.revisionName + tag } : { ...names, documentName: names.documentName + tag };
}

function namesOf(id: DocumentId | null, fileUrl: string, pdfTitle: string | null): DocumentNames {
  if (id?.family) {
    const revision = id.revision ? revisionName(id.revision, id.family) : null;
    if (id.variant === 'stakeholder-input') {
      // An input is not the draft it comments on: named by its own title, with the draft it addresses.
      const title = pdfTitle?.trim() || fileName(fileUrl);
      return { documentName: title, revisionName: revision ? `Input to ${revision}` : 'Stakeholder input', known: true };
    }
    return {
      documentName: familyName(id.family),
      revisionName: revision && id.variant === 'tracked' ? `${revision} (tracked changes)` : revision,
      known: true,
    };
  }
  const title = pdfTitle?.trim() || id?.symbol || fileName(fileUrl);
  return { documentName: title, revisionName: null, known: false };
}

/** The tab title: the revision first, so tabs of several drafts are told apart. */
export function tabTitle(names: DocumentNames): string {
  return names.revisionName ? `${names.revisionName} · ${names.documentName} — WSIS Lens` : `${names.documentName} — WSIS Lens`;
}

function fileName(url: string): string {
  try {
    const path = new URL(url).pathname;
    const last = decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
    return last || new URL(url).hostname;
  } catch {
    return 'PDF';
  }
}
