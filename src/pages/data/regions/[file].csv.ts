/** Serves every .csv download in /data/regions/ (see src/site/downloads/data-files.ts). */
import type { GetStaticPaths } from 'astro';
import { dataPaths, dataRoute } from '../../../site/downloads/data-endpoint';

// The build writes these files itself (DataDownloadWriter, from the /data/ page and the data integration); the route serves them in dev.
export const getStaticPaths = (() => (import.meta.env.DEV ? dataPaths('/data/regions', 'csv') : [])) satisfies GetStaticPaths;
export const GET = dataRoute('/data/regions', 'csv');
