/**
 * `npm run build`: builds dist/chrome and dist/firefox with vite.config.ts, checks the
 * Firefox build with web-ext lint (0 errors or the build fails), then packs
 * dist/sociable-chrome.zip and dist/sociable-firefox.zip for the stores.
 */
import { statSync } from 'node:fs';
import { build } from 'vite';
import webExt from 'web-ext';
import { describeLint, lintFirefox } from './lint-firefox.js';

const TARGETS = ['chrome', 'firefox'] as const;

for (const target of TARGETS) {
  // vite.config.ts reads TARGET when it is loaded, and build() loads it afresh each call.
  process.env.TARGET = target;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  console.log(`built dist/${target}`);
}

const lint = await lintFirefox('dist/firefox');
console.log(describeLint(lint));
if (lint.summary.errors > 0) {
  console.error('dist/firefox does not pass web-ext lint; no zips written.');
  process.exit(1);
}

for (const target of TARGETS) {
  const filename = `sociable-${target}.zip`;
  await webExt.cmd.build({ sourceDir: `dist/${target}`, artifactsDir: 'dist', filename, overwriteDest: true }, { showReadyMessage: false });
  console.log(`packed dist/${filename} (${(statSync(`dist/${filename}`).size / 1024).toFixed(1)} kB)`);
}
