#!/usr/bin/env node
/// <reference types="node" />
/** `npx rolekit <command> …`: runs the command (src/cli/main.ts) and exits with its code. */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
