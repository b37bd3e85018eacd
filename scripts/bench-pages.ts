/**
 * Generated pages for `npm run bench` (scripts/bench.ts): a news-site page with 10,000 links and a
 * ~100,000-character article. Deterministic (seeded), so every run measures the same page.
 */

/** mulberry32: a small seeded PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const pad = (n: number) => String(n).padStart(2, '0');

// Ordinary local-news vocabulary (checked to contain no spam term of core/spam/data/terms.json).
const PLACES = ['沂水县', '南乐县', '清丰县', '范县', '台前县', '濮阳县', '华龙区', '城关镇', '张果屯镇', '高新区', '经开区', '市住建局', '市教育局', '市卫健委', '市交通运输局', '市文旅局', '市农业农村局', '市生态环境局', '县人社局', '县市场监管局', '团市委', '市妇联', '市消防救援支队', '市气象局', '市图书馆'];
const ACTIONS = ['召开', '启动', '举办', '推进', '部署', '开展', '完成', '组织', '落实', '深化', '全面展开', '扎实推进', '圆满完成'];
const TOPICS = ['春耕生产推进会', '安全生产大检查', '老旧小区改造工程', '乡村振兴专题培训', '防汛应急演练', '文明城市创建工作', '义务教育招生工作', '城乡医保集中参保', '重点项目观摩活动', '营商环境优化行动', '高标准农田建设', '秸秆综合利用现场会', '全民健身运动会', '非遗文化展演', '消费品以旧换新活动', '就业招聘月活动', '食品安全宣传周', '道路交通秩序整治', '黄河滩区迁建回访', '网格化治理经验交流会', '夏粮收购工作', '农村人居环境整治', '中小学生暑期安全教育', '科技特派员服务行动', '基层理论宣讲'];
const TAILS = ['', '', '', '取得阶段性成效', '群众满意度持续提升', '为高质量发展提供保障', '惠及群众三万余人', '首批项目已投入使用'];
const SECTIONS = ['news', 'xq', 'ms', 'jy', 'ws', 'jt', 'nl', 'wl', 'fz', 'ty'];
const CHANNELS = ['首页', '本地新闻', '县区', '民生', '教育', '健康', '交通', '农业', '文旅', '法治', '评论', '视频', '专题', '图片', '数字报'];
const LEGIT_SITES: [string, string][] = [
  ['http://www.gov.cn/', '中国政府网'], ['http://www.people.com.cn/', '人民网'], ['http://www.xinhuanet.com/', '新华网'], ['https://www.cctv.com/', '央视网'],
  ['http://www.chinanews.com.cn/', '中国新闻网'], ['https://www.henan.gov.cn/', '河南省人民政府'], ['http://www.dahe.cn/', '大河网'], ['http://www.hnr.cn/', '映象网'],
  ['http://www.puyang.gov.cn/', '濮阳市人民政府'], ['http://www.nanle.gov.cn/', '南乐县人民政府'], ['http://ha.people.com.cn/', '人民网河南频道'], ['http://www.ha.xinhuanet.com/', '新华网河南频道'],
  ['https://www.12377.cn/', '违法和不良信息举报中心'], ['http://www.cyberpolice.cn/', '网络警察报警平台'], ['https://www.piyao.org.cn/', '中国互联网联合辟谣平台'], ['http://www.stats.gov.cn/', '国家统计局'],
];
/** The injected farm: 20 gambling links to throwaway domains, hidden with display:none. */
const FARM: [string, string][] = [
  ['http://www.pj8866.xyz/', '澳门葡京娱乐场'], ['http://wns.7tb3x.xyz/', '澳门威尼斯人官网'], ['http://bjl.k8v2q.top/', '百家乐技巧'], ['http://www.amjs8866.com/', '澳门金沙城'],
  ['http://ssc.hx77.club/', '重庆时时彩计划'], ['http://lhc.m3tq.fun/', '六合彩开奖结果'], ['http://tyc.yy9c.pw/', '太阳城娱乐城'], ['http://www.b365zh.cc/', 'bet365体育在线'],
  ['http://zr.bt5a.site/', '真人百家乐'], ['http://qp.gg7k.win/', '棋牌游戏平台'], ['http://xpj.r8k2.vip/', '新葡京赌场'], ['http://yh.am77.top/', '澳门银河娱乐官网'],
  ['http://hg.zq88.xyz/', '皇冠足球比分'], ['http://tz.ty36.club/', '体育投注平台'], ['http://ft.xy99.fun/', '幸运飞艇官网'], ['http://pk.bj10.site/', '北京赛车pk10开奖直播'],
  ['http://sb.tyc8.win/', '太阳城申博'], ['http://ag.zr66.pw/', 'AG真人视讯'], ['http://js.am88.cc/', '金沙娱乐场网址'], ['http://tc.ttc5.top/', '天天彩票平台'],
];
const FARM_TEXT = FARM.map(([, t]) => t);

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function shell(title: string, css: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<meta name="keywords" content="濮阳,新闻,县区,民生">
<style>
body{margin:0;background:#f5f5f5;font:14px/1.6 "Microsoft YaHei",SimSun,sans-serif;color:#222}
a{color:#1a1a1a;text-decoration:none}
.w{width:1100px;margin:0 auto}
#head{background:#fff;border-bottom:4px solid #1f5ca8}#head .w{height:80px;line-height:80px;font-size:30px;color:#1f5ca8;font-weight:bold}
#menu{background:#1f5ca8}#menu a{color:#fff;display:inline-block;padding:0 14px;line-height:40px}
#wrap{background:#fff;overflow:hidden;margin-top:10px}
#left{float:left;width:760px;padding:15px 25px}#right{float:right;width:270px;padding:15px 10px;border-left:1px solid #eee}
.location{font-size:12px;color:#777;border-bottom:1px solid #eee;padding-bottom:8px}
.yqlj{background:#fff;padding:8px 10px;font-size:12px;margin-top:10px}.yqlj a{margin:0 6px;display:inline-block}
#foot{background:#2a2a2a;color:#aaa;text-align:center;font-size:12px;padding:16px 0;line-height:24px;margin-top:10px}#foot a{color:#ccc;margin:0 6px}
${css}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function menu(): string {
  return `<div id="head"><div class="w">濮阳网 · 新闻中心</div></div>
<div id="menu"><div class="w">${CHANNELS.map((c, i) => `<a href="/${i ? SECTIONS[i % SECTIONS.length] + '/' : ''}">${c}</a>`).join('')}</div></div>`;
}

function footer(): string {
  return `<div id="foot"><div class="w"><a href="/about/">关于我们</a><a href="/contact/">联系我们</a><a href="/ad/">广告服务</a><a href="/copyright/">版权声明</a><br>濮阳网 版权所有 未经授权禁止复制或建立镜像<br>豫ICP备05012345号 豫公网安备41090202000123号 互联网新闻信息服务许可证编号：41120170012</div></div>`;
}

const headline = (r: () => number) => `${pick(r, PLACES)}${pick(r, ACTIONS)}${pick(r, TOPICS)}${pick(r, TAILS)}`;

/**
 * A realistic news index page with exactly `total` links: the channel menu, a rolling-news list of
 * on-site headlines grouped by day, a sidebar, friendly-link rows of legitimate off-site sites
 * (about 4% of the links), and one hidden gambling link farm of 20 links halfway down the list.
 */
export function linkFarmPage(total = 10_000): { html: string; links: number; farm: string[] } {
  const r = rng(20240513);
  const fixed = CHANNELS.length + 4 /* footer */ + 3 /* location */ + FARM.length;
  const offsite = Math.round(total * 0.04);
  const sidebar = 60;
  const onsite = total - fixed - offsite - sidebar;
  const perDay = 50;
  const days = Math.ceil(onsite / perDay);
  const lists: string[] = [];
  let n = 0;
  let id = 5_561_000;
  for (let d = 0; d < days; d++) {
    const date = new Date(Date.UTC(2024, 4, 13) - d * 86_400_000);
    const ymd = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    const items: string[] = [];
    for (let i = 0; i < perDay && n < onsite; i++, n++) {
      const sec = pick(r, SECTIONS);
      const time = `${pad(7 + Math.floor(r() * 14))}:${pad(Math.floor(r() * 60))}`;
      items.push(`<li><a href="/${sec}/${ymd.slice(0, 7)}/${ymd.slice(8)}/content_${id--}.html" target="_blank">${headline(r)}</a><span class="t">${ymd} ${time}</span></li>`);
    }
    lists.push(`<div class="day"><h3>${ymd}</h3><ul class="list">${items.join('')}</ul></div>`);
    if (d === Math.floor(days / 2)) {
      lists.push(`<div style="display:none">${FARM.map(([u, t]) => `<a href="${u}" target="_blank">${t}</a>`).join('')}</div>`);
    }
  }
  const side = Array.from({ length: sidebar }, (_, i) => `<li><a href="/${pick(r, SECTIONS)}/2024-05/${pad(13 - (i % 10))}/content_${5_570_000 + i}.html">${headline(r)}</a></li>`);
  const friends: string[] = [];
  for (let i = 0; i < offsite; i++) {
    const [u, t] = LEGIT_SITES[i % LEGIT_SITES.length]!;
    // Different pages of the same legitimate sites (channels, provinces), as real link walls have.
    friends.push(`<a href="${u}${i < LEGIT_SITES.length ? '' : `c${i}/`}" target="_blank">${t}${i < LEGIT_SITES.length ? '' : `·${pick(r, CHANNELS)}`}</a>`);
  }
  const half = Math.ceil(friends.length / 2);
  const body = `${menu()}
<div class="w" id="wrap">
  <div id="left">
    <div class="location">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/news/">新闻中心</a> &gt;&gt; <a href="/news/gd/">滚动新闻</a></div>
    <h2>滚动新闻</h2>
    ${lists.join('\n    ')}
  </div>
  <div id="right"><div class="box"><h4>热点排行</h4><ul>${side.join('')}</ul></div></div>
</div>
<div class="w yqlj">友情链接：${friends.slice(0, half).join('')}</div>
<div class="w yqlj">媒体链接：${friends.slice(half).join('')}</div>
${footer()}`;
  const css = `.day h3{font-size:15px;margin:14px 0 6px;border-bottom:1px solid #ddd}.list{margin:0;padding:0 0 0 18px}.list li{line-height:28px}.list .t{color:#999;font-size:12px;margin-left:8px}.box h4{margin:0 0 8px;font-size:15px}.box li{font-size:13px;line-height:24px}`;
  const html = shell('滚动新闻_濮阳网', css, body);
  return { html, links: fixed + offsite + sidebar + n, farm: FARM_TEXT };
}

const SUBJECTS = ['记者', '县委相关负责人', '村党支部书记', '合作社理事长', '社区网格员', '驻村第一书记', '技术人员', '企业负责人', '当地群众', '街道办事处工作人员'];
const CLAUSES = [
  '走进田间地头，一派繁忙景象映入眼帘', '各项工作按照时间节点有序推进', '群众的获得感、幸福感、安全感不断增强', '全县上下形成了齐抓共管的工作格局',
  '项目建成后预计年产值可达两亿元', '带动周边八百余户农户稳定增收', '将持续优化服务流程，提高办事效率', '按照“规模适度、界定清晰、全域覆盖”的原则统筹推进',
  '今年以来共受理各类事项两万三千余件', '办结率达到百分之九十九以上', '通过线上线下相结合的方式广泛宣传', '切实把好事办好、实事办实',
  '当天上午，活动现场人头攒动', '有关部门第一时间赶到现场协调处置', '下一步还将加大投入力度，完善配套设施', '为推动经济社会高质量发展贡献力量',
  '小麦长势良好，丰收在望', '新建的文化广场成为居民休闲的好去处', '培训班共设置十二门课程', '参训人员纷纷表示受益匪浅',
];
const CONNECTORS = ['，', '，', '，', '；', '，同时', '，并且', '。此外，', '。据了解，', '。'];

function paragraph(r: () => number, chars: number): string {
  let s = `${pick(r, SUBJECTS)}介绍，`;
  while (s.length < chars) s += pick(r, CLAUSES) + pick(r, CONNECTORS);
  return s.replace(/[，；]$|(?:，同时|，并且|。此外，|。据了解，)$/, '') + '。';
}

/**
 * A long article: about `chars` characters of ordinary Chinese text in paragraphs of 150–350
 * characters, with a visible gambling keyword list after the article body.
 */
export function largeArticlePage(chars = 100_000): { html: string; chars: number; keywords: string } {
  const r = rng(20240514);
  const paras: string[] = [];
  let n = 0;
  while (n < chars) {
    const p = paragraph(r, 150 + Math.floor(r() * 200));
    paras.push(p);
    n += p.length;
  }
  const keywords = FARM_TEXT.join('_');
  const body = `${menu()}
<div class="w" id="wrap">
  <div id="left">
    <div class="location">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/news/">新闻中心</a> &gt;&gt; 正文</div>
    <div class="article">
      <h1 class="title">奋进新征程 建功新时代——濮阳市推动县域经济高质量发展综述</h1>
      <div class="source"><span>2024-05-14 08:30</span><span>来源：濮阳日报</span><span>作者：孙振华 郭瑞</span></div>
      <div id="zoom">
        ${paras.map((p) => `<p>${p}</p>`).join('\n        ')}
      </div>
      <div class="editor">编辑：韩冰&#12288;审核：马立新</div>
    </div>
    <div style="font-size:14px;line-height:24px;color:#333;padding:10px 0">${keywords}</div>
  </div>
</div>
${footer()}`;
  const css = `.title{font-size:26px;text-align:center;margin:18px 0 8px}.source{text-align:center;font-size:12px;color:#888}.source span{margin:0 8px}#zoom p{text-indent:2em;font-size:16px;line-height:1.9;margin:0 0 14px}.editor{text-align:right;font-size:12px;color:#999}`;
  return { html: shell('奋进新征程 建功新时代——濮阳市推动县域经济高质量发展综述_濮阳网', css, body), chars: n, keywords };
}

/** The generated pages the cleaner's benchmark and its dev loops load, at the URLs they use. */
export function generatedPages() {
  const links = linkFarmPage(10_000);
  const article = largeArticlePage(100_000);
  return {
    links,
    article,
    pages: [
      { name: '10k-links', url: 'http://www.pyxw.qingdu.test/news/gd/index.html', html: links.html },
      { name: 'large-article', url: 'http://www.pyxw.qingdu.test/news/2024-05/14/content_5561999.html', html: article.html },
    ],
  };
}
