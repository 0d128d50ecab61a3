import { describe, expect, it } from 'vitest';
import { formatDate, keysOf, MESSAGES, translator } from '../../src/i18n/index.js';

describe('translations', () => {
  it('have every key in both English and Welsh', () => {
    const en = keysOf(MESSAGES.en).sort();
    const cy = keysOf(MESSAGES.cy).sort();
    expect(cy.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !cy.includes(k))).toEqual([]);
  });

  it('have no empty messages, and the same placeholders in both languages', () => {
    const t = { en: translator('en'), cy: translator('cy') };
    for (const key of keysOf(MESSAGES.en)) {
      const en = t.en(key), cy = t.cy(key);
      expect(en.trim(), key).not.toBe('');
      expect(cy.trim(), key).not.toBe('');
      const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(params(cy), key).toEqual(params(en));
    }
  });

  it('fill placeholders and write dates in each language', () => {
    expect(translator('cy')('account.signedInAs', { name: 'Ceri' })).toBe('Wedi mewngofnodi fel Ceri');
    expect(formatDate('2019-03-13', 'en')).toBe('13 March 2019');
    expect(formatDate('2019-03-13', 'cy')).toBe('13 Mawrth 2019');
  });
});
