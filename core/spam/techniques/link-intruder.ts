import type { BlockTechnique } from '../types';

/**
 * A single spam link (or <option>) slipped into a legitimate 友情链接 row, department-site
 * <select>, comment or sidebar list (SPAM-PATTERNS.md "Extra links slipped into…"). Only the
 * intruder is marked; scan.ts#decide requires strong words plus an off-site, spam-looking host.
 */
export const linkIntruder: BlockTechnique = {
  id: 'link-intruder',
  kind: 'block',
};
