// The badge in a paragraph's left margin: a button named "Paragraph 12" that opens the paragraph's card.
import type { Paragraph } from '@/utils/paragraphs/model';

let template: HTMLButtonElement | null = null;

export function paragraphBadge(paragraph: Paragraph<Element>): HTMLButtonElement {
  // Cloned from one template: a page of 800 paragraphs builds 800 of them.
  if (!template) {
    template = document.createElement('button');
    template.type = 'button';
    template.className = 'badge';
    template.setAttribute('aria-expanded', 'false');
  }
  const badge = template.cloneNode() as HTMLButtonElement;
  const { label } = paragraph;
  badge.textContent = label;
  // "12bis", "112ter": set smaller to fit the badge's fixed width (its placement counts on it);
  // "112quater" widens it as well.
  if (label.length > 4) badge.classList.add('badge--long');
  if (label.length > 6) badge.classList.add('badge--longer');
  badge.setAttribute('data-wsis-para', label);
  // Labels are "12", "12bis" or "PP3" (the HTML reader's, see utils/paragraphs). The name starts with
  // what the badge shows, so a voice-control user can say "click PP3" (WCAG 2.5.3, label in name).
  badge.setAttribute('aria-label', label.startsWith('PP') ? `${label}, preambular paragraph ${label.slice(2)}` : `Paragraph ${label}`);
  return badge;
}
