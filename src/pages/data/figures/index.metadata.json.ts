/** /data/figures/index.metadata.json: the sidecar of the figure index. */
import type { APIRoute } from 'astro';
import { getSite } from '../../../site/build/site';
import { absoluteUrl, citationSource } from '../../../site/shell/about';
import { jsonFile } from '../../../site/downloads/json';
import { downloadMeta } from '../../../site/downloads/metadata';

const COLUMNS: [string, string, string][] = [
  ['id', '图表编号', '图表或表格的编号，也是其下载文件和嵌入页地址的一部分。'],
  ['kind', '类型', 'chart（图表：另有 SVG 和嵌入页）或 table（数据表）。'],
  ['title', '标题', '网页上的标题。'],
  ['page', '所在页面', '显示它的网页地址（带锚点）。'],
  ['csv', 'CSV', '它所示数据的 CSV 地址。'],
  ['svg', 'SVG', '图表的 SVG 图片地址（数据表为空）。'],
  ['embed', '嵌入页', '图表的嵌入页地址（数据表为空）。'],
];

export const GET: APIRoute = ({ site }) => {
  const s = getSite();
  const meta = downloadMeta(
    { dataset: s.dataset, version: s.version, src: citationSource(s), siteUrl: absoluteUrl('/', site) },
    {
      title: '图表清单',
      description: '网站上每个图表和数据表及其下载地址。',
      path: '/data/figures/index.csv',
      page: '/data/#figures',
      columns: COLUMNS.map(([name, label, definition]) => ({ name, label, type: 'text', unit: '', definition })),
      csv: true,
    },
  );
  return new Response(jsonFile(meta), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
