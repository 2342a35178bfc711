/** Serves every .csv download in /data/regions/ (see src/site/data-files.ts). */
import type { GetStaticPaths } from 'astro';
import { dataPaths, dataRoute } from '../../../site/data-endpoint';

export const getStaticPaths = (() => dataPaths('/data/regions', 'csv')) satisfies GetStaticPaths;
export const GET = dataRoute('/data/regions', 'csv');
