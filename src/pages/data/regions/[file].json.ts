/** Serves every .json download in /data/regions/ (see src/site/data-files.ts), including the .metadata.json sidecars of the CSVs. */
import type { GetStaticPaths } from 'astro';
import { dataPaths, dataRoute } from '../../../site/data-endpoint';

export const getStaticPaths = (() => dataPaths('/data/regions', 'json')) satisfies GetStaticPaths;
export const GET = dataRoute('/data/regions', 'json');
