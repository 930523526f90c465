// The chip after a link to a WSIS+20 draft: its name and date, and where to read it in the viewer.
// Text goes in as text nodes only (the link's address is the page's, not ours).
import type { DocumentChipInfo } from '@/utils/overlay/document-chip';

export function documentChipElement(info: DocumentChipInfo, viewerUrl: (file: string) => string): HTMLElement {
  const chip = document.createElement('span');
  chip.className = 'chip';
  chip.dataset.wsisDocChip = info.variant;
  chip.setAttribute('role', 'group');
  const title = info.variant === 'tracked' ? `${info.name}, tracked changes` : info.name;
  chip.setAttribute('aria-label', `WSIS Lens: ${title}${info.dateLabel ? `, ${info.dateLabel}` : ''}`);

  chip.append(text('chip__name', title));
  if (info.dateLabel) chip.append(text('chip__date', info.dateLabel));
  chip.append(
    action('clean', 'clean', info.clean ? viewerUrl(info.clean) : null, 'Clean text not published'),
    action('tracked', 'tracked changes', info.tracked ? viewerUrl(info.tracked) : null, 'No tracked-changes version published'),
  );
  const compare = document.createElement('button');
  compare.type = 'button';
  compare.className = 'chip__action';
  compare.disabled = true;
  compare.title = 'coming with the revisions feature';
  compare.textContent = 'compare with previous';
  compare.dataset.wsisChipAction = 'compare';
  chip.append(compare);
  return chip;
}

function text(className: string, value: string): HTMLElement {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = value;
  return span;
}

/** A link into the viewer, or a greyed-out stand-in when the file is not known. */
function action(kind: string, label: string, href: string | null, missing: string): HTMLElement {
  const link = document.createElement('a');
  link.className = 'chip__action';
  link.textContent = label;
  link.dataset.wsisChipAction = kind;
  if (href) {
    link.href = href;
    link.title = `Open the ${label === 'clean' ? 'clean text' : label} in WSIS Lens`;
  } else {
    link.setAttribute('aria-disabled', 'true');
    link.title = missing;
  }
  return link;
}
