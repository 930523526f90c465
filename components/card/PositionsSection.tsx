// Stakeholder positions on the paragraph (filled by the positions work; see issue #6).
import type { CardData, CardParagraph } from './card-data';

export function PositionsSection(_props: { paragraph: CardParagraph; data: CardData; linkTarget?: '_self' | '_blank' }) {
  return (
    <section class="wsis-card__section" data-wsis-section="positions">
      <h3>Stakeholder positions</h3>
      <p class="wsis-card__pending">Not yet available.</p>
    </section>
  );
}
