// Builds the front end for Maven (exec-maven-plugin, generate-resources) with the machine's npm:
// `npm ci` when package-lock.json changed since the last install, then `npm run build` into
// OUT_DIR (the application's static resources) when any source is newer than the last build.
// Skipped work keeps `./mvnw test` fast when nothing in the front end changed.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

const here = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname);
const out = resolve(process.env.OUT_DIR || join(here, 'dist'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const hash = (f) => createHash('sha256').update(readFileSync(f)).digest('hex');

const lockHash = hash(join(here, 'package-lock.json'));
const installed = join(here, 'node_modules', '.ibw-lock-hash');
if (!existsSync(installed) || readFileSync(installed, 'utf8') !== lockHash) {
  console.log('[frontend] npm ci');
  execSync(`${npm} ci --no-audit --no-fund`, { cwd: here, stdio: 'inherit' });
  writeFileSync(installed, lockHash);
}

function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
}
const inputs = ['src', 'index.html', 'login.html', 'vite.config.js', 'package-lock.json'].map((f) => join(here, f));
const stamp = join(out, '.ibw-build');
const sourceTime = Math.max(...inputs.map(newest));
if (existsSync(stamp) && Number(readFileSync(stamp, 'utf8')) >= sourceTime && existsSync(join(out, 'index.html'))) {
  console.log('[frontend] up to date');
} else {
  console.log('[frontend] vite build -> ' + out);
  execSync(`${npm} run build`, { cwd: here, stdio: 'inherit', env: { ...process.env, OUT_DIR: out } });
  mkdirSync(out, { recursive: true });
  writeFileSync(stamp, String(sourceTime));
}
