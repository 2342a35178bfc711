/** Shared body of the /data/ endpoints: static paths and responses for one folder and extension. */
import type { APIRoute } from 'astro';
import { getSite } from '../build/site';
import { absoluteUrl } from '../shell/about';
import { dataFiles } from './data-files';

const TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' } as const;

/** Every file (and CSV sidecar) directly in `folder` ending in `.ext`, as { params: { file } } without the extension. */
export function dataPaths(folder: string, ext: keyof typeof TYPES): { params: { file: string } }[] {
  const files = dataFiles(getSite(), absoluteUrl('/'));
  const paths: string[] = [];
  for (const f of files) {
    paths.push(f.path);
    if (f.metadataPath) paths.push(f.metadataPath);
  }
  const prefix = `${folder}/`;
  return paths
    .filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/') && p.endsWith(`.${ext}`))
    .map((p) => ({ params: { file: p.slice(prefix.length, -(ext.length + 1)) } }));
}

/** The endpoint serving `folder/<file>.ext`. */
export function dataRoute(folder: string, ext: keyof typeof TYPES): APIRoute {
  return ({ params, site }) => {
    const path = `${folder}/${params.file}.${ext}`;
    const files = dataFiles(getSite(), absoluteUrl('/', site));
    const f = files.find((x) => x.path === path);
    const body = f ? streamOf(f.chunks()) : files.find((x) => x.metadataPath === path)?.metadata?.();
    if (body === undefined) throw new Error(`data endpoint: no download at ${path}`);
    return new Response(body, { headers: { 'Content-Type': TYPES[ext] } });
  };
}

/** A body sent as it is made, piece by piece (Astro collects it as bytes, never as one string). */
function streamOf(chunks: Iterable<string>): ReadableStream<Uint8Array> {
  const it = chunks[Symbol.iterator]();
  const encoder = new TextEncoder();
  return new ReadableStream({
    pull(controller) {
      const next = it.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}
