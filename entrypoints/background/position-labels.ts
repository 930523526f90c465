// A WSIS page's overlay asks which paragraphs of its document have positions (the mark on badges):
// bundled and stored positions, followed into this revision through the cached revisions.
import { getDb } from '@/utils/db/connection';
import { isPositionLabelsRequest, type PositionLabels, type PositionLabelsRequest } from '@/utils/messages/position-labels';
import { BUNDLED_POSITIONS } from '@/utils/positions/bundled-positions';
import { positionRevision } from '@/utils/positions/own-position';
import { markedLabels } from '@/utils/positions/paragraph-marks';
import { cachedRevisionsOf } from '@/utils/revisions/revision-store';
import { fromThisExtension, type MessageHandler } from './message-router';

export const positionLabelsHandler: MessageHandler<PositionLabelsRequest> = {
  accepts: isPositionLabelsRequest,
  allowed: fromThisExtension,
  handle: async (message): Promise<PositionLabels> => {
    const revision = positionRevision(message.revision);
    if (!revision) return { labels: [] };
    const db = await getDb();
    const [stored, cached] = await Promise.all([db.getAll('positions'), cachedRevisionsOf(db, message.family)]);
    return { labels: [...markedLabels([...BUNDLED_POSITIONS, ...stored], { family: message.family, revision }, cached)] };
  },
};
