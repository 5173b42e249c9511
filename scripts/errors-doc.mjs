#!/usr/bin/env node
/**
 * `npm run docs:errors`: writes docs/errors.md from the error table in src/util/error-codes.ts
 * (through lib/, so run after `npm run build`). A test fails when the page is stale.
 */
import { writeFileSync } from 'node:fs';
import { renderErrorsDoc } from '../lib/util/error-codes.js';

const out = new URL('../docs/errors.md', import.meta.url);
writeFileSync(out, renderErrorsDoc());
console.log(`wrote ${out.pathname}`);
