import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL } from '../../../src/settings';
import { absoluteUrl } from '../../../src/site/shell/about';

describe('absoluteUrl(path, site)', () => {
  it("joins the path to Astro's site", () => {
    expect(absoluteUrl('/cities/shenyang/', new URL('https://example.org/'))).toBe('https://example.org/cities/shenyang/');
    expect(absoluteUrl('/releases/#2005-12', 'https://example.org')).toBe('https://example.org/releases/#2005-12');
  });
  it('uses SITE_URL without one', () => {
    expect(absoluteUrl('/x/')).toBe(`${DEFAULT_SITE_URL}/x/`);
  });
});
