/** jsdom pages for unit tests: a page at a given URL, and what the scan finds on it. */
import { JSDOM } from 'jsdom';
import { scan } from '../core/spam/scan';

export const SITE = 'http://www.dcfq.gov.cn/art/2024/5/9/art_1.html';

export function page(body: string, head = '', url = SITE): Document {
  return new JSDOM(`<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`, { url }).window.document;
}

/** Article filler: legitimate text that any real page around the spam has. */
export const ARTICLE = `<div class="article"><h1>东昌府区全面打响创城工作攻坚战</h1>
<p>洁净的环境，高尚的情操，塑造一座城市最富文明的风骨。随着春暖花开，聊城市东昌府区拉开了全国文明城市创建的奋战大幕。</p>
<p>“从发展大局出发，拿出更大的毅力、更大的魄力，全力实现创建全国文明城市的目标。”3月9日，区委书记发出号令。</p>
<p>6个专项工作领导小组，13个专业小组，100多名工作人员，1天时间内聚齐集中办公。</p></div>`;

export function findings(doc: Document) {
  return scan(doc).map((f) => ({ reason: f.reason, fx: f.element.getAttribute('data-fx'), wrap: f.wrap ? f.wrap.node.data.slice(f.wrap.start, f.wrap.end).trim() : undefined }));
}
