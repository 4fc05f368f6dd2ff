// Brings node_modules to what package-lock.json names (ADR 0044), run by the Maven build at
// generate-resources: `npm ci` from the npm cache or the registry, and nothing at all when
// node_modules already holds exactly the locked packages (so a build with no network, as
// the local run's `-o`, works once the modules are in place).
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const packages = (file) => JSON.parse(readFileSync(join(here, file), 'utf8')).packages ?? {};

const locked = packages('package-lock.json');
const installedFile = join('node_modules', '.package-lock.json');
const installed = existsSync(join(here, installedFile)) ? packages(installedFile) : {};
const stale = Object.entries(locked).filter(
	([path, locked]) => path !== '' && installed[path]?.integrity !== locked.integrity,
);
if (stale.length === 0) {
	console.log('[frontend] node_modules holds the locked packages');
	process.exit(0);
}
console.log(`[frontend] npm ci: ${stale.length} package(s) to bring in`);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--prefer-offline'], {
	cwd: here,
	stdio: 'inherit',
	shell: process.platform === 'win32',
});
if (run.error) {
	console.error(`[frontend] could not run npm (install Node.js 20 or newer with npm): ${run.error.message}`);
}
process.exit(run.status ?? 1);
