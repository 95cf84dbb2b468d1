// The action's entry point (dist/index.js).
import { run } from './runner.js';

await run();
