/**
 * Which script a text is in, from the most frequent characters whose simplified and traditional
 * forms differ (pairs below, same positions). Enough for "convert to the other script" (the
 * keyboard shortcut) on a few thousand characters of page text; no dictionaries needed.
 */
const SIMPLIFIED = '们这个时为会说国来对发过后还经给让样么东开关见长门问间实现学从进动种两点头电话车马书买卖机业乐产亲传体儿党军农务区医华单县变员团园图场处备报将层岁带广应张强当总战护环电画监码确积称稳红级纪线组细终结统继续维编网联艺节药获营见观规视觉计认让议记讲设访证评识词试话该语说请读课谁调谈质责贵资车转轮较边达运远连选适邮里钟钱铁银错长门间队阳际陆陈难静页项须领题风飞饭马验鱼鸟鸡黄龙';
const TRADITIONAL = '們這個時為會說國來對發過後還經給讓樣麼東開關見長門問間實現學從進動種兩點頭電話車馬書買賣機業樂產親傳體兒黨軍農務區醫華單縣變員團園圖場處備報將層歲帶廣應張強當總戰護環電畫監碼確積稱穩紅級紀線組細終結統繼續維編網聯藝節藥獲營見觀規視覺計認讓議記講設訪證評識詞試話該語說請讀課誰調談質責貴資車轉輪較邊達運遠連選適郵裡鐘錢鐵銀錯長門間隊陽際陸陳難靜頁項須領題風飛飯馬驗魚鳥雞黃龍';
const S = new Set(SIMPLIFIED);
const T = new Set(TRADITIONAL);

export type Script = 'simplified' | 'traditional' | 'unknown';

/** Tunable: fewer telling characters than this and the text says nothing. */
const MIN_EVIDENCE = 5;

export function detectScript(text: string): Script {
  let s = 0;
  let t = 0;
  for (const ch of text) {
    if (S.has(ch)) s++;
    else if (T.has(ch)) t++;
  }
  if (s + t < MIN_EVIDENCE) return 'unknown';
  return t > s ? 'traditional' : 'simplified';
}

export const DETECT_PAIRS = { SIMPLIFIED, TRADITIONAL };
