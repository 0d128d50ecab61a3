import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatDate, keysOf, MESSAGES, translator } from '../../src/i18n/index.js';
import { Conflict, InvalidInput, say } from '../../src/services/errors.js';
import { errorsFor } from '../../src/web/pages/meetings/formInput.js';

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

describe("the services' problems", () => {
  it('are said in the page language where the form has no words of its own', () => {
    const conflict = new Conflict(say('bodyNameTaken', { name: 'Bridge Board' }), 'name');
    expect(conflict.message).toBe('There is already a body called "Bridge Board".');
    expect(errorsFor(conflict, translator('cy'), 'nowhere').byField.name?.text).toBe('Mae corff o\'r enw "Bridge Board" eisoes.');
    const invalid = InvalidInput.field('toDate', say('endDateBeforeStart'));
    expect(invalid.problems[0]?.message).toBe('The end date must be on or after the start date.');
    expect(errorsFor(invalid, translator('cy'), 'nowhere').summary[0]?.text).toBe("Rhaid i'r dyddiad gorffen fod ar y dyddiad dechrau neu ar ei ôl.");
  });

  it('each have words in the translations', () => {
    const source = execFileSync('grep', ['-rhoE', "say\\([^;]*", 'src'], { encoding: 'utf8' });
    const keys = [...source.matchAll(/say\((?:[^'()]*\?\s*)?'(\w+)'(?:\s*:\s*'(\w+)')?/g)].flatMap((m) => m.slice(1).filter(Boolean));
    expect(keys.length).toBeGreaterThan(40);
    const missing = keys.filter((k) => translator('en')(`problems.${k}`) === `problems.${k}`);
    expect(missing).toEqual([]);
  });
});
