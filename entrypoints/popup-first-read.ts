// A classic script in the popup's <head>: starts reading the watch list before the popup's modules load.
import { startFirstWatchRead } from '@/components/watch-list/first-watch-read';

export default defineUnlistedScript(() => startFirstWatchRead());
