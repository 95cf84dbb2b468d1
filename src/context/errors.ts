// Errors a user acts on. An InputError names the action input at fault and
// says what to do; adapters (tools/, trident/) throw errors of their own
// domain, which the stages turn into the InputError of the input concerned,
// so every input error carries its input's name exactly once.
import type { InputName } from './input-types.js';

/** Where in a file an input's content is wrong, for an annotation. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

/** An input that is wrong; the message names it and says what to do. */
export class InputError extends Error {
  constructor(
    readonly input: InputName,
    /** What is wrong, without the input's name. */
    readonly detail: string,
    readonly location?: SourceLocation,
  ) {
    super(`Input '${input}': ${detail}`);
    this.name = 'InputError';
  }
}

/** The message of anything thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
