// The chip after a link to a WSIS+20 draft: its name and date, and where to read it in the viewer.
// Text goes in as text nodes only (the link's address is the page's, not ours).
import type { DocumentChipView } from '@/utils/overlay/document-chip';

export function documentChipElement(view: DocumentChipView): HTMLElement {
  const chip = document.createElement('span');
  chip.className = 'chip';
  chip.dataset.wsisDocChip = view.variant;
  chip.setAttribute('role', 'group');
  chip.setAttribute('aria-label', `WSIS Lens: ${view.title}${view.dateLabel ? `, ${view.dateLabel}` : ''}`);

  chip.append(text('chip__name', view.title));
  if (view.dateLabel) chip.append(text('chip__date', view.dateLabel));
  chip.append(
    action('clean', 'clean', view.clean, 'Open the clean text in WSIS Lens', 'Clean text not published'),
    action('tracked', 'tracked changes', view.tracked, 'Open the tracked changes in WSIS Lens', 'No tracked-changes version published'),
    action(
      'compare',
      'compare with previous',
      view.compare,
      `Compare with ${view.compareWith ?? 'the previous revision'} in WSIS Lens`,
      view.clean ? 'No earlier revision to compare with' : 'Clean text not published',
    ),
  );
  return chip;
}

function text(className: string, value: string): HTMLElement {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = value;
  return span;
}

/** A link into the viewer, or a greyed-out stand-in saying why there is none. */
function action(kind: string, label: string, href: string | null, title: string, missing: string): HTMLElement {
  const link = document.createElement('a');
  link.className = 'chip__action';
  link.textContent = label;
  link.dataset.wsisChipAction = kind;
  if (href) {
    link.href = href;
    link.title = title;
  } else {
    link.setAttribute('aria-disabled', 'true');
    link.title = missing;
  }
  return link;
}
