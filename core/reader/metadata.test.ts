import { describe, expect, it } from 'vitest';
import { load } from '../../tests/reader-fixtures/load';
import { chooseTitle, isInfoLine, parseInfoLine, readPageFacts, titleSegments } from './metadata';

const doc = (body: string, head = '', title = '') =>
  load(`<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`, 'http://www.a.gov.cn/art/1.html').window.document;

describe('info lines', () => {
  it('reads 来源, writers and the date, as the page shows them', () => {
    expect(parseInfoLine('发布时间：2024-05-06 09:30　来源：县融媒体中心　作者：记者 张三 通讯员 李四　浏览次数：1268')).toEqual({
      published: '2024-05-06 09:30',
      source: '县融媒体中心',
      byline: '记者 张三 通讯员 李四',
    });
    expect(parseInfoLine('2018-03-27 10:26:00 來源: 聊城日報 作者:')).toEqual({ published: '2018-03-27 10:26:00', source: '聊城日報' });
    expect(parseInfoLine('本报记者 刘晓东 通讯员 陈佳　2024-05-21 07:30')).toEqual({ byline: '本报记者 刘晓东 通讯员 陈佳', published: '2024-05-21 07:30' });
    expect(parseInfoLine('日期：2024年6月3日 下午2:20 信息来源：县政府办公室')).toEqual({ published: '2024年6月3日 下午2:20', source: '县政府办公室' });
  });

  it('names editors only when no writer is named', () => {
    expect(parseInfoLine('责任编辑：李润杰')).toEqual({ byline: '责任编辑 李润杰' });
    expect(parseInfoLine('作者：王敏 责任编辑：张丽')).toEqual({ byline: '王敏' });
  });

  it('stops a value at view counters, share buttons and comment counts', () => {
    expect(parseInfoLine('作者：记者 何静 评论(8)').byline).toBe('记者 何静');
    expect(parseInfoLine('来源：肇东市发展和改革局 作者：孙宏伟 微信 微博').byline).toBe('孙宏伟');
    expect(parseInfoLine('来源：人民网【字体：大 中 小】').source).toBe('人民网');
  });

  it('is a line of labels, not a sentence that mentions a reporter', () => {
    expect(isInfoLine('来源：县融媒体中心')).toBe(true);
    expect(isInfoLine('2024-05-06 记者 张三')).toBe(true);
    expect(isInfoLine('记者从县教育局获悉，今年全县新增学位1200个。')).toBe(false);
    expect(isInfoLine('会议强调，各部门要加强协作')).toBe(false);
  });
});

describe('title', () => {
  it('splits Chinese title separators', () => {
    expect(titleSegments('城关镇油菜花进入盛花期_乡镇动态_高唐县融媒体中心')).toEqual(['城关镇油菜花进入盛花期', '乡镇动态', '高唐县融媒体中心']);
    expect(titleSegments('A headline - Site')).toEqual(['A headline', 'Site']);
  });

  it('prefers the headline element the <title> holds, not the site-name <h1>', () => {
    const d = doc('<h1>高唐县人民政府</h1><div class="title">关于端午节放假的通知</div>', '', '关于端午节放假的通知_高唐县人民政府');
    const f = readPageFacts(d, d.title, d.baseURI);
    expect(chooseTitle(f, undefined, null, true)).toBe('关于端午节放假的通知');
  });

  it('falls back to ArticleTitle, og:title, then the first title segment', () => {
    let d = doc('<p>正文</p>', '<meta name="ArticleTitle" content="关于开展安全检查的通知">', '关于开展安全检查的通知_某县');
    expect(chooseTitle(readPageFacts(d, d.title, d.baseURI), undefined, null, true)).toBe('关于开展安全检查的通知');
    d = doc('<p>正文</p>', '', '县城新建3处口袋公园_滨城新闻网');
    expect(chooseTitle(readPageFacts(d, d.title, d.baseURI), undefined, null, true)).toBe('县城新建3处口袋公园');
  });

  it('never takes a stuffed <title>, but keeps a headline about casinos that the page itself carries', () => {
    let d = doc('<p>正文</p>', '', '澳门葡京娱乐场_百家乐现金网_真人视讯_时时彩_北京赛车pk10');
    expect(chooseTitle(readPageFacts(d, d.title, d.baseURI), undefined, null, true)).not.toMatch(/葡京|百家乐/);
    d = doc('<h1>澳门上半年博彩毛收入1138亿澳门元 六大博企二季度业绩回暖</h1>', '', '澳门上半年博彩毛收入1138亿澳门元 六大博企二季度业绩回暖_财经_潮声财经网');
    expect(chooseTitle(readPageFacts(d, d.title, d.baseURI), undefined, null, true)).toBe('澳门上半年博彩毛收入1138亿澳门元 六大博企二季度业绩回暖');
  });

  it('takes the <h1> whose first words are the short <title> (the <h1> says more), not a later heading', () => {
    const d = doc('<h1>澳门5月博彩毛收入202亿澳门元 同比增长三成 中场业务贡献超七成</h1><p>正文</p><h2>六大博企一季度表现分化</h2>', '', '澳门5月博彩毛收入202亿澳门元 同比增长三成_湾区财经');
    expect(chooseTitle(readPageFacts(d, d.title, d.baseURI), undefined, null, true)).toBe('澳门5月博彩毛收入202亿澳门元 同比增长三成 中场业务贡献超七成');
  });
});

describe('page facts', () => {
  it('reads the government portal metas and the excerpt candidates', () => {
    const d = doc(
      '<p>正文</p>',
      '<meta name="SiteName" content="东阿县人民政府"><meta name="PubDate" content="2024-05-15 17:08"><meta name="ContentSource" content="县公安局"><meta property="og:image" content="/a.jpg"><meta name="Description" content="摘要">',
      '公告_东阿县人民政府',
    );
    const f = readPageFacts(d, d.title, d.baseURI);
    expect(f).toMatchObject({ siteName: '东阿县人民政府', metaPublished: '2024-05-15 17:08', metaSource: '县公安局', image: 'http://www.a.gov.cn/a.jpg', description: '摘要' });
  });
});
