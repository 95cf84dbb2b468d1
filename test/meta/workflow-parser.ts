// Loads @actions/workflow-parser, the parser behind GitHub's own workflow
// editor and the Actions language server, and wraps it into two checks that
// return every error it reports (schema, expressions, cron, job graph).
//
// Why the loader hook: the package's ESM build imports its JSON schemas
// without `with { type: 'json' }`, which only bundlers accept; Node (20 and
// 24 alike) refuses. Vitest leaves node_modules to Node, so we add the
// missing import attribute for that package's JSON files, and only those,
// with a module.register() hook. If a vitest config later inlines the package
// (server.deps.inline), Vite loads it instead and the hook is simply unused.
import { register } from 'node:module';
import type { TemplateParseResult } from '@actions/workflow-parser';

const hook = `
export async function load(url, context, next) {
  if (url.endsWith('.json') && url.includes('/@actions/workflow-parser/')) {
    return next(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
  }
  return next(url, context);
}`;

let registered = false;
function registerJsonHook(): void {
  if (registered) return;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
  registered = true;
}

function messages(result: TemplateParseResult): string[] {
  return result.context.errors.getErrors().map((e) => e.message);
}

/**
 * Parses and converts one workflow the way GitHub does before running it.
 * Conversion adds the checks that need the whole document (jobs with no
 * dependency, cron syntax, needs cycles), so both stages run.
 */
export async function workflowErrors(name: string, content: string): Promise<string[]> {
  registerJsonHook();
  const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await import('@actions/workflow-parser');
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  if (parsed.value !== undefined) {
    // Errors of conversion land in the same context as those of parsing.
    await convertWorkflowTemplate(parsed.context, parsed.value);
  }
  return messages(parsed);
}

/** Parses action.yml against the action metadata schema (action-root-strict). */
export async function actionErrors(name: string, content: string): Promise<string[]> {
  registerJsonHook();
  const { NoOperationTraceWriter } = await import('@actions/workflow-parser');
  const { parseAction, convertActionTemplate } = await import('@actions/workflow-parser/actions/index');
  const parsed = parseAction({ name, content }, new NoOperationTraceWriter());
  if (parsed.value !== undefined) convertActionTemplate(parsed.context, parsed.value);
  return messages(parsed);
}
