/**
 * Runs Debian's nginx with deploy/nginx.conf on a loopback port for the browser tests:
 * the file is used as shipped, only its EDIT lines (listen, root) point at the test
 * build, and brotli_static is switched on when the module is installed. Everything nginx
 * writes (pid, logs, temp files) goes to a temporary folder.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../test/build/build-site';

/** The nginx binary (override with NGINX_PATH). */
export const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';
/** Debian's Brotli static module (package libnginx-mod-http-brotli-static). */
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** A running nginx. */
export interface Nginx {
  url: string;
  brotli: boolean;
  stop(): Promise<void>;
  /** nginx's error log so far (for failure messages). */
  errorLog(): string;
}

/** deploy/nginx.conf with its EDIT lines pointed at `root` and `port`. */
export function serverBlock(root: string, port: number, brotli: boolean): string {
  let conf = readFileSync(path.join(ROOT, 'deploy/nginx.conf'), 'utf8');
  const replace = (re: RegExp, by: string, what: string) => {
    if (!re.test(conf)) throw new Error(`deploy/nginx.conf: no ${what} line to adapt for the test (${re})`);
    conf = conf.replace(re, by);
  };
  replace(/^(\s*)listen 80;.*$/m, `$1listen 127.0.0.1:${port};`, 'listen 80');
  replace(/^\s*listen \[::\]:80;.*\n/m, '', 'listen [::]:80');
  replace(/^(\s*)root \S+;.*$/m, `$1root ${root};`, 'root');
  if (brotli) replace(/^(\s*)#\s*brotli_static on;/m, '$1brotli_static on;', '#brotli_static on;');
  return conf;
}

/**
 * Run as root, nginx starts its workers as "nobody", who cannot read a checkout under a
 * private home folder (/root): every answer would be 403. The workers then run as the owner
 * of the served folder, who can read it. Not as root, nginx keeps the user it runs as.
 */
export function workerUser(root: string): string {
  if (process.getuid?.() !== 0) return '';
  const { uid, gid } = statSync(root);
  const name = (args: string[]) => spawnSync('id', args, { encoding: 'utf8' }).stdout.trim();
  const user = name(['-nu', String(uid)]) || String(uid);
  const group = spawnSync('getent', ['group', String(gid)], { encoding: 'utf8' }).stdout.split(':')[0] || name(['-gn', String(uid)]);
  return `user ${user} ${group};`;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Starts nginx serving `root` (absolute) and waits until it answers. */
export async function startNginx(root: string): Promise<Nginx> {
  if (!existsSync(NGINX)) throw new Error(`no nginx at ${NGINX}: apt-get install -y nginx`);
  const dir = mkdtempSync(path.join(tmpdir(), 'kuomian-nginx-'));
  const port = await freePort();
  const brotli = existsSync(BROTLI_MODULE);
  const main = [
    brotli ? `load_module ${BROTLI_MODULE};` : '',
    workerUser(root),
    'worker_processes 1;',
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log warn;`,
    'events { worker_connections 64; }',
    'http {',
    '    include /etc/nginx/mime.types;',
    '    default_type application/octet-stream;',
    `    access_log ${dir}/access.log;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${dir}/${t};`),
    '    sendfile on;',
    serverBlock(root, port, brotli),
    '}',
    '',
  ].join('\n');
  const confFile = path.join(dir, 'nginx.conf');
  writeFileSync(confFile, main);
  const proc: ChildProcess = spawn(NGINX, ['-e', `${dir}/error.log`, '-p', dir, '-c', confFile, '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  proc.stdout?.on('data', (d) => (output += d));
  proc.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => proc.once('exit', resolve));
  const errorLog = () => (existsSync(`${dir}/error.log`) ? readFileSync(`${dir}/error.log`, 'utf8') : '') + output;
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`nginx exited with ${proc.exitCode}:\n${errorLog()}\nconfig:\n${main}`);
    try {
      await fetch(`${url}/`, { signal: AbortSignal.timeout(1000) });
      break;
    } catch {
      if (Date.now() > deadline) {
        proc.kill('SIGKILL');
        throw new Error(`nginx did not answer on ${url}:\n${errorLog()}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    brotli,
    errorLog,
    async stop() {
      if (proc.exitCode === null) {
        proc.kill('SIGQUIT'); // graceful shutdown
        const timer = setTimeout(() => proc.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
