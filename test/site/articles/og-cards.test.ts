import { describe, expect, it } from 'vitest';
import { cityCard, cityShareImage } from '../../../src/site/articles/og-cards';
import { siteOf, TWO_YEARS_DIR } from '../helpers';

const site = siteOf(TWO_YEARS_DIR);
const URL_ = new URL('https://kuomian.example.org/');

describe('cityShareImage(source, regionId, site, lang)', () => {
  it("gives the Chinese page its image and says the card's title, figure and month in Chinese clauses", () => {
    const card = cityCard(site, 'shenyang', URL_);
    const share = cityShareImage(site, 'shenyang', URL_);
    expect(share.image).toBe('/og/cities/shenyang.png');
    expect(share.alt).toBe(`${card.title}。${card.figure!.label}：${card.figure!.text}，${card.figure!.asOf}。`);
  });
  it('gives the English page the English image and says the same in English sentences', () => {
    const card = cityCard(site, 'shenyang', URL_, 'en');
    const share = cityShareImage(site, 'shenyang', URL_, 'en');
    expect(share.image).toBe('/en/og/cities/shenyang.png');
    expect(share.alt).toBe(`${card.title}. ${card.figure!.label}: ${card.figure!.text}, ${card.figure!.asOf}.`);
    expect(share.alt).toMatch(/^[^\u3400-\u9fff]*$/u);
  });
});
