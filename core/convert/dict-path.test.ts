import { describe, expect, it } from 'vitest';
import { dictFromScript, dictPath, dictScript, takeInjectedDict } from './dict-path';

describe('dictionary scripts', () => {
  const data = 'qingdu-opencc/1\t头发 頭髮\t"quoted" \\ back\u2028sep 𠮷';
  it('round-trips the data through the script text', () => {
    expect(dictFromScript(dictScript('s2tw', data))).toBe(data);
    expect(dictPath('s2hk')).toBe('/dict/s2hk.js');
  });
  it('the script puts the data where takeInjectedDict finds it, once', () => {
    new Function(dictScript('s2twp', data))();
    expect(takeInjectedDict('s2twp')).toBe(data);
    expect(takeInjectedDict('s2twp')).toBeUndefined();
  });
  it('refuses text that is not a dictionary script', () => {
    expect(() => dictFromScript('alert(1)')).toThrow();
  });
});
