// The inputs of action.yml, read once for the tests that run the action as a
// runner would (inputs not given take their defaults) or call readInputs with
// what the runner would pass.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

interface ActionInput {
  default?: string | boolean | number;
}

const actionYml = parse(readFileSync(path.resolve(import.meta.dirname, '..', '..', 'action.yml'), 'utf8')) as {
  inputs: Record<string, ActionInput>;
};

/** The names of action.yml's inputs, in the order it lists them. */
export const ACTION_INPUTS: readonly string[] = Object.keys(actionYml.inputs);

/** Whether action.yml declares an input of that name. */
export function isActionInput(name: string): boolean {
  return Object.hasOwn(actionYml.inputs, name);
}

/** Every input of action.yml with its default as the runner passes it: a string, '' where there is none. */
export function actionDefaults(): Record<string, string> {
  return Object.fromEntries(Object.entries(actionYml.inputs).map(([name, spec]) => [name, String(spec.default ?? '')]));
}
