/** What the reading view shows instead of an article: the page is not an article (home page, list),
 * or the stored article is gone (the browser restarted and storage.session was cleared). Always a
 * way back to the page when its URL is known; never an empty view. */
import type { NotArticleReason } from '../core/reader/model';
import { isWebUrl } from './ArticleView';

export type ReaderProblem =
  | { kind: 'not-article'; reason: NotArticleReason; message: string; url: string; title: string }
  | { kind: 'missing'; url?: string };

const HEADINGS: Record<NotArticleReason, string> = {
  'not-article': '这个页面不像是一篇文章',
  'too-large': '这个页面太大，无法生成阅读视图',
  'no-document': '这个页面无法生成阅读视图',
  error: '生成阅读视图时出错',
};

/** Why a page may not be an article, when the extraction gave no message of its own. */
const HINT = '首页、栏目列表、搜索结果和图集通常没有可以提取的正文。';

export function ReaderMessage({ problem }: { problem: ReaderProblem }) {
  const url = isWebUrl(problem.url) ? problem.url : undefined;
  if (problem.kind === 'missing') {
    return (
      <main class="reader reader-message" data-state="missing">
        <h1>阅读视图已失效</h1>
        <p>阅读视图的内容只在浏览器本次运行期间保存，浏览器重启或扩展更新后就会清除。</p>
        <p>请回到原网页，重新打开阅读视图。</p>
        {url && <BackLink url={url} />}
      </main>
    );
  }
  const message = problem.message.trim();
  return (
    <main class="reader reader-message" data-state={problem.kind} data-reason={problem.reason}>
      <h1>{HEADINGS[problem.reason] ?? HEADINGS.error}</h1>
      {problem.title.trim() && <p class="page-title">《{problem.title.trim()}》</p>}
      <p class="reason">{message || HINT}</p>
      {problem.reason === 'not-article' && message && message !== HINT && <p class="hint">{HINT}</p>}
      {url && <BackLink url={url} />}
    </main>
  );
}

function BackLink({ url }: { url: string }) {
  return (
    <p class="back-link">
      <a href={url} rel="noreferrer">
        返回原网页
      </a>
      <span class="url">{url}</span>
    </p>
  );
}
