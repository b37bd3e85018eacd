import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { DETECT_PAIRS, detectScript } from './detect';

describe('detectScript', () => {
  it('pairs are OpenCC pairs (each simplified char converts to its traditional partner)', () => {
    const s2t = OpenCC.Converter({ from: 'cn', to: 't' });
    const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
    const s = [...DETECT_PAIRS.SIMPLIFIED];
    const t = [...DETECT_PAIRS.TRADITIONAL];
    expect(s.length).toBe(t.length);
    s.forEach((ch, i) => {
      expect(ch, `pair ${i}`).not.toBe(t[i]);
      expect(t2s(t[i]!), `t2s ${t[i]}`).toBe(ch);
      expect(s2t(ch), `s2t ${ch}`).not.toBe(ch);
    });
  });
  it('tells news text apart', () => {
    expect(detectScript('东昌府区全面打响创城工作攻坚战，随着春暖花开，聊城市东昌府区拉开了全国文明城市创建的奋战大幕。')).toBe('simplified');
    expect(detectScript('東昌府區全面打響創城工作攻堅戰，隨著春暖花開，聊城市東昌府區拉開了全國文明城市創建的奮戰大幕。')).toBe('traditional');
    expect(detectScript('Hello world, 你好')).toBe('unknown');
  });
});
