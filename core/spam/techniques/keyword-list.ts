import type { BlockTechnique } from '../types';

/**
 * Visible keyword-stuffed lists, as links or plain text, `|`/`_`-separated, after the footer or
 * the article, after `</html>`, in a sidebar (SPAM-PATTERNS.md "Visible"; the seed page's porn
 * title list). Decided in scan.ts#decide from the block's units; the text runs come from
 * text-runs.ts#findRuns.
 */
export const keywordList: BlockTechnique = {
  id: 'keyword-list',
  kind: 'block',
};
