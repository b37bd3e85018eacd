/**
 * Shape check of an Extraction arriving from a tab (the injected extractor's return value) or from
 * session storage: the reading view and the background only act on exactly this shape.
 */
import type { Article, Extraction, NotArticleReason } from './model';

const REASONS: readonly NotArticleReason[] = ['not-article', 'too-large', 'no-document', 'error'];
const OPTIONAL_STRINGS = ['siteName', 'byline', 'source', 'published', 'leadImage', 'excerpt', 'lang'] as const;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function isArticle(v: unknown): v is Article {
  if (!isObj(v)) return false;
  if (typeof v.url !== 'string' || typeof v.title !== 'string' || typeof v.contentHtml !== 'string' || typeof v.textContent !== 'string') return false;
  if (typeof v.readingUnits !== 'number' || !Number.isFinite(v.readingUnits) || v.readingUnits < 0) return false;
  if (v.dir !== undefined && v.dir !== 'ltr' && v.dir !== 'rtl') return false;
  return OPTIONAL_STRINGS.every((k) => v[k] === undefined || typeof v[k] === 'string');
}

export function isExtraction(v: unknown): v is Extraction {
  if (!isObj(v)) return false;
  if (v.ok === true) return isArticle(v.article);
  return v.ok === false && REASONS.includes(v.reason as NotArticleReason) && typeof v.url === 'string' && typeof v.title === 'string' && typeof v.message === 'string';
}
