// The chip after a link to a WSIS+20 draft: its name and date, and where to read it in the viewer.
// Text goes in as text nodes only (the link's address is the page's, not ours). What it says and links
// to comes worked out from the background (utils/overlay/document-chip).
import type { ChipAction, DocumentChipView } from '@/utils/overlay/document-chip';

export function documentChipElement(view: DocumentChipView): HTMLElement {
  const chip = span('chip', '');
  chip.dataset.wsisDocChip = view.variant;
  chip.setAttribute('role', 'group');
  chip.setAttribute('aria-label', `WSIS Lens: ${view.title}${view.dateLabel ? `, ${view.dateLabel}` : ''}`);
  chip.append(span('chip__name', view.title));
  if (view.dateLabel) chip.append(span('chip__date', view.dateLabel));
  chip.append(action('clean', 'clean', view.clean), action('tracked', 'tracked changes', view.tracked), action('compare', 'compare with previous', view.compare));
  if (view.watchesChanged > 0) chip.append(watchesChanged(view));
  return chip;
}

function span(className: string, text: string): HTMLElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

/** "2 watched ¶ changed": the details are in the toolbar popup, the changes in the compare view. */
function watchesChanged(view: DocumentChipView): HTMLElement {
  const count = view.watchesChanged;
  const element = span('chip__watches', `${count} watched ¶ changed`);
  element.dataset.wsisChipWatches = String(count);
  element.title = `${count} of your watched paragraph${count === 1 ? '' : 's'} changed in ${view.title.replace(/, tracked changes$/, '')} since the revision you marked as seen: the WSIS Lens toolbar button lists them`;
  return element;
}

/** A link into the viewer, or a greyed-out stand-in whose title says why there is none. */
function action(kind: string, label: string, { href, title }: ChipAction): HTMLElement {
  const link = document.createElement('a');
  link.className = 'chip__action';
  link.textContent = label;
  link.title = title;
  link.dataset.wsisChipAction = kind;
  if (href) link.href = href;
  else link.setAttribute('aria-disabled', 'true');
  return link;
}
