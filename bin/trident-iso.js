#!/usr/bin/env node
// trident-iso: the action's pipeline on a developer's machine (see --help).
// Its flags are action.yml's inputs, with their defaults and descriptions (bundled into dist/cli).
import { cli } from '../dist/cli/index.js';

process.exitCode = await cli(process.argv.slice(2));
