import { describe, expect, it } from 'vitest';
import { plural, translator } from './i18n';

const t = translator({
  simple: { message: 'Hello' },
  named: { message: 'Removed $HOST$ ($COUNT$ of $MAX$)', placeholders: { host: { content: '$1' }, count: { content: '$2' }, MAX: { content: '$3' } } },
  dollars: { message: 'Costs $$5, $N$', placeholders: { n: { content: '$1' } } },
  links_one: { message: '$COUNT$ link', placeholders: { count: { content: '$1' } } },
  links_other: { message: '$COUNT$ links', placeholders: { count: { content: '$1' } } },
});
// Message names the catalog type does not know: this test has its own catalog.
const tt = t as unknown as (key: string, ...subs: (string | number)[]) => string;

describe('translator (the browsers’ getMessage rules)', () => {
  it('returns the message, substituting named placeholders by position', () => {
    expect(tt('simple')).toBe('Hello');
    expect(tt('named', 'a.cn', 2, 9)).toBe('Removed a.cn (2 of 9)');
  });
  it('matches names without regard to case, and reads $$ as a dollar sign', () => {
    expect(tt('NAMED', 'x', 1, 1)).toBe('Removed x (1 of 1)');
    expect(tt('dollars', 3)).toBe('Costs $5, 3');
  });
  it('gives an empty string for a missing message and for missing substitutions', () => {
    expect(tt('nope')).toBe('');
    expect(tt('named')).toBe('Removed  ( of )');
  });
  it('plural picks <base>_one for 1 and <base>_other otherwise, with the count as $1', () => {
    const p = (n: number) => plural(t, 'links' as never, n);
    expect([p(0), p(1), p(2)]).toEqual(['0 links', '1 link', '2 links']);
  });
});
