#!/usr/bin/env node
// bantin is written in TypeScript; tsx compiles it on load so that `npx bantin`
// works straight after `npm install`, with no build step to remember.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
