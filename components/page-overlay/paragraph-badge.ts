// The badge in a paragraph's left margin: a button named "Paragraph 12" that opens the paragraph's card.
import type { Paragraph } from '@/utils/paragraphs/model';

export function paragraphBadge(paragraph: Paragraph<Element>): HTMLButtonElement {
  const badge = document.createElement('button');
  badge.type = 'button';
  badge.className = 'badge';
  badge.textContent = paragraph.label;
  badge.dataset.wsisPara = paragraph.label;
  const preambular = /^PP(\d+)$/.exec(paragraph.label);
  badge.setAttribute('aria-label', preambular ? `Preambular paragraph ${preambular[1]}` : `Paragraph ${paragraph.label}`);
  badge.setAttribute('aria-expanded', 'false');
  return badge;
}
