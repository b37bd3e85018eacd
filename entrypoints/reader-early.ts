/**
 * A classic script in reader.html's head (async): starts the reading view's storage reads at once,
 * while the view's modules load (ext/reader-early.ts).
 */
import { defineUnlistedScript } from '#imports';
import { startEarlyReads } from '../ext/reader-early';

export default defineUnlistedScript(() => startEarlyReads(new URLSearchParams(location.search).get('key')));
