// The client's unit tests: each test/*.test.ts bundled by esbuild for node into target/ts-tests/ and run
// with node's own test runner. Run through `npm test` (the Maven build runs it in its test phase).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, 'target', 'ts-tests');
fs.rmSync(out, { recursive: true, force: true });
const tests = fs.readdirSync(path.join(root, 'test')).filter(f => f.endsWith('.test.ts'));
await esbuild.build({
    entryPoints: tests.map(f => path.join(root, 'test', f)),
    outdir: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning'
});
const run = spawnSync(process.execPath, ['--test', ...tests.map(f => path.join(out, f.replace(/\.ts$/, '.mjs')))], { stdio: 'inherit' });
process.exit(run.status ?? 1);
