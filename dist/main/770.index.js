export const id = 770;
export const ids = [770];
export const modules = {

/***/ 6770:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cleanUp: () => (/* binding */ cleanUp)
/* harmony export */ });
/* unused harmony export postCleanUp */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _context_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31997);
/* harmony import */ var _tools_engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21812);
/* harmony import */ var _tools_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57639);
/* harmony import */ var _tools_qemu_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89466);
/* harmony import */ var _leftovers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(52166);
/* harmony import */ var _workdir_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(97938);
// Removes what a run left (leftovers.ts records it): the post step, a
// cancelled run and the CLI's clean-up all come here.







/** Removes the leftovers: the VM, the container, a partial output, then the folders (as root through the engine when needed). */
async function cleanUp(left, exec, log) {
    const { container, vm } = left;
    // What the main step started and did not see end (it was killed): stopped before their files are removed, or they would write them again.
    const stopped = left.processGroups ? await (0,_tools_exec_js__WEBPACK_IMPORTED_MODULE_3__.stopLeftoverGroups)(left.processGroups) : [];
    if (stopped.length > 0)
        log(`Stopped process groups the main step left running: ${stopped.join(', ')}.`);
    // The VM first: its disks are in the work folder.
    if (vm && (await (0,_tools_qemu_js__WEBPACK_IMPORTED_MODULE_4__/* .stopLeftoverVm */ .Rr)(vm.pid, vm.name)))
        log(`Stopped the verification VM ${vm.name} (pid ${vm.pid}).`);
    if (container) {
        await (0,_tools_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .removeContainer */ .od)(exec, container.engine, container.name);
        log(`Removed container ${container.name} (if it was still there).`);
    }
    // Only ever the name the run wrote its copy under (`<output>.partial-<pid>`).
    if (left.partialOutput && /\.partial-\d+$/.test(left.partialOutput))
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(left.partialOutput, { force: true });
    const asRoot = container?.image ? (0,_tools_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .rootRemover */ .Rs)(exec, container.engine, container.image, log) : undefined;
    for (const dir of [left.workDir, left.cacheDir]) {
        if (!dir)
            continue;
        await (0,_workdir_js__WEBPACK_IMPORTED_MODULE_6__/* .removeWorkDir */ .xX)(dir, asRoot).then(() => log(`Removed ${dir}.`), (error) => log(`Could not remove ${dir}: ${(0,_context_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error)}`));
    }
}
/** The post step: cleans up what the main step left. Never fails the job; says what it could not do. */
async function postCleanUp(getState, exec, out) {
    try {
        await cleanUp(loadLeftovers(getState), exec, (line) => out.info(line));
    }
    catch (error) {
        out.warning(`Cleanup was incomplete: ${errorMessage(error)}`);
    }
}


/***/ })

};
