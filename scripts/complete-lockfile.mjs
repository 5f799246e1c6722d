#!/usr/bin/env node
/**
 * The package registry these machines reach lacks some platforms' binary
 * packages (pagefind 1.6.0 for darwin, windows and freebsd). `npm install`
 * then leaves them out of package-lock.json, and `npm ci` rejects the lock
 * as incomplete. This records each missing optional platform package with
 * the os and cpu its name states, so `npm ci` skips it on this platform and
 * the registry that has it installs it on that one.
 *
 *   node scripts/complete-lockfile.mjs   (after npm install changes the lock)
 */
import { readFileSync, writeFileSync } from 'node:fs';

const OS = { darwin: 'darwin', windows: 'win32', win32: 'win32', linux: 'linux', freebsd: 'freebsd' };
const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
let added = 0;
for (const [where, pkg] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const at = `${where ? `${where}/` : ''}node_modules/${name}`;
    if (lock.packages[at] || lock.packages[`node_modules/${name}`]) continue;
    const platform = /(darwin|windows|win32|linux|freebsd)-(x64|arm64|ia32|arm)/.exec(name);
    if (!platform) continue;
    lock.packages[`node_modules/${name}`] = { version, cpu: [platform[2]], optional: true, os: [OS[platform[1]]] };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)));
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`recorded ${added} optional platform packages missing from the registry`);
