// The action's main step (dist/index.js).
import { runStep } from './runner.js';

await runStep();
