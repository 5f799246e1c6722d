#!/usr/bin/env node
// bantin is written in TypeScript. It runs compiled (see compiled.js), and
// straight from its sources through tsx where it cannot be compiled, so
// that `npx bantin` works straight after `npm install`, with no build step
// to remember.
import { compiledMain } from './compiled.js';

// Stack traces name the TypeScript sources.
process.setSourceMapsEnabled(true);
let entry = await compiledMain();
if (!entry) {
  (await import('tsx/esm/api')).register();
  entry = new URL('../src/cli/main.ts', import.meta.url).href;
}
const { main } = await import(entry);
process.exitCode = await main(process.argv.slice(2));
