#!/usr/bin/env node
// trident-iso: the action's pipeline on a developer's machine (see --help).
// It reads the inputs, their defaults and descriptions from action.yml.
import { fileURLToPath } from 'node:url';
import { cli } from '../dist/cli/index.js';

process.exitCode = await cli(process.argv.slice(2), fileURLToPath(new URL('../action.yml', import.meta.url)));
