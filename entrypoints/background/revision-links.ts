// Remembers the revision files WSIS pages link to (see utils/messages/revision-links).
import { getDb } from '@/utils/db/connection';
import { isRevisionLinksMessage, type RevisionLinksMessage } from '@/utils/messages/revision-links';
import { learnRevisionUrls } from '@/utils/revisions/revision-store';
import { fromThisExtension, type MessageHandler } from './message-router';

export const revisionLinksHandler: MessageHandler<RevisionLinksMessage> = {
  accepts: isRevisionLinksMessage,
  allowed: fromThisExtension,
  handle: async (message) => {
    await learnRevisionUrls(await getDb(), message.links);
    return { ok: true };
  },
};
