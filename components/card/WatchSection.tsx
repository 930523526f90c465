// The Watch toggle and the reader's note (filled by the watch-list work; see issue #7).
import type { CardData, CardParagraph } from './card-data';

export function WatchSection(_props: { paragraph: CardParagraph; data: CardData }) {
  return (
    <section class="wsis-card__section" data-wsis-section="watch">
      <h3>Watch</h3>
      <p class="wsis-card__pending">Not yet available.</p>
    </section>
  );
}
