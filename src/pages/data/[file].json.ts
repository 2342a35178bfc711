/** Serves every .json download in /data/ (see src/site/downloads/data-files.ts), including the .metadata.json sidecars of the CSVs. */
import type { GetStaticPaths } from 'astro';
import { dataPaths, dataRoute } from '../../site/downloads/data-endpoint';

// The build writes these files itself (DataDownloadWriter, from the /data/ page and the data integration); the route serves them in dev.
export const getStaticPaths = (() => (import.meta.env.DEV ? dataPaths('/data', 'json') : [])) satisfies GetStaticPaths;
export const GET = dataRoute('/data', 'json');
