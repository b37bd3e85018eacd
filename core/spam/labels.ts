/**
 * What each technique is called. The UI (popup list, reveal mode) says it in the user's language
 * through the message catalog (TECHNIQUE_KEYS); the evidence report (core/evidence.ts) always
 * says it in Chinese, for the webmaster or 12377.cn who read it (TECHNIQUE_LABELS, the zh_CN
 * catalog's words: tests/locales.test.ts keeps the two in step).
 */
import type { MessageKey } from '../i18n';
import type { TechniqueId } from './types';

export const TECHNIQUE_KEYS: Record<TechniqueId, MessageKey> = {
  'css-hidden': 'techniqueCssHidden',
  'css-offscreen': 'techniqueCssOffscreen',
  'css-tiny': 'techniqueCssTiny',
  'css-behind': 'techniqueCssBehind',
  'css-color': 'techniqueCssColor',
  'marquee-tiny': 'techniqueMarqueeTiny',
  'iframe-hidden': 'techniqueIframeHidden',
  'noscript-links': 'techniqueNoscriptLinks',
  'keyword-list': 'techniqueKeywordList',
  'link-intruder': 'techniqueLinkIntruder',
  'junk-tags': 'techniqueJunkTags',
  'title-hijack': 'techniqueTitleHijack',
  'meta-stuffed': 'techniqueMetaStuffed',
  'search-redirect': 'techniqueSearchRedirect',
};

export const TECHNIQUE_LABELS: Record<TechniqueId, string> = {
  'css-hidden': '隐藏的链接块',
  'css-offscreen': '移到屏幕外的链接块',
  'css-tiny': '缩成极小的链接块',
  'css-behind': '藏在正文后面的链接块',
  'css-color': '与背景同色的文字',
  'marquee-tiny': '1×1 滚动字幕里的链接',
  'iframe-hidden': '隐形框架',
  'noscript-links': 'noscript 里的链接',
  'keyword-list': '垃圾关键词列表',
  'link-intruder': '混入的垃圾链接',
  'junk-tags': '蜘蛛池垃圾标签',
  'title-hijack': '被篡改的标题',
  'meta-stuffed': '被篡改的页面描述',
  'search-redirect': '搜索引擎跳转脚本',
};
