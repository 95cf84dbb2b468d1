// Turns an error into what a user sees: an annotation on the file and line it
// concerns when there is one, and one clear message titled after the input at
// fault, else the stage that failed.
import path from 'node:path';
import { InputError } from '../context/errors.js';
import { capList } from '../context/limits.js';
import type { Runtime } from '../runtime.js';
import { HostConfigError } from '../trident/problems.js';
import { StageError } from './stages.js';

export function reportFailure(error: unknown, rt: Pick<Runtime, 'workspace' | 'error'>): void {
  const cause = error instanceof StageError && error.cause instanceof Error ? error.cause : error;
  const relative = (file: string) => path.relative(rt.workspace, file) || file;
  if (cause instanceof HostConfigError) {
    // One annotation per problem, the first COUNT_LIMITS.problems of them: the message lists the count of the rest.
    for (const p of capList(cause.problems).shown) {
      rt.error({
        title: `host-config: ${p.path || 'Trident host configuration'}`,
        message: p.message,
        file: relative(cause.file),
        ...(p.line ? { line: p.line } : {}),
        ...(p.column ? { column: p.column } : {}),
      });
    }
  }
  // The message keeps the stage it failed in ("Base image failed: Input 'base-image': ..."); the title names the input.
  const message = error instanceof Error ? error.message : String(error);
  if (cause instanceof InputError) {
    const at = cause.location;
    rt.error({
      title: `Input '${cause.input}'`,
      message,
      ...(at ? { file: relative(at.file), ...(at.line ? { line: at.line } : {}), ...(at.column ? { column: at.column } : {}) } : {}),
    });
    return;
  }
  rt.error({ title: error instanceof StageError ? `${error.stage} failed` : 'trident-iso-action failed', message });
}
