// The action's main step (dist/main/index.js).
import { runStep } from './runner.js';

await runStep();
