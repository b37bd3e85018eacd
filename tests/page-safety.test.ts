/** The end-to-end page-safety check's comparison of page errors (e2e/page-safety.ts): a page's own
 * racing scripts are not the extension's doing; an error the extension adds or takes away is. */
import { describe, expect, it } from 'vitest';
import { errorsExplained } from '../e2e/page-safety';

describe('errorsExplained', () => {
  it('takes the same errors, in any order and number', () => {
    expect(errorsExplained([], [[]])).toBe(true);
    expect(errorsExplained(['a', 'b', 'a'], [['b', 'a']])).toBe(true);
  });
  it('takes a page whose own race throws differently from one load to the next', () => {
    // with the extension the ad script failed first; without it, once each way
    expect(errorsExplained(['googletag is not defined'], [[], ['googletag is not defined']])).toBe(true);
    expect(errorsExplained([], [['googletag is not defined'], []])).toBe(true);
  });
  it('refuses an error that no load without the extension had', () => {
    expect(errorsExplained(['x is not a function'], [[], [], []])).toBe(false);
    expect(errorsExplained(['a', 'x'], [['a'], ['a']])).toBe(false);
  });
  it('refuses an error missing with the extension that every load without it had', () => {
    expect(errorsExplained([], [['a'], ['a'], ['a']])).toBe(false);
    expect(errorsExplained(['b'], [['a', 'b'], ['a']])).toBe(false);
  });
});
