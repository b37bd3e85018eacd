/** The scan on small pages in jsdom, one hacked case and one trap per technique. (The full
 * golden fixtures run in Chromium: e2e/fixtures.e2e.test.ts.) */
import { describe, expect, it } from 'vitest';
import { ARTICLE, findings, page } from '../../tests/dom';
import { scan } from './scan';

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
    ['text-indent:-9999px', 'css-offscreen'],
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

  it('marks a whole hidden farm whose other links carry innocent words but leave the site too', () => {
    const doc = page(
      ARTICLE +
        `<div data-fx="farm" style="opacity:0"><a href="http://103.231.88.14/">各地代开发票联系电话</a><br><a href="http://45.195.12.77/bz/">办理毕业证学位证</a><br><a href="http://www.kzbz.com/">代办驾驶证不用考</a></div>`,
    );
    expect(findings(doc)).toEqual([{ reason: 'css-hidden', fx: 'farm', wrap: undefined }]);
  });

  it('marks a whole hidden farm of script-opened links and spans (javascript: hrefs, data-href), not its pieces', () => {
    const doc = page(
      ARTICLE +
        `<div data-fx="farm" style="display:none"><a href="javascript:void(0)" onclick="window.open('http://www.bjl8899.cn/')">百家乐网上娱乐</a><span data-href="http://www.ssc5577.com/">时时彩计划群</span><a href="javascript:;">新葡京注册送彩金</a><span data-href="http://www.ky3366qp.com/">开元棋牌官网</span></div>`,
    );
    expect(findings(doc)).toEqual([{ reason: 'css-hidden', fx: 'farm', wrap: undefined }]);
  });

  it('marks a block of white links, each link hiding itself, with an innocent one among them', () => {
    const links = Array.from({ length: 6 }, (_, i) => `<a href="http://www.x${i}k8${i}.xyz/" style="color:#fff">澳门葡京娱乐城${i}</a>`).join(' ');
    const doc = page(ARTICLE + `<div data-fx="w"><a href="http://www.lpgnt5.me/" style="color:#fff">黑户贷款秒下款</a> ${links}</div>`);
    expect(findings(doc)).toEqual([{ reason: 'css-color', fx: 'w', wrap: undefined }]);
  });

  it("keeps a hidden tab of a county's hospital links, one of them on a cheap TLD (a host alone is no verdict)", () => {
    const names = ['人民医院', '中医院', '妇幼保健院', '第二人民医院', '精神病医院', '疾病预防控制中心'];
    const tab = names.map((n, i) => `<a href="http://www.${['zprmyy', 'zpzyy', 'zpfy', 'zpey', 'zpjsb', 'zpcdc'][i]}.com/">镇平县${n}</a>`).join('');
    const doc = page(ARTICLE + `<div class="tabs"><div id="p3" style="display:none">${tab}<a href="http://www.zp120.top/">镇平县120急救中心</a></div></div>`);
    expect(findings(doc)).toEqual([]);
  });

  it('keeps the panes of tabs and the slides of a carousel that the page shows one at a time, not a farm hidden among them', () => {
    const links = (hosts: string[], names: string[]) => hosts.map((h, i) => `<a href="http://www.${h}/">${names[i]}</a>`).join(' ');
    const venues = links(['zzdjy.top', '0371ktv.com', 'zzjb.xyz', 'zzlivehouse.shop', 'xiaojuchang.fun'], ['郑州大剧院', '郑州KTV预订', '郑州剧本杀联盟', '7LiveHouse', '德化街小剧场']);
    const style = '<style>.ppane{display:none}.ppane.on{display:block}.slide{display:none}.slide.on{display:flex}</style>';
    const panes = `<div class="ptabs"><div class="ppane on"><a href="https://ent.sina.com.cn/">新浪娱乐</a></div><div class="ppane" data-fx="venues">${venues}</div>`;
    const slides = `<div id="adtop"><a class="slide on" href="http://www.jx8888.com/">江西8888购物网</a><a class="slide" href="http://www.ncwed.club/">南昌婚纱摄影</a><a class="slide" href="https://www.hcjz.shop/">洪城家政</a></div>`;
    expect(findings(page(ARTICLE + panes + '</div>' + slides, style))).toEqual([]);
    // The same links hidden by a class no visible sibling extends, or a farm that copies the
    // panes' class and hides itself inline: marked.
    expect(findings(page(ARTICLE + `<div class="ptabs"><div class="ppane on">新浪娱乐</div><div class="qq" data-fx="venues">${venues}</div></div>`, '<style>.qq{display:none}</style>'))).toEqual([{ reason: 'css-hidden', fx: 'venues', wrap: undefined }]);
    const copied = farm('display:none', 6, 'farm').replace('<div', '<div class="ppane"');
    expect(findings(page(ARTICLE + `<div class="ptabs"><div class="ppane on">新浪娱乐</div><div class="ppane">腾讯娱乐</div>${copied}</div>`, style))).toEqual([{ reason: 'css-hidden', fx: 'farm', wrap: undefined }]);
  });

  it("keeps the body of an accordion's closed item (its item is one of a list of which one is open), not a body with no open sibling item", () => {
    // An anti-fraud page's quoted scam ads, one category open at a time.
    const h1 = '<h1>【反诈课堂】这些“广告”千万别信！民警揭秘十大诈骗话术</h1><p>以下内容均为民警从受害人手机中提取的原文，请市民仔细辨别。</p>';
    const style = '<style>.acc-body{display:none}.acc-item.open .acc-body{display:block}</style>';
    const item = (open: boolean, body: string) => `<div class="acc-item${open ? ' open' : ''}"><h4>网络赌博类</h4><div class="acc-body">${body}</div></div>`;
    const quote = '<blockquote>【澳门威尼斯人官方直营】注册即送38元体验金，百家乐、龙虎斗、真人荷官24小时在线</blockquote>';
    expect(findings(page(h1 + `<div class="accordion">${item(true, '刷单就是诈骗')}${item(false, quote)}</div>`, style))).toEqual([]);
    expect(findings(page(h1 + `<div class="accordion">${item(false, '刷单就是诈骗')}${item(false, quote)}</div>`, style)).map((f) => f.reason)).toEqual(['css-hidden']);
  });

  it("keeps an inactive tab of news whose one headline names gambling, and marks a spam link slipped into it or a list that is mostly spam", () => {
    const news = ['国足世预赛名单公布', 'NBA：库里30分勇士胜', 'CBA：辽宁男篮三连胜', '梅西获年度最佳', '中超保级悬念', '全运会筹备进展', '马拉松赛事报名火爆', '竞彩足球周末赛事推荐'];
    const li = (text: string, href: string, fx = '') => `<li${fx && ` data-fx="${fx}"`}><a href="${href}">${text}</a></li>`;
    const tabs = (hidden: string) => `<div class="rank"><ol class="tab-panel">${news.map((t, i) => li(t, `https://news.ifeng.com/c/${i}`)).join('')}</ol><ol class="tab-panel" style="display:none">${hidden}</ol></div>`;
    const others = news.slice(0, 7).map((t, i) => li(t, `https://new.qq.com/rain/a/${i}`)).join('');
    expect(findings(page(ARTICLE + tabs(li('英超禁止博彩公司胸前广告', 'https://baijiahao.baidu.com/s?id=1') + others)))).toEqual([]);
    expect(findings(page(ARTICLE + tabs(li('澳门葡京娱乐城', 'http://www.pj8866.vip/', 's') + others)))).toEqual([{ reason: 'css-hidden', fx: 's', wrap: undefined }]);
    const mostly = ['澳门葡京娱乐城', '真人百家乐', '时时彩计划'].map((t, i) => li(t, `https://m.sina${i}.com/`, `m${i}`)).join('') + news.slice(0, 3).map((t, i) => li(t, `https://new.qq.com/rain/a/${i}`)).join('');
    expect(findings(page(ARTICLE + tabs(mostly))).map((f) => f.reason)).toContain('css-hidden');
  });

  it('keeps a collapsed list of news links about casinos on a page about gambling, and marks the same list elsewhere', () => {
    const list = `<ul data-fx="more" style="display:none"><li><a href="https://www.macaodaily.com/html/2024-05/01/content_1.htm">澳门一季度中场百家乐收入占比升至七成</a></li><li><a href="https://www.exmoo.com/article/2.html">澳门威尼斯人、新葡京等六大承批公司一季度业绩出炉</a></li><li><a href="https://www.hk01.com/article/3">银河娱乐首季经调整EBITDA按年升</a></li></ul>`;
    const body = (h1: string) => `<div class="article"><h1>${h1}</h1><p>${'据统计局数据，当月入境旅客人次按年上升，酒店入住率维持高位。'.repeat(4)}</p></div><a href="javascript:;">展开延伸阅读</a>${list}`;
    expect(findings(page(body('澳门4月博彩毛收入83.6亿澳门元 五一黄金周旅客回升')))).toEqual([]);
    expect(findings(page(body('五一黄金周我市接待游客同比增长两成')))).toEqual([{ reason: 'css-hidden', fx: 'more', wrap: undefined }]);
  });

  it("counts spam of another family than the page's topic: pharma and fake-brand links on a Macau paper's page, or on a page whose site name says 体育", () => {
    const pharma = `<div data-fx="rx" style="visibility:hidden">${['buy viagra online', 'cheap cialis no prescription', 'levitra generic online pharmacy', 'kamagra oral jelly buy'].map((t, i) => `<a href="https://www.healthrx-store${i}.com/">${t}</a>`).join(' ')}</div>`;
    const body = (h1: string) => `<div class="article"><h1>${h1}</h1><p>${'社区服务中心组织长者参加健康讲座，义工陪同出行。'.repeat(4)}</p></div>${pharma}`;
    for (const h1 of ['澳門社區長者健康講座圓滿舉行', '青州市教育和体育局召开暑期安全工作会议']) {
      expect(findings(page(body(h1)))).toEqual([{ reason: 'css-hidden', fx: 'rx', wrap: undefined }]);
    }
  });

  it("keeps a collapsed FAQ answer in a crackdown report's own words, and marks the same hidden phrases elsewhere", () => {
    const faq = `<div class="faq" data-fx="faq"><h3><button aria-controls="a0">什么样的信息属于淫秽色情信息？</button></h3><div id="a0" hidden><p>以“福利”“成人视频”“AV”等字眼引流的色情直播、裸聊交友网络内容。</p></div></div>`;
    const body = (h1: string) => `<div class="article"><h1>${h1}</h1><p>${'网信部门会同公安机关持续开展专项整治，督促平台落实主体责任。'.repeat(4)}</p></div>${faq}`;
    expect(findings(page(body('净网2024｜全省清理淫秽色情等有害信息12.3万条 查办案件86起')))).toEqual([]);
    expect(findings(page(body('全市中小学开展暑期防溺水安全教育')))).toMatchObject([{ reason: 'css-hidden' }]);
  });

  it('keeps the rest of a hidden section with text of its own, a hover menu, or on-site links around one spam link', () => {
    const spam = `<a href="http://www.x8k2.top/" data-fx="spam">澳门葡京娱乐城</a>`;
    const doc = page(
      ARTICLE +
        `<div style="display:none">更多报道请见合作媒体的专题页面。<a href="http://www.people.com.cn/">人民网</a><a href="http://www.xinhuanet.com/">新华网</a>${spam}</div>` +
        `<ul><li><a href="/links/">友情链接</a><div style="display:none"><a href="http://www.people.com.cn/">人民网</a><a href="http://www.xinhuanet.com/">新华网</a>${spam.replace('spam', 'spam2')}</div></li></ul>` +
        `<div style="display:none"><a href="/a/1.html">本站专题</a><a href="http://www.xinhuanet.com/">新华网</a>${spam.replace('spam', 'spam3')}</div>`,
    );
    expect(findings(doc).map((f) => f.fx)).toEqual(['spam', 'spam2', 'spam3']);
  });

  it('keeps a hidden tax-bureau menu whose 代开发票 link goes to the e-tax site (a government host is not off-site)', () => {
    const doc = page(
      `<div class="nav"><span>办税服务</span><div style="display:none"><a href="https://etax.hubei.chinatax.gov.cn/fp/dk">代开发票</a><a href="https://etax.hubei.chinatax.gov.cn/sb">网上申报</a><a href="https://etax.hubei.chinatax.gov.cn/fp/yz">发票查验</a></div></div>` + ARTICLE,
      '',
      'http://www.xiaogan.gov.cn/swj/bsfw/',
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

  it('marks an image link slipped into a row of image links by its alt text, and only its cell', () => {
    const cells = ['中国政府网', '山东省人民政府', '潍坊市人民政府', '中国文明网', '信用中国'].map((t, i) => `<td><a href="http://www.site${'abcde'[i]}.gov.cn/"><img src="/i/${i}.jpg" alt="${t}"></a></td>`);
    cells.splice(4, 0, '<td data-fx="img"><a href="http://www.pj8866.vip/?img"><img src="http://img.pj8866.vip/ad.gif" alt="澳门葡京娱乐场"></a></td>');
    const doc = page(ARTICLE + `<table><tr>${cells.join('')}</tr></table>`);
    expect(findings(doc)).toEqual([{ reason: 'link-intruder', fx: 'img', wrap: undefined }]);
  });

  it("marks casino links slipped into a 友情链接 row through the site's own redirect, not its partners' redirected links", () => {
    const doc = page(
      ARTICLE +
        `<div class="links">友情链接：<a href="/go.php?url=http%3A%2F%2Fwww.gov.cn%2F">中国政府网</a> <a href="/go.php?url=${btoa('http://www.people.com.cn/')}">人民网</a> <a data-fx="a" href="/go.php?url=http%3A%2F%2Fwww.js2828vip.com%2F">金沙娱乐城</a> <a data-fx="b" href="/go.php?url=${btoa('http://www.pj7788vip.com/')}">葡京娱乐官网</a> <a href="/go.php?url=http://www.xinhuanet.com/">新华网</a></div>`,
    );
    expect(findings(doc)).toEqual([
      { reason: 'link-intruder', fx: 'a', wrap: undefined },
      { reason: 'link-intruder', fx: 'b', wrap: undefined },
    ]);
  });

  it('marks an injected table row with its date cell, and a list item with its date', () => {
    const row = (href: string, text: string, fx = '') => `<tr${fx && ` data-fx="${fx}"`}><td>·<a href="${href}">${text}</a></td><td>2024-09-05</td></tr>`;
    const doc = page(
      ARTICLE +
        `<table>${row('/art/1.html', '关于开展燃气安全隐患排查整治的通知')}${row('http://www.hgw3088.top/', '皇冠现金网-皇冠体育投注官网', 'row')}${row('/art/2.html', '2024年秋冬季森林防火工作方案')}</table>` +
        `<ul><li><a href="/art/3.html">区政府召开常务会议</a><span>09-06</span></li><li data-fx="li"><a href="http://www.amjs8866.xyz/">澳门葡京娱乐城百家乐</a><span>09-05</span></li></ul>`,
    );
    expect(findings(doc)).toEqual([
      { reason: 'link-intruder', fx: 'row', wrap: undefined },
      { reason: 'link-intruder', fx: 'li', wrap: undefined },
    ]);
  });

  it('keeps a lone casino link on a page about gambling when its host is an ordinary one (Macau gaming revenue)', () => {
    const doc = page(
      `<div class="article"><h1>四月份幸運博彩毛收入187億澳門元</h1><p>博彩監察協調局公佈，四月份幸運博彩毛收入為186.5億澳門元。</p>
       <table><tr><td>1</td><td><a href="https://www.sjmholdings.com/">澳門博彩股份有限公司</a></td></tr><tr><td>2</td><td><a href="https://www.melco-resorts.com/">新濠博亞博彩（澳門）股份有限公司</a></td></tr></table>
       <p>據<a href="https://www.sjmholdings.com/ir/">澳門博彩控股有限公司</a>公佈的年報，其收入按年上升。</p>
       <ul><li><a href="https://www.dicj.gov.mo/web/cn/">博彩監察協調局：每月幸運博彩毛收入統計</a></li></ul></div>
       <ul><li><a href="/detail/1.html">澳門旅遊局推出冬季旅遊活動</a></li><li><a href="/detail/2.html">統計暨普查局公佈第三季人口數字</a></li><li data-fx="in"><a href="http://www.am8811.vip/">澳门葡京娱乐城</a></li></ul>`,
      '<title>四月份幸運博彩毛收入187億澳門元 - 新聞局</title>',
      'https://www.gcs.gov.mo/detail/zh-hant/N24EAxyzab',
    );
    expect(findings(doc)).toEqual([{ reason: 'link-intruder', fx: 'in', wrap: undefined }]);
  });

  it("marks spam <area>s of a newspaper page's image map by their alt text, not the map or the page image", () => {
    const area = (href: string, alt: string, fx = '') => `<area${fx && ` data-fx="${fx}"`} shape="rect" coords="0,0,3,3" href="${href}" alt="${alt}">`;
    const doc = page(
      ARTICLE +
        `<div class="ep-left"><img src="page01.jpg" usemap="#m" alt="第01版：要闻"><map name="m">${area('content_1.htm', '我市一季度经济运行实现开门红')}${area('content_2.htm', '义乌小商品城迎来外商采购潮')}${area('http://www.amyh.com/', '澳门银河娱乐场', 'a1')}${area('content_3.htm', '金义新区重点项目集中签约')}${area('content_4.htm', '婺城区打造15分钟健身圈')}${area('content_5.htm', '铁路金华南站改造工程启动')}</map></div>`,
    );
    expect(findings(doc)).toEqual([{ reason: 'link-intruder', fx: 'a1', wrap: undefined }]);
  });

  it('marks a lone off-site link whose words and host are each half-way to spam (a tag row)', () => {
    const doc = page(ARTICLE + `<div class="tags">Tags：<a href="/tags.php?/春茶/">春茶</a> <a href="/tags.php?/茶农/">茶农</a> <a data-fx="t" href="http://www.hgyl.xyz/">皇冠娱乐平台</a> <a href="http://www.hgyl.com/">皇冠娱乐平台</a> 责任编辑：admin</div>`);
    expect(findings(doc)).toEqual([{ reason: 'link-intruder', fx: 't', wrap: undefined }]);
  });

  it('keeps a labelled ad that passes no rank (rel=sponsored, nofollow), and marks the same link without it', () => {
    const ad = (rel: string) => `<div class="ad" data-fx="ad"><span class="lbl">广告</span><a href="https://www.xiangyue-qipai.top/"${rel}>相约棋牌茶社（市南区）：休闲茶座、自动麻将机包间，文明娱乐，拒绝赌博</a></div>`;
    expect(findings(page(ARTICLE + ad(' rel="sponsored nofollow"')))).toEqual([]);
    expect(findings(page(ARTICLE + ad('')))).toEqual([{ reason: 'link-intruder', fx: 'ad', wrap: undefined }]);
  });

  it('marks a lone off-site link named after a betting platform on an ordinary host, not a lone strong word there', () => {
    const nav = (text: string) => `<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news/">新闻中心</a></li><li><a href="/zw/">政务公开</a></li><li data-fx="li"><a href="https://m.aiyouxi-tiyu.com/?code=cp88">${text}</a></li></ul>`;
    expect(findings(page(nav('爱游戏体育') + ARTICLE))).toEqual([{ reason: 'link-intruder', fx: 'li', wrap: undefined }]);
    // 伟德 is strong but also a given name: a lone link needs more than that on an ordinary host.
    expect(findings(page(nav('伟德') + ARTICLE))).toEqual([]);
  });

  it('wraps lottery-tip titles joined by 丨 after the byline of the last paragraph, not the paragraph', () => {
    const doc = page(`<div class="article"><h1>文明城市创建 我们在行动</h1><p data-fx="p">志愿者们身穿红马甲，在路口劝导行人文明过马路。（记者 张明）2024澳门今晚开什么特马丨新澳门资料大全正版资料丨澳门一肖一码100准免费资料丨管家婆一码一肖100中奖</p></div>`);
    const f = scan(doc);
    expect(f.map((x) => [x.reason, x.element.getAttribute('data-fx')])).toEqual([['keyword-list', 'p']]);
    const { wrap } = f[0]!;
    expect(wrap!.data.slice(wrap!.start, wrap!.end)).toContain('管家婆一码一肖100中奖');
    expect(wrap!.data.slice(0, wrap!.start)).toContain('志愿者们身穿红马甲');
  });

  it("keeps a recommendation feed's news headline about casino revenue, and marks a keyword title there", () => {
    const feed = (text: string) => `<div class="feed"><h3><a href="https://www.163.com/dy/article/J1.html">河南多地迎来降雪 交通部门全力保畅</a></h3><h3 data-fx="h"><a href="https://www.163.com/dy/article/J2.html">${text}</a></h3><h3><a href="https://www.163.com/dy/article/J3.html">郑州地铁新线路年底开通</a></h3></div>`;
    expect(findings(page(ARTICLE + feed('澳门11月博彩毛收入同比增长，旅客量恢复至疫情前九成')))).toEqual([]);
    expect(findings(page(ARTICLE + feed('澳门博彩平台官网')))).toEqual([{ reason: 'link-intruder', fx: 'h', wrap: undefined }]);
  });

  it('marks two spam logos slipped into a row of partner logos, not the row', () => {
    const logo = (href: string, alt: string, fx = '') => `<li${fx && ` data-fx="${fx}"`}><a href="${href}"><img src="/l/${alt.length}.png" alt="${alt}"></a></li>`;
    const doc = page(ARTICLE + `<ul class="partners">${logo('http://www.gov.cn/', '中国政府网')}${logo('http://www.kaiyun-ty8.vip/', '开云体育官网', 'a')}${logo('http://www.people.com.cn/', '人民网')}${logo('http://www.xinhuanet.com/', '新华网')}${logo('http://www.aiyouxi88.top/', '爱游戏体育', 'b')}${logo('http://www.cctv.com/', '央视网')}</ul>`);
    expect(findings(doc)).toEqual([
      { reason: 'link-intruder', fx: 'a', wrap: undefined },
      { reason: 'link-intruder', fx: 'b', wrap: undefined },
    ]);
  });

  it('marks a lone certificate-forging link in a sidebar list, not a link about replacing a lost diploma', () => {
    const list = (text: string) => `<ul class="side"><li><a href="/a/1.html">我校召开新学期教学工作会议</a></li><li data-fx="li"><a href="http://www.zhengshu-ban.com/">${text}</a></li><li><a href="/a/2.html">高三年级举行百日誓师大会</a></li></ul>`;
    expect(findings(page(ARTICLE + list('办理高中毕业证 学历证书代办')))).toEqual([{ reason: 'link-intruder', fx: 'li', wrap: undefined }]);
    expect(findings(page(ARTICLE + list('高中毕业证遗失补办流程')))).toEqual([]);
  });

  it("marks an option with no address whose words are strong spam, not a game's name in a Macau statistics page's list", () => {
    const select = (label: string) => `<select><option>往期回顾</option><option>2024年11月15日</option><option data-fx="opt">${label}</option><option>2024年11月14日</option></select>`;
    expect(findings(page(ARTICLE + select('久久精品国产亚洲AV')))).toEqual([{ reason: 'link-intruder', fx: 'opt', wrap: undefined }]);
    expect(findings(page(ARTICLE + select('2024年11月13日')))).toEqual([]);
    const stats = `<div class="article"><h1>澳門幸運博彩毛收入按年上升</h1><p>博彩監察協調局公佈各類博彩遊戲的毛收入。</p><select><option>全部</option><option>百家樂</option><option>真人百家樂</option><option>角子機</option><option>輪盤</option></select></div>`;
    expect(findings(page(stats, '<title>澳門幸運博彩毛收入按年上升 - 博彩監察協調局</title>'))).toEqual([]);
  });

  it('marks an option whose medium words go to a spam-looking host, not the same words to the resort', () => {
    const select = (value: string) => `<select><option>县直部门网站</option><option value="http://fgw.gaotang.gov.cn/">县发改局</option><option data-fx="opt" value="${value}">威尼斯人在线</option><option value="http://jy.gaotang.gov.cn/">县教育局</option></select>`;
    expect(findings(page(ARTICLE + select('https://wns769.vip/')))).toEqual([{ reason: 'link-intruder', fx: 'opt', wrap: undefined }]);
    expect(findings(page(ARTICLE + select('https://www.venetianmacao.com/')))).toEqual([]);
  });

  it("keeps a news paragraph whose sentences each name a Macau resort on a page about gaming revenue, and marks it elsewhere", () => {
    const p = '<p data-fx="p">六家承批公司近期均加大非博彩元素投資。金沙中國表示，倫敦人綜合度假村第二期工程已完成，威尼斯人綜藝館全年演出場次將增至逾百場；澳博旗下上葡京持續引入國際品牌餐飲；銀河娛樂則計劃於明年開放新的會展設施。</p>';
    expect(findings(page(`<div class="article"><h1>八月賭收196.9億 創疫後新高</h1><p>博彩監察協調局公佈，八月份幸運博彩毛收入按年上升。</p>${p}</div>`))).toEqual([]);
    expect(findings(page(`<div class="article"><h1>樱桃节开幕 游客纷至沓来</h1><p>今年的樱桃节吸引了大批游客前来采摘。</p>${p}</div>`))).toEqual([{ reason: 'keyword-list', fx: 'p', wrap: undefined }]);
  });

  it('marks a paragraph stuffed with casino brands like a news sentence, but not on a page about gambling, shown or collapsed', () => {
    const stuffed = '据了解，澳门新葡京、威尼斯人娱乐城、金沙娱乐场、太阳城集团、银河娱乐、永利皇宫、百家乐真人荷官等各大平台近期纷纷推出线上活动，首存即送88元彩金。';
    const festival = page(`<div class="article"><h1>樱桃节开幕 游客纷至沓来</h1><p>今年的樱桃节吸引了大批游客前来采摘。</p><p data-fx="s">${stuffed}</p><p>活动将持续到下月底。</p></div>`);
    expect(findings(festival)).toEqual([{ reason: 'keyword-list', fx: 's', wrap: undefined }]);
    const revenue = `<div class="article"><h1>澳门博彩毛收入按年上升</h1><p>${stuffed}</p><div style="display:none"><p>${stuffed}</p></div></div>`;
    expect(findings(page(revenue, '<title>澳门博彩毛收入按年上升</title>'))).toEqual([]);
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

  it("keeps a title that is the page's own <h1>, whole or shortened to its first words, and marks a stuffed one that only shares a word", () => {
    const h1 = '<h1>澳门5月博彩毛收入202亿澳门元 同比增长三成 中场业务贡献超七成</h1><p>澳门博彩监察协调局公布的数据显示，5月博彩毛收入同比增长三成。</p>';
    for (const title of ['澳门5月博彩毛收入202亿澳门元 同比增长三成 中场业务贡献超七成_湾区财经', '澳门5月博彩毛收入202亿澳门元 同比增长三成_湾区财经']) {
      expect(findings(page(h1, `<title>${title}</title>`))).toEqual([]);
    }
    expect(findings(page(h1, '<title>澳门新葡京_百家乐官网_澳门博彩_六合彩资料大全_湾区财经</title>')).map((f) => f.reason)).toEqual(['title-hijack']);
  });

  it("keeps a portal's longer news-sentence title that starts as its <h1> does, not a keyword title that starts so", () => {
    const h1 = '<h1>澳门11月博彩毛收入183亿澳门元 同比增长约14%</h1><p>澳门博彩监察协调局公布，11月幸运博彩毛收入为183.2亿澳门元。</p>';
    expect(findings(page(h1, '<title>澳门11月赌收183亿澳门元，中场百家乐贡献过半，银河娱乐、金沙中国股价齐涨_新浪财经_新浪网</title>'))).toEqual([]);
    expect(findings(page(h1, '<title>澳门11月葡京娱乐城_百家乐官网_六合彩资料大全_新浪财经</title>')).map((f) => f.reason)).toEqual(['title-hijack']);
  });

  it("marks a title of strong spam words (not stuffed) over the og:title it does not hold, not a site-name og:title's page", () => {
    const og = '<meta property="og:title" content="县人民医院胸痛中心顺利通过国家标准版认证">';
    expect(findings(page(ARTICLE, `<title>開雲體育(中國)官方網站·IOS/安卓通用版/手機APP下載 - 東陵新聞網</title>${og}`)).map((f) => f.reason)).toEqual(['title-hijack']);
    const site = '<meta property="og:title" content="东陵新闻网">';
    expect(findings(page(ARTICLE, `<title>开云体育官方网站举办公益活动_东陵新闻网</title>${site}`))).toEqual([]);
    expect(findings(page(ARTICLE, `<title>開雲體育(中國)官方網站·IOS/安卓通用版/手機APP下載 - 東陵新聞網</title>`))).toEqual([]);
  });

  it("restores a hijacked title from a government site's ArticleTitle when its <h1> is the site's banner", () => {
    const doc = page(`<div class="banner"><h1>息县人民政府</h1></div><div class="article"><p>各乡镇人民政府，县政府各部门：现将有关事项通知如下。</p></div>`, '<title>澳门新葡京_百家乐官网_时时彩开奖_六合彩资料大全</title><meta name="ArticleTitle" content="息县人民政府办公室关于切实做好2024年汛期安全防范工作的通知">');
    expect(scan(doc).map((f) => f.realTitle)).toEqual(['息县人民政府办公室关于切实做好2024年汛期安全防范工作的通知']);
  });

  it("keeps a forum thread's title that its <h1> holds after the thread's type", () => {
    const doc = page('<h1><a href="forum.php?typeid=3">[防骗提醒]</a> <span>被网赌骗了3万多，说说我的经历，大家千万别信什么“澳门娱乐平台”</span></h1><p>去年有人拉我进群，说在澳门娱乐平台上投注稳赚不赔。</p>', '<title>被网赌骗了3万多，说说我的经历，大家千万别信什么“澳门娱乐平台” - 民生热线 - 沂水论坛</title>');
    expect(findings(doc)).toEqual([]);
  });

  it('takes the headline from an <h2> when the <h1> is the site name the title ends with (DedeCMS)', () => {
    const doc = page(
      `<div class="header"><h1><a href="/">金华教育信息网</a></h1></div><div class="box"><h2>相关新闻</h2></div><div class="viewbox"><h2>金华市召开2024年中考中招工作会议</h2><p>会议部署了今年的中考中招工作。</p></div>`,
      '<title>澳门新葡京_百家乐官网_时时彩开奖_六合彩资料大全_金华教育信息网</title>',
    );
    expect(scan(doc).map((f) => f.realTitle)).toEqual(['金华市召开2024年中考中招工作会议']);
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

  it('reads engine names written as \\x escapes or atob(), and an overlay built after a long list of engines', () => {
    const doc = page(
      ARTICLE +
        `<script data-fx="a">var e=[atob('YmFpZHU='),atob('c29nb3U=')],r=document.referrer;for(var i=0;i<e.length;i++)if(r.indexOf(e[i])>-1)top.location.href="/go.php";</script>
         <script data-fx="o">(function(){var r=document.referrer||"";var s=["\\x62aidu.com","\\x73ogou.com","s\\x6f.com","s\\x6d.cn","\\x62ing.com","\\x67oogle."];for(var i=0;i<s.length;i++){if(r.indexOf(s[i])!=-1){document.addEventListener("DOMContentLoaded",function(){var d=document.createElement("div");d.setAttribute("class","ov");d.style.cssText="position:fixed;left:0;top:0;width:100%;height:100%;z-index:2147483647;background:#fff";d.innerHTML='<iframe src="http://www.am8811.vip/?tg=8812" width="100%" height="100%"></iframe>';document.body.appendChild(d);});break;}}})();</script>
         <script>(function(){var ref=document.referrer||'';var engines=['baidu.com','sogou.com','so.com','sm.cn','bing.com','google.'];for(var i=0;i<engines.length;i++){if(ref.indexOf(engines[i])>-1){document.getElementById('ref-tip').style.display='block';break;}}})();
         function shareTo(t){var u=encodeURIComponent(location.href),ti=encodeURIComponent(document.title);if(t==='weibo')window.open('https://service.weibo.com/share/share.php?url='+u+'&title='+ti);}</script>`,
    );
    expect(findings(doc)).toEqual([
      { reason: 'search-redirect', fx: 'a', wrap: undefined },
      { reason: 'search-redirect', fx: 'o', wrap: undefined },
    ]);
  });

  it('marks invisible spam iframes and noscript link blocks, not tag-manager frames', () => {
    const doc = page(
      ARTICLE +
        `<iframe data-fx="f" src="http://www.7tb3x.top/" width="0" height="0"></iframe>
         <iframe data-fx="g" src="//www.hg0088-vip.com/tz/index.html?k=hgty" width="0" height="0"></iframe>
         <iframe src="https://s95.cnzz.com/stat.htm?id=1280046695&web_id=1280046695" width="0" height="0"></iframe>
         <iframe src="https://ta.trs.cn/c/iframe/stat.html?mpid=4012" width="0" height="0"></iframe>
         <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-X" height="0" width="0" style="display:none"></iframe></noscript>
         <noscript data-fx="n"><a href="http://www.x1y2.xyz/">澳门葡京</a><a href="http://www.k9z8.top/">百家乐</a></noscript>`,
    );
    expect(findings(doc)).toEqual([
      { reason: 'iframe-hidden', fx: 'f', wrap: undefined },
      { reason: 'iframe-hidden', fx: 'g', wrap: undefined },
      { reason: 'noscript-links', fx: 'n', wrap: undefined },
    ]);
  });
});

describe("rt11/rt12's rules", () => {
  it('marks a lone link alone, not the line whose label the site wrote before it', () => {
    const doc = page(ARTICLE + `<p data-fx="next">下一篇：<a data-fx="nx" href="http://www.k8x2m9.top/">新澳门资料大全正版资料2024年免费下载</a></p>`);
    expect(findings(doc)).toEqual([{ reason: 'link-intruder', fx: 'nx', wrap: undefined }]);
  });

  it("takes a link to a spider pool's parasite page on the site itself for another site's", () => {
    const tags = (href: string) => page(ARTICLE + `<div class="tags">标签：<a href="/tag/jiaoyu/">教育</a> <a href="/tag/xiaoyuan/">校园</a> <a data-fx="p" href="${href}">同城约炮</a></div>`);
    expect(findings(tags('/?id=3kd81m.html'))).toEqual([{ reason: 'link-intruder', fx: 'p', wrap: undefined }]);
    expect(findings(tags('/tag/yuepao.html'))).toEqual([]);
    expect(findings(tags('/?id=2024.html'))).toEqual([]);
  });

  it('marks a text of strong words that writes out a spam-looking address, not one that names an ordinary site', () => {
    const comment = (host: string) => page(ARTICLE + `<ul><li>学校周边的交通确实需要整治。</li><li data-fx="c">下载APP注册送88元，首存送100%，天天返水无上限，官方网址${host}</li></ul>`);
    expect(findings(comment('www.js3983.vip'))).toEqual([{ reason: 'keyword-list', fx: 'c', wrap: undefined }]);
    expect(findings(comment('www.example.com'))).toEqual([]);
  });
});

