import { describe, expect, it } from 'vitest';
import { chineseTwin, englishTwin, langOf, twins } from '../../src/i18n/lang';

describe('the two editions', () => {
  it.each([
    ['/en/', 'en'],
    ['/en/cities/shenyang/', 'en'],
    ['/', 'zh'],
    ['/employers/', 'zh'],
    ['/enrol/', 'zh'],
  ])('tells the edition from the address: %s is %s', (path, lang) => expect(langOf(path)).toBe(lang));
  it('maps an English page to its Chinese twin', () => {
    expect(chineseTwin('/en/')).toBe('/');
    expect(chineseTwin('/en/cities/shenyang/')).toBe('/cities/shenyang/');
    expect(chineseTwin('/cities/')).toBeNull();
    expect(twins('/en/reports/2005-06/')).toEqual({ zh: '/reports/2005-06/', en: '/en/reports/2005-06/' });
  });
  it('gives no English twin to the sections published in Chinese only', () => {
    for (const path of ['/employers/', '/employers/E2005-001/', '/articles/', '/articles/deadlines/', '/articles/deadlines/poster/', '/help/not-enrolled/', '/search/', '/embed/x/']) {
      expect(englishTwin(path), path).toBeNull();
      expect(twins(path), path).toBeNull();
    }
  });
});
