/**
 * Screenshots of the reading view, to look at: a realistic Chinese local-news article (photo with a
 * caption, a table, short paragraphs, full-width punctuation) in each theme and both fonts, the
 * settings panel, a Traditional-Chinese article, print, a narrow (phone) width, and the
 * not-an-article and expired pages. Writes demo/reader-*.png.
 *
 * QINGDU_OUT=.output-reader npx tsx scripts/reader-shots.ts   (after building into that directory)
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Article, Extraction } from '../core/reader/model';
import { DEFAULT_READER_PREFS, type ReaderPrefs } from '../core/reader/prefs';
import { launch, ROOT } from '../e2e/harness';

declare const chrome: {
  storage: { session: { set(o: object): Promise<void> }; local: { set(o: object): Promise<void> } };
};

const OUT = path.join(ROOT, 'demo');
const PHOTO = 'http://img.shots.example.cn/2024/05/photo.png';

const ARTICLE: Article = {
  url: 'https://www.shots.example.cn/news/2024-05/06/content_118562.html',
  title: '我市启动老旧小区改造：今年将惠及2.3万户居民',
  siteName: '江城新闻网',
  source: '江城日报',
  byline: '记者 王晓燕 通讯员 陈立',
  published: '2024-05-06 09:30',
  lang: 'zh-CN',
  readingUnits: 1450,
  textContent: '',
  contentHtml: `<div id="readability-page-1" class="page"><div>
<p>\u3000\u30005月6日上午，记者从市住房和城乡建设局获悉，我市2024年老旧小区改造工程已全面启动。今年计划改造小区86个，涉及楼栋412栋，惠及居民约2.3万户。</p>
<p>\u3000\u3000“这次改造不是简单的‘刷墙’，而是从居民最关心的问题入手。”市住建局城市更新科负责人介绍，改造内容分为基础类、完善类和提升类三类，重点解决管网老化、停车难、无障碍设施缺失等问题。</p>
<figure><img src="${PHOTO}" alt="施工人员在东湖小区更换雨污管网" width="800" height="450"><figcaption>5月6日，施工人员在东湖小区更换老化的雨污管网。（记者 李明 摄）</figcaption></figure>
<h2>一、哪些小区纳入改造？</h2>
<p>\u3000\u3000根据《江城市老旧小区改造三年行动方案（2023—2025年）》，纳入今年改造计划的，主要是2000年底前建成、配套设施不完善的住宅小区。部分小区名单如下：</p>
<table><thead><tr><th>区域</th><th>小区名称</th><th>建成年份</th><th>户数</th><th>计划完工</th></tr></thead>
<tbody><tr><td>江北区</td><td>东湖小区</td><td>1994</td><td>1,208</td><td>2024年10月</td></tr>
<tr><td>江北区</td><td>纺织厂宿舍</td><td>1988</td><td>436</td><td>2024年9月</td></tr>
<tr><td>城南区</td><td>桂花苑</td><td>1999</td><td>862</td><td>2024年11月</td></tr>
<tr><td>高新区</td><td>电厂生活区</td><td>1996</td><td>1,530</td><td>2024年12月</td></tr></tbody></table>
<h2>二、施工期间居民要注意什么？</h2>
<p>\u3000\u3000施工单位提醒，改造期间部分路段将临时封闭，请居民注意小区内的施工告示，车辆按指引停放；老人、儿童出行要远离施工区域。</p>
<p>\u3000\u3000家住东湖小区的张阿姨说：“管子一到下雨天就堵，楼道灯也坏了好几年。听说这次要加装电梯、修停车位，大家都盼着呢！”</p>
<blockquote><p>改造方案在开工前已经过居民议事会三轮讨论，加装电梯需本单元三分之二以上业主同意。</p></blockquote>
<p>\u3000\u3000据了解，我市自2020年启动老旧小区改造以来，已累计完成改造小区312个、惠及居民9.6万户。市民如对改造方案有意见建议，可拨打12345政务服务热线反映，或登录江城住建网“城市更新”专栏留言。</p>
<p>&nbsp;</p>
<p>\u3000\u3000（责任编辑：刘芳）</p>
</div></div>`,
};

const TRADITIONAL: Article = {
  url: 'https://news.shots.example.hk/local/20240506/a1.html',
  title: '港鐵東涌綫延線工程展開\u3000預計二〇二九年通車',
  siteName: '香港地區新聞',
  byline: '記者 陳嘉欣',
  published: '2024年5月6日',
  lang: 'zh-HK',
  readingUnits: 420,
  textContent: '',
  contentHtml: `<p>港鐵公司今日宣佈，東涌綫延線工程正式展開，新增的東涌東站及東涌西站預計於二〇二九年啓用，屆時將惠及區內約十萬名居民。</p>
<p>港鐵發言人表示：「工程期間，我們會盡量減少對居民的影響，並會定期向區議會匯報進度。」部分路段的巴士站將臨時遷移，詳情請留意現場告示。</p>
<p>有居民認為，新車站啓用後，往返市區的時間可縮短約十五分鐘；亦有居民關注施工噪音及塵埃問題。</p>`,
};

const NOT_ARTICLE: Extraction = {
  ok: false,
  reason: 'not-article',
  url: 'https://www.shots.example.cn/',
  title: '江城新闻网 — 首页',
  message: '这个页面上没有找到连续的正文，看起来是首页或栏目列表。',
};

/** A photo-like PNG (sky, hills, a road, buildings) drawn with CSS and captured: no file in the repo. */
async function makePhoto(page: Page): Promise<Buffer> {
  await page.setViewportSize({ width: 800, height: 450 });
  await page.setContent(`<body style="margin:0;width:800px;height:450px;overflow:hidden;position:relative;
    background:linear-gradient(#7fb2e5 0%,#cfe3f1 55%,#9bb36b 56%,#6f8f45 100%)">
    <div style="position:absolute;left:-60px;top:170px;width:520px;height:200px;border-radius:50%;background:#5d7f3b"></div>
    <div style="position:absolute;left:380px;top:190px;width:560px;height:220px;border-radius:50%;background:#4f7032"></div>
    ${[60, 150, 250, 560, 660].map((x, i) => `<div style="position:absolute;left:${x}px;top:${120 + (i % 2) * 30}px;width:80px;height:${150 - (i % 2) * 30}px;background:#d9d2c5;box-shadow:inset 0 0 0 6px #c9c0b1"></div>`).join('')}
    <div style="position:absolute;left:330px;bottom:-40px;width:140px;height:260px;background:#6b6b6b;transform:perspective(300px) rotateX(60deg)"></div>
    <div style="position:absolute;left:340px;top:300px;width:50px;height:70px;background:#f29b1d;border-radius:6px 6px 0 0"></div>
    <div style="position:absolute;left:420px;top:280px;width:26px;height:60px;background:#2b5fa8;border-radius:13px 13px 4px 4px"></div>
  </body>`);
  return page.screenshot({ type: 'png' });
}

const h = await launch();
try {
  fs.mkdirSync(OUT, { recursive: true });
  const scratch = await h.context.newPage();
  h.serve(PHOTO, await makePhoto(scratch), 'image/png');
  await scratch.close();

  await h.worker.evaluate(
    (o) => chrome.storage.session.set(o),
    { 'reader:demo': { ok: true, article: ARTICLE }, 'reader:demo-hk': { ok: true, article: TRADITIONAL }, 'reader:demo-none': NOT_ARTICLE },
  );
  const setPrefs = (p: Partial<ReaderPrefs>) => h.worker.evaluate((v) => chrome.storage.local.set({ readerPrefs: v }), { ...DEFAULT_READER_PREFS, ...p });
  const reader = (key: string) => `chrome-extension://${h.extensionId}/reader.html?key=${key}`;

  const page = await h.context.newPage();
  const shot = async (name: string, opts: { fullPage?: boolean } = {}) => {
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(OUT, `reader-${name}.png`), fullPage: opts.fullPage ?? true });
    console.log(`demo/reader-${name}.png`);
  };
  const open = async (key: string, prefs: Partial<ReaderPrefs>, viewport = { width: 1280, height: 900 }) => {
    await setPrefs(prefs);
    await page.setViewportSize(viewport);
    await page.goto(reader(key));
    await page.locator('h1').waitFor();
    await page.waitForFunction(() => [...document.images].every((i) => i.complete));
  };

  for (const theme of ['light', 'sepia', 'dark'] as const) {
    for (const font of ['sans', 'serif'] as const) {
      await open('demo', { theme, font });
      await shot(`${theme}-${font}`);
    }
  }
  await open('demo', { theme: 'sepia', indent: true, fontSize: 20, lineHeight: 2, width: 'narrow' });
  await shot('sepia-indent-large');
  await open('demo', { theme: 'light' });
  await page.getByTestId('reader-settings-toggle').click();
  await shot('controls', { fullPage: false });
  await open('demo', { theme: 'dark' });
  await page.getByTestId('reader-settings-toggle').click();
  await shot('controls-dark', { fullPage: false });
  await open('demo-hk', { theme: 'light', font: 'serif' });
  await shot('traditional');
  await open('demo-none', { theme: 'light' });
  await shot('not-article');
  await open('gone', { theme: 'light' });
  await shot('missing');
  await open('demo', { theme: 'light' }, { width: 390, height: 844 });
  await shot('narrow');
  await page.getByTestId('reader-settings-toggle').click();
  await shot('narrow-controls', { fullPage: false });
  await open('demo', { theme: 'dark' });
  await page.emulateMedia({ media: 'print' });
  await shot('print');
  await page.emulateMedia({ media: null });
} finally {
  await h.close();
}
