export const id = 770;
export const ids = [770];
export const modules = {

/***/ 6770:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cleanUp: () => (/* binding */ cleanUp)
/* harmony export */ });
/* unused harmony export postCleanUp */
/* harmony import */ var _context_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31997);
/* harmony import */ var _leftovers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52166);
/* harmony import */ var _workdir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97938);
// Removes what a run left (leftovers.ts records it): the post step, a
// cancelled run and the CLI's clean-up all come here. What stops processes,
// the VM and the container (tools/exec.ts, qemu.ts, engine.ts, and Node's
// child_process with them) loads only for a run that left one: the CLI's
// validate-only leaves only its work folder.



/**
 * Removes the leftovers: the VM, the container, a partial output, then the folders (as root through the engine when
 * needed). `exec` is asked for only when there is a container to remove. `remove` removes one path: removeNow where
 * nothing else runs beside the clean-up, removeInBackground (the default) where something may (a cancelled main step
 * stopping its stages).
 */
async function cleanUp(left, exec, log, remove = _workdir_js__WEBPACK_IMPORTED_MODULE_2__/* .removeInBackground */ .KP) {
    const { container, vm } = left;
    // What the main step started and did not see end (it was killed): stopped before their files are removed, or they would write them again.
    if (left.processGroups) {
        const stopped = await (await __webpack_require__.e(/* import() */ 639).then(__webpack_require__.bind(__webpack_require__, 57639))).stopLeftoverGroups(left.processGroups);
        if (stopped.length > 0)
            log(`Stopped process groups the main step left running: ${stopped.join(', ')}.`);
    }
    // The VM first: its disks are in the work folder.
    if (vm && (await (await __webpack_require__.e(/* import() */ 466).then(__webpack_require__.bind(__webpack_require__, 89466))).stopLeftoverVm(vm.pid, vm.name)))
        log(`Stopped the verification VM ${vm.name} (pid ${vm.pid}).`);
    let asRoot;
    if (container) {
        const [{ removeContainer, rootRemover }, run] = await Promise.all([__webpack_require__.e(/* import() */ 812).then(__webpack_require__.bind(__webpack_require__, 21812)), exec()]);
        await removeContainer(run, container.engine, container.name);
        log(`Removed container ${container.name} (if it was still there).`);
        if (container.image)
            asRoot = rootRemover(run, container.engine, container.image, log);
    }
    // Only ever the name the run wrote its copy under (`<output>.partial-<pid>`).
    if (left.partialOutput && /\.partial-\d+$/.test(left.partialOutput))
        await remove(left.partialOutput);
    for (const dir of [left.workDir, left.cacheDir]) {
        if (!dir)
            continue;
        await (0,_workdir_js__WEBPACK_IMPORTED_MODULE_2__/* .removeWorkDir */ .xX)(dir, asRoot, remove).then(() => log(`Removed ${dir}.`), (error) => log(`Could not remove ${dir}: ${(0,_context_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .g)(error)}`));
    }
}
/** The post step: cleans up what the main step left. Never fails the job; says what it could not do. */
async function postCleanUp(getState, exec, out) {
    try {
        // The post step runs alone: its removals are synchronous.
        await cleanUp(loadLeftovers(getState), exec, (line) => out.info(line), removeNow);
    }
    catch (error) {
        out.warning(`Cleanup was incomplete: ${errorMessage(error)}`);
    }
}


/***/ })

};
