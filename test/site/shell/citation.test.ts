import { describe, expect, it } from 'vitest';
import { fullReference, progressSentence, quotable, shortCitation, sourceNote, type CitationSource } from '../../../src/site/shell/citation';
import type { Progress } from '../../../src/stats/model';

const src: CitationSource = { publisher: '示例省社会保险事业管理局', version: '20051231-1a2b3c4d', updated: '2005-12-31', accessed: '2006-01-05' };
const page = { title: '沈阳市2005年社会保险扩面进展', url: 'https://kuomian.example.org/cities/shenyang/2005/' };

const progress = (over: Partial<Progress> = {}): Progress => ({
  area: 'shenyang',
  insurance: 'pension',
  year: 2005,
  target: 2050000,
  rateTarget: 0.92,
  month: '2005-06',
  enrolled: 1992400,
  completion: 1992400 / 2050000,
  remaining: 57600,
  contributionRate: 1693062 / 1872856,
  newContributionRate: null,
  baseline: 1948000,
  stale: false,
  ...over,
});

describe('fullReference(source, item)', () => {
  it('follows GB/T 7714-2015 for an electronic resource, with the version as other title information', () => {
    expect(fullReference(src, page)).toBe(
      '示例省社会保险事业管理局. 沈阳市2005年社会保险扩面进展: 数据版本 20051231-1a2b3c4d[EB/OL]. (2005-12-31)[2006-01-05]. https://kuomian.example.org/cities/shenyang/2005/.',
    );
  });
  it('marks downloads as data sets [DS/OL]', () => {
    expect(fullReference(src, { ...page, type: 'DS' })).toContain('[DS/OL]');
  });
  it('does not double a full stop that ends the publisher or title', () => {
    const r = fullReference({ ...src, publisher: 'Agency.' }, { ...page, title: '标题。' });
    expect(r.startsWith('Agency. 标题: ')).toBe(true);
  });
});

describe('shortCitation(source, item) and sourceNote', () => {
  it('names publisher, title and version', () => {
    expect(shortCitation(src, page)).toBe('示例省社会保险事业管理局《沈阳市2005年社会保险扩面进展》（数据版本 20051231-1a2b3c4d）');
    expect(sourceNote(src, page)).toBe('（来源：示例省社会保险事业管理局《沈阳市2005年社会保险扩面进展》，数据版本 20051231-1a2b3c4d）');
  });
  it('nests title marks inside a title as 〈〉', () => {
    expect(shortCitation(src, { title: '解读《社会保险费征缴暂行条例》' })).toContain('《解读〈社会保险费征缴暂行条例〉》');
  });
});

describe('progressSentence(area, progress)', () => {
  it('states the month, enrolment, completion and contribution rate', () => {
    expect(progressSentence('沈阳市', progress())).toBe('截至2005年6月，沈阳市企业职工基本养老保险参保人数为199.2万人，完成年度目标的97.2%，缴费率为90.4%。');
  });
  it('says when no target is set and leaves out a missing rate', () => {
    expect(progressSentence('省本级', progress({ target: null, completion: null, contributionRate: null, insurance: 'unemployment' }))).toBe(
      '截至2005年6月，省本级失业保险参保人数为199.2万人（未设年度目标）。',
    );
  });
  it('is null without a figure', () => {
    expect(progressSentence('沈阳市', progress({ enrolled: null, month: null }))).toBeNull();
  });
  it('is quotable with its source note', () => {
    expect(quotable('句子。', src, page)).toBe('句子。（来源：示例省社会保险事业管理局《沈阳市2005年社会保险扩面进展》，数据版本 20051231-1a2b3c4d）');
  });
});

describe('a page about one month of data', () => {
  const june = { title: '2005年6月扩面月报', url: 'https://kuomian.example.org/reports/2005-06/', dataMonth: '2005-06' };
  it('names the month in the GB/T 7714 reference, before the version', () => {
    expect(fullReference(src, june)).toBe(
      '示例省社会保险事业管理局. 2005年6月扩面月报: 数据月份 2005-06, 数据版本 20051231-1a2b3c4d[EB/OL]. (2005-12-31)[2006-01-05]. https://kuomian.example.org/reports/2005-06/.',
    );
  });
  it('names the month in the short citation', () => {
    expect(shortCitation(src, june)).toBe('示例省社会保险事业管理局《2005年6月扩面月报》（2005年6月数据，数据版本 20051231-1a2b3c4d）');
  });
});
