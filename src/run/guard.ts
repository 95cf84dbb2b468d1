// The one choke point between main and what a user sees: every log line,
// group title, annotation, summary and output main writes goes through the
// Runtime this returns. Text is escaped (context/escape.ts): no value from a
// user's files can inject a workflow command, a second output line or a
// terminal control sequence. An output value with a control character is
// refused (not written, with a warning): an escaped path would be a wrong one.
import { escapeLine, escapeLogText, escapeText, hasControl } from '../context/escape.js';
import type { Annotation, Runtime } from '../runtime.js';

const guarded = new WeakSet<Runtime>();

function annotation(a: Annotation): Annotation {
  return {
    ...a,
    message: escapeLogText(a.message),
    ...(a.title === undefined ? {} : { title: escapeLine(a.title) }),
    ...(a.file === undefined ? {} : { file: escapeLine(a.file) }),
  };
}

export function guardedRuntime(rt: Runtime): Runtime {
  if (guarded.has(rt)) return rt;
  const out: Runtime = {
    getInput: (name) => rt.getInput(name),
    env: rt.env,
    workspace: rt.workspace,
    tempDir: rt.tempDir,
    signal: rt.signal,
    console: {
      info: (line) => rt.console.info(escapeLogText(line)),
      warning: (line) => rt.console.warning(escapeLogText(line)),
      startGroup: (title) => rt.console.startGroup(escapeLine(title)),
      endGroup: () => rt.console.endGroup(),
    },
    setOutput: (name, value) => {
      if (hasControl(value)) {
        rt.warning({ message: `The output ${name} is not set: its value holds a control character (${escapeLine(value)}).` });
        return;
      }
      rt.setOutput(name, value);
    },
    saveState: (name, value) => rt.saveState(name, value),
    addPath: (dir) => rt.addPath(dir),
    setSecret: (value) => rt.setSecret(value),
    error: (a) => rt.error(annotation(a)),
    warning: (a) => rt.warning(annotation(a)),
    writeSummary: (markdown) => rt.writeSummary(escapeText(markdown)),
    setToolkitTemp: (dir) => rt.setToolkitTemp(dir),
    ...(rt.preferToolsOnPath ? { preferToolsOnPath: true } : {}),
  };
  guarded.add(out);
  return out;
}
