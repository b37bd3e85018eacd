/** The scan on small pages in jsdom, one hacked case and one trap per technique. (The full
 * golden fixtures run in Chromium: e2e/fixtures.e2e.test.ts.) */
import { describe, expect, it } from 'vitest';
import { ARTICLE, findings, page } from '../../tests/dom';

const farm = (style: string, n = 6, fx = 'farm') =>
  `<div data-fx="${fx}" style="${style}">${Array.from({ length: n }, (_, i) => `<a href="http://www.x${i}k8${i}.xyz/">澳门葡京娱乐城${i}</a>`).join(' ')}</div>`;

describe('hidden link farms', () => {
  it.each([
    ['display:none', 'css-hidden'],
    ['visibility:hidden', 'css-hidden'],
    ['opacity:0', 'css-hidden'],
    ['position:absolute;left:-9999px;top:-9999px', 'css-offscreen'],
    ['font-size:0', 'css-tiny'],
    ['height:0;overflow:hidden;display:block', 'css-tiny'],
    ['position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)', 'css-tiny'],
    ['text-indent:-9999px', 'css-tiny'],
    ['position:relative;z-index:-1', 'css-behind'],
  ])('marks the block hidden by %s as %s', (style, reason) => {
    expect(findings(page(ARTICLE + farm(style)))).toEqual([{ reason, fx: 'farm', wrap: undefined }]);
  });

  it('marks links coloured like their background, not white text on a dark banner', () => {
    const doc = page(`<div class="banner" style="background:#8b0000;color:#fff"><a href="/" style="color:#fff">东昌府区人民政府</a></div>` + ARTICLE + farm('color:#fefefe', 4), '<style>[data-fx=farm] a{color:#fefefe}</style>');
    expect(findings(doc)).toEqual([{ reason: 'css-color', fx: 'farm', wrap: undefined }]);
  });

  it('marks a block hidden by a class rule in a <style> block', () => {
    const doc = page(ARTICLE + `<div class="sr-only">当前位置</div><div class="a8x" data-fx="farm"><a href="http://amjs8866.com/">百家乐</a><a href="http://www.b7k2.top/">时时彩</a></div>`, '<style>.a8x,.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}</style>');
    expect(findings(doc)).toEqual([{ reason: 'css-tiny', fx: 'farm', wrap: undefined }]);
  });

  it('marks the hidden attribute and a tiny marquee', () => {
    const doc = page(ARTICLE + `<div hidden data-fx="a"><a href="http://x1.xyz/">澳门赌场</a></div><marquee width="1" height="1" data-fx="b"><a href="http://x2.top/">真人视讯</a><a href="http://x3.top/">百家乐</a></marquee>`);
    expect(findings(doc)).toEqual([
      { reason: 'css-hidden', fx: 'a', wrap: undefined },
      { reason: 'marquee-tiny', fx: 'b', wrap: undefined },
    ]);
  });

  it('keeps hidden legitimate UI: menus, share menus, skip links, sr-only labels', () => {
    const doc = page(
      `<a href="#main" style="position:absolute;left:-9999px">跳到主要内容</a>
       <ul style="display:none"><li><a href="/news/">新闻中心</a></li><li><a href="/gk/">政务公开</a></li><li><a href="/zt/">澳门回归25周年专题</a></li></ul>
       <div style="display:none"><a href="http://service.weibo.com/share">微博</a><a href="http://sns.qzone.qq.com/">QQ空间</a><a href="https://www.douban.com/share">豆瓣</a></div>
       <h1 style="text-indent:-9999px;overflow:hidden"><a href="/">聊城新闻网</a></h1>
       <span class="sr-only" style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)">搜索</span>` + ARTICLE,
    );
    expect(findings(doc)).toEqual([]);
  });

  it('keeps a hidden submenu of a lottery site and sr-only text about gambling crackdowns', () => {
    const doc = page(`<ul style="display:none"><li><a href="/ssq/">双色球</a></li><li><a href="/dlt/">大乐透</a></li><li><a href="/3d/">福彩3D</a></li></ul><span style="font-size:0">打击网络赌博专项行动</span>` + ARTICLE);
    expect(findings(doc)).toEqual([]);
  });
});

describe('visible spam', () => {
  it('marks a visible |-separated gambling link list after the footer', () => {
    const list = `<div data-fx="list">${Array.from({ length: 8 }, (_, i) => `<a href="http://www.s${i}x${i}9.top/">澳门威尼斯人${i}</a>`).join(' | ')}</div>`;
    const doc = page(ARTICLE + `<div class="footer">版权所有：东昌府区人民政府 | <a href="/map">网站地图</a> | <a href="http://www.gov.cn/">中国政府网</a></div>` + list);
    expect(findings(doc)).toEqual([{ reason: 'keyword-list', fx: 'list', wrap: undefined }]);
  });

  it('wraps a keyword list written inside a legitimate footer', () => {
    const doc = page(ARTICLE + `<div class="foot" data-fx="foot">推薦閱讀 相關新聞 国产精品gz久久久| 国内精品久久久久影院薰衣草| 亚洲国产香蕉人人爽成AV片久久| 伊人久久大香线蕉综合热线| 久久一日本道色综合久久|</div>`);
    const f = findings(doc);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ reason: 'keyword-list' });
    expect(f[0]!.wrap).toMatch(/^国产精品gz久久久\|.*久久\|$/);
  });

  it('marks a keyword list in its own element, not the site line around it', () => {
    const list = '国产精品久久久久精品 亚洲欧美日韩综合一区 无码人妻精品一区二区三区 日韩AV在线观看 久久精品国产99国产精品';
    const doc = page(ARTICLE + `<div class="foot"><p>版权所有：铜梁日报社</p><p>违法和不良信息举报电话：12377\u3000<span data-fx="list">${list}</span></p></div>`);
    expect(findings(doc)).toEqual([{ reason: 'keyword-list', fx: 'list', wrap: undefined }]);
    // all the element holds: the element is the list
    const alone = page(ARTICLE + `<div class="foot"><p>版权所有：铜梁日报社</p></div><div data-fx="list"><span>${list}</span></div>`);
    expect(findings(alone)).toEqual([{ reason: 'keyword-list', fx: 'list', wrap: undefined }]);
  });

  it('reads long texts of the page, never the source of scripts and style sheets', () => {
    const list = Array.from({ length: 30 }, (_, i) => `国产精品gz久久久${i}| 亚洲国产香蕉人人爽成AV片久久${i}`).join('| ');
    expect(list.length).toBeGreaterThan(256);
    const doc = page(
      ARTICLE +
        `<script>var tags = "${list}";</script><style>/* ${list} */ p { margin: 0 }</style><script>var t = "国产精品gz久久久| 亚洲国产香蕉人人爽成AV片久久| 伊人久久大香线蕉综合热线";</script>` +
        `<div data-fx="long">${list}</div>`,
    );
    expect(findings(doc)).toEqual([{ reason: 'keyword-list', fx: 'long', wrap: undefined }]);
  });

  it('marks a single gambling link slipped into a 友情链接 row, and spam options in a <select>', () => {
    const doc = page(
      ARTICLE +
        `<div class="links">友情链接：<a href="http://www.gov.cn/">中国政府网</a> <a href="http://www.shandong.gov.cn/">山东省人民政府</a> <a data-fx="in" href="http://www.amjs8866.com/">澳门葡京娱乐城</a> <a href="http://www.people.com.cn/">人民网</a></div>
         <select><option>部门网站</option><option value="http://fgw.dcfq.gov.cn/">区发改局</option><option data-fx="opt" value="http://www.bet365x.xyz/">bet365体育投注</option><option value="http://jy.dcfq.gov.cn/">区教育局</option></select>`,
    );
    expect(findings(doc)).toEqual([
      { reason: 'link-intruder', fx: 'in', wrap: undefined },
      { reason: 'link-intruder', fx: 'opt', wrap: undefined },
    ]);
  });

  it('keeps anti-gambling news, lottery pages, Macau sports and government footers', () => {
    const doc = page(
      `<div class="article"><h1>我市破获特大网络赌博案</h1><p>近日，市公安局破获一起网络赌博案。涉案的“澳门葡京”“百家乐”“真人娱乐”等网站均为境外赌博平台。</p><p>其中澳门葡京、百家乐、真人娱乐等平台诱骗群众参赌，警方提醒广大市民远离网络赌博。</p></div>
       <ul class="related"><li><a href="/a/1.html">警方捣毁“百家乐”赌博窝点</a></li><li><a href="/a/2.html">谨防“六合彩”诈骗陷阱</a></li><li><a href="/a/3.html">扫黄打非专项行动取得成效</a></li></ul>
       <ul class="lottery"><li><a href="http://www.cwl.gov.cn/">中国福利彩票</a></li><li><a href="http://www.lottery.gov.cn/">中国体育彩票</a></li><li><a href="/kj/ssq.html">双色球开奖公告</a></li><li><a href="/kj/dlt.html">大乐透开奖</a></li></ul>
       <p><a href="http://sports.sina.com.cn/">澳门队在东亚运动会上夺得金牌</a>，他赌气离开。</p>
       <div class="footer"><a href="http://www.gov.cn/">中国政府网</a> | <a href="http://www.shandong.gov.cn/">山东省人民政府</a> | <a href="http://www.liaocheng.gov.cn/">聊城市人民政府</a> | <a href="http://www.people.com.cn/">人民网</a> | <a href="http://www.xinhuanet.com/">新华网</a></div>`,
    );
    expect(findings(doc)).toEqual([]);
  });
});

describe('document techniques', () => {
  it('marks empty junk tags sharing a random id, outermost only, and not a wrapper of content', () => {
    const doc = page(`<noscript id="lnez7" data-fx="j1"></noscript><blockquote id="lnez7" data-fx="j2"><pre id="lnez7"></pre></blockquote><blockquote id="lnez7" data-fx="j3"></blockquote><blockquote id="lnez7"><p>正文内容在这里</p></blockquote>` + ARTICLE);
    expect(findings(doc)).toEqual(['j1', 'j2', 'j3'].map((fx) => ({ reason: 'junk-tags', fx, wrap: undefined })));
  });

  it('keeps repeated ordinary ids and empty icon tags', () => {
    const doc = page(`<div id="content"></div><div id="content"></div><div id="content"></div><i class="icon"></i><i class="icon"></i><a id="top"></a>` + ARTICLE);
    expect(findings(doc)).toEqual([]);
  });

  it('marks a hijacked title and finds the real headline', () => {
    const doc = page(ARTICLE, '<title>&#28595;&#38376;&#33889;&#20140;&#23089;&#20048;&#22478;_真人百家乐</title><meta property="og:title" content="东昌府区全面打响创城工作攻坚战">');
    const f = findings(doc);
    expect(f).toEqual([{ reason: 'title-hijack', fx: null, wrap: undefined }]);
  });

  it('marks stuffed meta descriptions but not crackdown keywords', () => {
    const doc = page(ARTICLE, '<meta name="description" content="澳门葡京娱乐城,百家乐,真人视讯,时时彩"><meta name="keywords" content="扫黄打非,网络赌博,专项行动">');
    expect(findings(doc).map((f) => f.reason)).toEqual(['meta-stuffed']);
  });

  it('marks a referrer-cloaking redirect script, not analytics', () => {
    const doc = page(
      ARTICLE +
        `<script data-fx="r">var r=document.referrer;if(r.indexOf("baidu")>-1||r.indexOf("sogou")>-1){window.location.href="http://www.amjs8866.xyz/";}</script>
         <script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?abc";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
         <script>if(document.referrer.indexOf('baidu.com')>-1){document.getElementById('w').textContent='欢迎来自搜索引擎的读者';}</script>`,
    );
    expect(findings(doc)).toEqual([{ reason: 'search-redirect', fx: 'r', wrap: undefined }]);
  });

  it('marks invisible spam iframes and noscript link blocks, not tag-manager frames', () => {
    const doc = page(
      ARTICLE +
        `<iframe data-fx="f" src="http://www.7tb3x.top/" width="0" height="0"></iframe>
         <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-X" height="0" width="0" style="display:none"></iframe></noscript>
         <noscript data-fx="n"><a href="http://www.x1y2.xyz/">澳门葡京</a><a href="http://www.k9z8.top/">百家乐</a></noscript>`,
    );
    expect(findings(doc)).toEqual([
      { reason: 'iframe-hidden', fx: 'f', wrap: undefined },
      { reason: 'noscript-links', fx: 'n', wrap: undefined },
    ]);
  });
});
