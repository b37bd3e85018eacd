/** What the reading view shows instead of an article: the page is not an article (home page, list),
 * or the stored article is gone (the browser restarted and storage.session was cleared). Always a
 * way back to the page when its URL is known; never an empty view. */
import type { MessageKey } from '../core/i18n';
import type { NotArticleReason } from '../core/reader/model';
import { isWebUrl } from './ArticleView';
import { useT } from './i18n';

export type ReaderProblem =
  | { kind: 'not-article'; reason: NotArticleReason; message: string; url: string; title: string }
  | { kind: 'missing'; url?: string };

const HEADINGS: Record<NotArticleReason, MessageKey> = {
  'not-article': 'readerNotArticle',
  'too-large': 'readerTooLarge',
  'no-document': 'readerNoDocument',
  error: 'readerError',
};

export function ReaderMessage({ problem }: { problem: ReaderProblem }) {
  const t = useT();
  /** Why a page may not be an article, when the extraction gave no message of its own. */
  const hint = t('readerNotArticleHint');
  const url = isWebUrl(problem.url) ? problem.url : undefined;
  if (problem.kind === 'missing') {
    return (
      <main class="reader reader-message" data-state="missing">
        <h1>{t('readerMissing')}</h1>
        <p>{t('readerMissingWhy')}</p>
        <p>{t('readerMissingWhat')}</p>
        {url && <BackLink url={url} />}
      </main>
    );
  }
  const message = problem.message.trim();
  return (
    <main class="reader reader-message" data-state={problem.kind} data-reason={problem.reason}>
      <h1>{t(HEADINGS[problem.reason] ?? HEADINGS.error)}</h1>
      {problem.title.trim() && <p class="page-title">{t('readerPageTitle', problem.title.trim())}</p>}
      <p class="reason">{message || hint}</p>
      {problem.reason === 'not-article' && message && message !== hint && <p class="hint">{hint}</p>}
      {url && <BackLink url={url} />}
    </main>
  );
}

function BackLink({ url }: { url: string }) {
  const t = useT();
  return (
    <p class="back-link">
      <a href={url} rel="noreferrer">
        {t('readerBackToPage')}
      </a>
      <span class="url">{url}</span>
    </p>
  );
}
