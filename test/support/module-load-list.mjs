// Given to a Node process with --import: when it exits, it writes the modules
// Node loaded (process.moduleLoadList: its own modules and internal bindings)
// to the file $MODULE_LOAD_LIST names, a line each.
process.on('exit', () => process.getBuiltinModule('node:fs').writeFileSync(process.env.MODULE_LOAD_LIST, `${process.moduleLoadList.join('\n')}\n`));
