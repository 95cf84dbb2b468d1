// Turns an error into what a user sees: an annotation on the file and line it
// concerns when there is one, and one clear message.
import path from 'node:path';
import { HostConfigError } from '../trident/host-config-copy.js';
import { InputError } from '../context/inputs.js';
import type { Runtime } from '../runtime.js';
import { StageError } from './stages.js';

export function reportFailure(error: unknown, rt: Runtime): void {
  const cause = error instanceof StageError && error.cause instanceof Error ? error.cause : error;
  if (cause instanceof HostConfigError) {
    const file = path.relative(rt.workspace, cause.file) || cause.file;
    for (const p of cause.problems) {
      rt.error({
        title: `host-config: ${p.path || 'Trident host configuration'}`,
        message: p.message,
        file,
        ...(p.line ? { line: p.line } : {}),
        ...(p.column ? { column: p.column } : {}),
      });
    }
  }
  // The message keeps the stage it failed in ("Base image failed: Input 'base-image': ..."); the title names the input.
  const message = error instanceof Error ? error.message : String(error);
  if (cause instanceof InputError && cause.location) {
    const { file, line, column } = cause.location;
    rt.error({
      title: `Input '${cause.input}'`,
      message,
      file: path.relative(rt.workspace, file) || file,
      ...(line ? { line } : {}),
      ...(column ? { column } : {}),
    });
    return;
  }
  const title =
    cause instanceof InputError ? `Input '${cause.input}'` : error instanceof StageError ? `${error.stage} failed` : 'trident-iso-action failed';
  rt.error({ title, message });
}
