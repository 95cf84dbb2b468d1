export const id = 622;
export const ids = [622];
export const modules = {

/***/ 49622:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  askRpmCacheAhead: () => (/* reexport */ askRpmCacheAhead),
  baseImage: () => (/* reexport */ baseImage),
  check: () => (/* reexport */ check),
  checkForVerify: () => (/* reexport */ checkForVerify),
  customizerImage: () => (/* reexport */ customizerImage),
  plan: () => (/* reexport */ plan),
  readGivenRpms: () => (/* reexport */ readGivenRpms),
  tridentRpms: () => (/* reexport */ tridentRpms),
  validateOnlySummary: () => (/* reexport */ validateOnlySummary),
  writeConfig: () => (/* reexport */ writeConfig)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/context/errors.js
var errors = __webpack_require__(31997);
// EXTERNAL MODULE: ./build/context/input-types.js
var input_types = __webpack_require__(12116);
// EXTERNAL MODULE: ./build/context/oci-ref.js
var oci_ref = __webpack_require__(81393);
// EXTERNAL MODULE: ./build/context/platform.js
var context_platform = __webpack_require__(63713);
// EXTERNAL MODULE: ./build/tools/abortable.js
var abortable = __webpack_require__(10054);
// EXTERNAL MODULE: ./build/tools/results-service.js
var results_service = __webpack_require__(39172);
;// CONCATENATED MODULE: ./build/tools/cache.js
// The Actions cache, for work that gives the same result every time: the base
// image (keyed by its manifest digest) and RPMs built from a clean commit.
// The cache is an optimisation: when its service fails or is absent, the
// build warns and carries on. Whether the cache holds a key is asked without
// the client (tools/results-service.ts: one request, no Azure SDK to compile);
// the client is loaded only for what downloads or uploads.




/** Cache keys, from what determines the content exactly. Pure. */
const cacheKeys = {
    baseImage: (platform, digest) => `trident-iso-base-image-${context_platform/* PLATFORMS */.P4[platform].key}-${digest.replace(':', '-')}`,
    rpms: (platform, commit) => `trident-iso-rpms-${context_platform/* PLATFORMS */.P4[platform].key}-${commit}`,
};
let cacheClient;
/** Loads the cache client (with the Azure SDK's blob client) once; call it while the run waits on processes, to have it loaded when a save comes. */
function loadCacheClient() {
    cacheClient ??= Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(271), __webpack_require__.e(88), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142));
    return cacheClient;
}
async function client() {
    const cache = await loadCacheClient();
    return cache.isFeatureAvailable() ? cache : undefined;
}
/** A read of the cache: its failure is warned about and gives `otherwise`. Never throws, except when cancelled. */
async function reading(log, signal, otherwise, read) {
    try {
        return await read();
    }
    catch (error) {
        if (signal?.aborted)
            throw error;
        log.warning(`The cache could not be read (${(0,errors/* errorMessage */.g)(error)}); carrying on without it.`);
        return otherwise;
    }
}
/**
 * What the cache service says of `key` for dir, asked as @actions/cache asks it: with cache service v2
 * by one request without the client (nothing downloaded); with v1 (GitHub Enterprise Server) by the
 * client itself (restoreCache with lookupOnly). The environment is the process's, which the client
 * reads: the lookup and the restore that follows it agree. Never throws, except when cancelled.
 */
async function ask(dir, key, log, exec, signal) {
    const env = process.env;
    return reading(log, signal, 'error', async () => {
        if ((0,results_service/* cacheServiceVersion */.yG)(env) === 'v1') {
            const cache = await client();
            if (!cache)
                return 'unavailable';
            const hit = await (0,abortable/* abortable */.ZC)(cache.restoreCache([dir], key, undefined, { lookupOnly: true }), signal);
            return hit === key ? 'hit' : 'miss';
        }
        if (!env.ACTIONS_RESULTS_URL)
            return 'unavailable';
        // The runner's cache mode may forbid reading: the client then restores nothing, a miss.
        if (!(0,results_service/* cacheReadable */.zP)(env))
            return 'miss';
        const matched = await (0,results_service/* findCacheEntry */.oX)(env, { paths: [dir], key, compression: await (0,results_service/* compressionMethod */.L9)(exec) }, signal);
        return matched === key ? 'hit' : 'miss';
    });
}
/** Restores dir from the cache; true on an exact hit. Asks first (tools/results-service.ts), so a miss loads no client. Never throws, except when cancelled. */
async function restore(dir, key, log, exec, signal) {
    const said = await ask(dir, key, log, exec, signal);
    if (said === 'unavailable')
        log.info('The Actions cache service is not available here: nothing is restored.');
    if (said !== 'hit') {
        if (said === 'miss')
            log.info(`Cache miss: ${key}`);
        return false;
    }
    return reading(log, signal, false, async () => {
        const cache = await client();
        const restored = cache ? await (0,abortable/* abortable */.ZC)(cache.restoreCache([dir], key), signal) : undefined;
        log.info(restored === key ? `Cache hit: ${key}` : `Cache miss: ${key}`);
        return restored === key;
    });
}
/**
 * Whether the cache holds `key` for dir, asked without downloading anything.
 * false also when it cannot say (no service, an error, warned about as
 * restore() warns): the caller then does the work. Never throws, except when cancelled.
 */
async function lookup(dir, key, log, exec, signal) {
    return (await ask(dir, key, log, exec, signal)) === 'hit';
}
/** Saves dir under key. Never throws, except when cancelled. */
async function save(dir, key, log, signal) {
    try {
        const cache = await client();
        if (!cache)
            return;
        // saveCache does not throw when the service refuses the entry (another job is saving the key, a
        // write denied, a failed finalize): it says so itself and returns -1.
        const id = await (0,abortable/* abortable */.ZC)(cache.saveCache([dir], key), signal);
        if (id === -1)
            log.info(`${dir} was not cached as ${key} (the cache service did not take it, as said above); the next run will do this work again.`);
        else
            log.info(`Cached ${dir} as ${key}`);
    }
    catch (error) {
        if (signal?.aborted)
            throw error;
        log.warning(`The cache could not be written (${(0,errors/* errorMessage */.g)(error)}); the next run will do this work again.`);
    }
}

// EXTERNAL MODULE: ./build/tools/hash.js
var hash = __webpack_require__(89790);
// EXTERNAL MODULE: ./build/tools/build-tools.js
var build_tools = __webpack_require__(43482);
// EXTERNAL MODULE: ./build/tools/exec.js
var exec = __webpack_require__(57639);
;// CONCATENATED MODULE: ./build/data/oras-releases.json
const oras_releases_namespaceObject = /*#__PURE__*/JSON.parse('{"1.0.0":{"darwin":{"amd64":{"checksum":"3bce1a83fb518c7bc0afac685601835e5234daa88b3074aafecf768ec80229fe","url":"https://github.com/oras-project/oras/releases/download/v1.0.0/oras_1.0.0_darwin_amd64.tar.gz"},"arm64":{"checksum":"0168a0b8289c202b9dcd57fb4fa3638610245fd5574032e18b1196a20e4100d1","url":"https://github.com/oras-project/oras/releases/download/v1.0.0/oras_1.0.0_darwin_arm64.tar.gz"}},"linux":{"amd64":{"checksum":"8533c9ea1e5a0d5eb1dfc5094c0e8ef106d15462f8a119077548f88937ed2133","url":"https://github.com/oras-project/oras/releases/download/v1.0.0/oras_1.0.0_linux_amd64.tar.gz"},"arm64":{"checksum":"332ba74c043ed590ab0fb61656e6d274243e915cb150d48be4ad64ed591dcc84","url":"https://github.com/oras-project/oras/releases/download/v1.0.0/oras_1.0.0_linux_arm64.tar.gz"},"armv7":{"checksum":"c626893bed0aa26eb37113e11c1bc34552fa213f26af85ef14100a366e6c7c06","url":"https://github.com/oras-project/oras/releases/download/v1.0.0/oras_1.0.0_linux_armv7.tar.gz"},"s390x":{"checksum":"2339f972cbbaa7dc4fed0795c2c37a6124ee524c6e0ed62919c3a0097dd57442","url":"https://github.com/oras-project/oras/releases/download/v1.0.0/oras_1.0.0_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"e47e91fbc72cfe4e5c89321ebc5af953bcafa8a9ecdb0b4fbd53fd136578e03e","url":"https://github.com/oras-project/oras/releases/download/v1.0.0/oras_1.0.0_windows_amd64.zip"}}},"1.0.1":{"darwin":{"amd64":{"checksum":"34f11536dc191f9ad4288649f97ef69b478548f891c932c9732307f064ed3331","url":"https://github.com/oras-project/oras/releases/download/v1.0.1/oras_1.0.1_darwin_amd64.tar.gz"},"arm64":{"checksum":"faa0181799f0e0295d7df188441a1f8869da78a50da4cf7fb03cf35dc746b178","url":"https://github.com/oras-project/oras/releases/download/v1.0.1/oras_1.0.1_darwin_arm64.tar.gz"}},"linux":{"amd64":{"checksum":"6b51b87360d373dd3c19b91d2627d2efd320513380a878b6f06702f72fe8c5ab","url":"https://github.com/oras-project/oras/releases/download/v1.0.1/oras_1.0.1_linux_amd64.tar.gz"},"arm64":{"checksum":"ae1884ae17b7ae7ce694c63d51a52ab0dac1f2c0ca384163455c1e96c5663db0","url":"https://github.com/oras-project/oras/releases/download/v1.0.1/oras_1.0.1_linux_arm64.tar.gz"},"armv7":{"checksum":"f31bc8eab3ed2f368056df3eb5761f40d90dfbd8272bec58d83961f41ebbf3fb","url":"https://github.com/oras-project/oras/releases/download/v1.0.1/oras_1.0.1_linux_armv7.tar.gz"},"s390x":{"checksum":"2a63313a99dd45c448c022a303941e1f5b47b8fdf3493c593b026de384a284b6","url":"https://github.com/oras-project/oras/releases/download/v1.0.1/oras_1.0.1_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"0b9c50eda7aa384d435b31710264d08c77a5e83ee6560ee6e13ca46a6acec1ba","url":"https://github.com/oras-project/oras/releases/download/v1.0.1/oras_1.0.1_windows_amd64.zip"}}},"1.1.0":{"darwin":{"amd64":{"checksum":"f8ac5dea53dd9331cf080f1025f0612e7b07c5af864a4fd609f97d8946508e45","url":"https://github.com/oras-project/oras/releases/download/v1.1.0/oras_1.1.0_darwin_amd64.tar.gz"},"arm64":{"checksum":"d52d3140b0bb9f7d7e31dcbf2a513f971413769c11f7d7a5599e76cc98e45007","url":"https://github.com/oras-project/oras/releases/download/v1.1.0/oras_1.1.0_darwin_arm64.tar.gz"}},"linux":{"amd64":{"checksum":"e09e85323b24ccc8209a1506f142e3d481e6e809018537c6b3db979c891e6ad7","url":"https://github.com/oras-project/oras/releases/download/v1.1.0/oras_1.1.0_linux_amd64.tar.gz"},"arm64":{"checksum":"e450b081f67f6fda2f16b7046075c67c9a53f3fda92fd20ecc59873b10477ab4","url":"https://github.com/oras-project/oras/releases/download/v1.1.0/oras_1.1.0_linux_arm64.tar.gz"},"armv7":{"checksum":"def86e7f787f8deee50bb57d1c155201099f36aa0c6700d3b525e69ddf8ae49b","url":"https://github.com/oras-project/oras/releases/download/v1.1.0/oras_1.1.0_linux_armv7.tar.gz"},"s390x":{"checksum":"067600d61d5d7c23f7bd184cff168ad558d48bed99f6735615bce0e1068b1d77","url":"https://github.com/oras-project/oras/releases/download/v1.1.0/oras_1.1.0_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"2ac83631181d888445e50784a5f760f7f9d97fba3c089e79b68580c496fe68cf","url":"https://github.com/oras-project/oras/releases/download/v1.1.0/oras_1.1.0_windows_amd64.zip"}}},"1.2.0":{"darwin":{"amd64":{"checksum":"58a8494f5bce778e21d89d90c82e05bd128e7bb9d84dd190d154f8afdbf30541","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_darwin_amd64.tar.gz"},"arm64":{"checksum":"fea801b0e02c5342e749ef2860e1faebae03e93ae50e33ed40d227e089cf9435","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_darwin_arm64.tar.gz"}},"freebsd":{"amd64":{"checksum":"73d3a292dce1f0985df084ff50b38ab2deacbcb01902ceebc008d5bea2f2dee9","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_freebsd_amd64.tar.gz"}},"linux":{"amd64":{"checksum":"5b3f1cbb86d869eee68120b9b45b9be983f3738442f87ee5f06b00edd0bab336","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_linux_amd64.tar.gz"},"arm64":{"checksum":"27df680a39fc2fcedc549cb737891623bc696c9a92a03fd341e9356a35836bae","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_linux_arm64.tar.gz"},"armv7":{"checksum":"054685703cb0c66e51f8143e3bbd3976e217d3d595f0593db43b6dd451e43329","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_linux_armv7.tar.gz"},"ppc64le":{"checksum":"af5ee50434c7263b1460978af83e7690570e8999678fae9db6c5dbb38467fed5","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_linux_ppc64le.tar.gz"},"riscv64":{"checksum":"42c7e5f35b72492dd3ee7c68edad0c0da939b39e6ead7f682329015b283e96f8","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_linux_riscv64.tar.gz"},"s390x":{"checksum":"69d2e842e592f4d990b33d58ff3c298c4e4c0921dd54ad9e65e3b6dd9427a750","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"f110b42a20bd4728fb0428d36ee6ed10de58cd986bba8e95ecc4f0272cb017ba","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_windows_amd64.zip"}}},"1.2.1":{"darwin":{"amd64":{"checksum":"54095db9a4cb0f37bf7ac5afbed0ff167215195ad07b6d9318b69c5a8944b19d","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_darwin_amd64.tar.gz"},"arm64":{"checksum":"e3489c1946cb98c21992e09f2ec37974ad3856bb88b798682975fce7960f08fe","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_darwin_arm64.tar.gz"}},"freebsd":{"amd64":{"checksum":"778f92a8d678b45a3fc70234573cf6b48f50744111f2c4c615fd9962b41481e7","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_freebsd_amd64.tar.gz"}},"linux":{"amd64":{"checksum":"4180b940409ab801ada54cdb793dd7372be2a5cb25b6522490409d5d4b0e3dde","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_linux_amd64.tar.gz"},"arm64":{"checksum":"65f9197e9eacda769b1f2f447e2c4004a8f3f772855c2c987d5111e8302cbbed","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_linux_arm64.tar.gz"},"armv7":{"checksum":"fe833e216c72f98d1426da3b0dd136328a578c92a6cd10987374bc5680c0a0a4","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_linux_armv7.tar.gz"},"ppc64le":{"checksum":"cbfc9b4c847becb0dc5b6f30b3bf55884a1090f5deb6894ba5183f6e916e17e2","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_linux_ppc64le.tar.gz"},"riscv64":{"checksum":"960067eaf16034eb8ac2f843775e53bae37b7585d55132e283fb3402a3cea68a","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_linux_riscv64.tar.gz"},"s390x":{"checksum":"dc3b6a4c3290c60de8c57ff63fef7a5689cd8e2df39026f2937cc25fd95dfbc4","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"e072dac29eb4a4b62520b52193e028420c159e5ec192f28bfebfb11f81c7d6d8","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_windows_amd64.zip"}}},"1.2.2":{"darwin":{"amd64":{"checksum":"e953c3c5580a317ba30871ee77f39a37e5bcb030edf01c5e9a83ebddcec7cf8a","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_darwin_amd64.tar.gz"},"arm64":{"checksum":"fcac22adaf1cfe7854738859d0f4705d1cd75a23edaef5ee2e9aba66cfff2315","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_darwin_arm64.tar.gz"}},"freebsd":{"amd64":{"checksum":"a0570a5119cb054f6d3716dd9771a2216e15bc38953293be4703059cada113e3","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_freebsd_amd64.tar.gz"}},"linux":{"amd64":{"checksum":"bff970346470e5ef888e9f2c0bf7f8ee47283f5a45207d6e7a037da1fb0eae0d","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_linux_amd64.tar.gz"},"arm64":{"checksum":"edd7195cbb8ba56c29ede413eefa10c8026201d63326017cd315841b4063aa56","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_linux_arm64.tar.gz"},"armv7":{"checksum":"df2e87741cdb703f77930a10202d4425775e69c6b925ce0cab3a2a992fa6a446","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_linux_armv7.tar.gz"},"ppc64le":{"checksum":"d7554f1d96061ba8c4ea8c930b01f7f47a336b20b52ac442f5dbcab88c3793cf","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_linux_ppc64le.tar.gz"},"riscv64":{"checksum":"dbebe747bb5f9c8382d7cdd2fb81edf48aa5d03401364252172f32caddd449eb","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_linux_riscv64.tar.gz"},"s390x":{"checksum":"9d72dcd93264729c9dbee91b6841fdfe1fa85ec6c9303108a889bdd6816383ee","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"25110d69d220bf55469a14c243f759305737dac6672fb47b4af4e43b000f55f5","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_windows_amd64.zip"}}},"1.2.3":{"darwin":{"amd64":{"checksum":"29d8b684dadd9b08614fe9023a5ac8ff0ef1bef1c9795ad8076e3215eb207724","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_darwin_amd64.tar.gz"},"arm64":{"checksum":"ca4188a0c690536d34baf2a4c3507b3fcc11a06979aeec6da3560a0c4d944a6a","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_darwin_arm64.tar.gz"}},"freebsd":{"amd64":{"checksum":"0cd77c9340578e4ef86533d5603498fe006f6b962d619612d49769aa01fe90e3","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_freebsd_amd64.tar.gz"}},"linux":{"amd64":{"checksum":"b4efc97a91f471f323f193ea4b4d63d8ff443ca3aab514151a30751330852827","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_linux_amd64.tar.gz"},"arm64":{"checksum":"90e24e234dc6dffe73365533db66fd14449d2c9ae77381081596bf92f40f6b82","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_linux_arm64.tar.gz"},"armv7":{"checksum":"f5d32565d714fdddc4f06fd8c00e9cc5719398ccb918a5d64a54b5531da4f893","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_linux_armv7.tar.gz"},"ppc64le":{"checksum":"6362e6df98961906c55fbbaf789610c575a8cd4c72a0e18a41561b36fd4352ef","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_linux_ppc64le.tar.gz"},"riscv64":{"checksum":"a1f2a861b5e5e295925dcdeb226a3e097e92b48c87a00c5cbbdffc6288597b37","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_linux_riscv64.tar.gz"},"s390x":{"checksum":"7993b9247c49e7aa3f107568c33c37d6bcae87018651a6def8278ea7c2c7a3a8","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"8fe890f5c6c89b06fb138839e533a112e0fc026a25b2c8c1b042b32455a56947","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_windows_amd64.zip"}}},"1.3.0":{"darwin":{"amd64":{"checksum":"82c33f7da8430ea7fa7e7bdf7721be0a0d0481e5ccb2472ea438490d5e8641a9","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_darwin_amd64.tar.gz"},"arm64":{"checksum":"e10c6552c02d5a7c7eaf7170d3b6f7f094b675a98a1e0edf4d4478a909447245","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_darwin_arm64.tar.gz"}},"freebsd":{"amd64":{"checksum":"3e885e8c78d61cf9ab57597ebc1a5c7a985ca8578c3ed5a87842c5411610c7f5","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_freebsd_amd64.tar.gz"}},"linux":{"amd64":{"checksum":"6cdc692f929100feb08aa8de584d02f7bcc30ec7d88bc2adc2054d782db57c64","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_linux_amd64.tar.gz"},"arm64":{"checksum":"7649738b48fde10542bcc8b0e9b460ba83936c75fb5be01ee6d4443764a14352","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_linux_arm64.tar.gz"},"armv7":{"checksum":"adba63f14b3356601bdb4c286f0373270e2bc4e10e59b836c1796d11c48b4ace","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_linux_armv7.tar.gz"},"loong64":{"checksum":"0da4a220de5431909cd7fed725c1741191df7b33d7eefd6f26dfd2a189b05596","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_linux_loong64.tar.gz"},"ppc64le":{"checksum":"3eb1c038c6a7a85eaeaf34bca187375e9de624c43019d2a722e474de3237a90e","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_linux_ppc64le.tar.gz"},"riscv64":{"checksum":"87bbd09d34b5bac85fec2c39251b979097c32b7a6f1e645e04f5fa8f899701a1","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_linux_riscv64.tar.gz"},"s390x":{"checksum":"4eb036537a0fbbe1f75faed99272ca579ad4e6eb583e903ac647749dcf53898a","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"b050e93aa0dc7a79a61fa8e4074dfa302c41d4af01b634fe393c5dd687536aee","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_windows_amd64.zip"}}},"1.3.1":{"darwin":{"amd64":{"checksum":"22b7d8947d32280283c2e1a2fabc59d3b3c3b3056ec070dabdfe016fda532e52","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_darwin_amd64.tar.gz"},"arm64":{"checksum":"d545a238f4c8be6dfae6c3d0ff5b09720c5588641d4a5180fb87c38a64500cc4","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_darwin_arm64.tar.gz"}},"freebsd":{"amd64":{"checksum":"2d383403fbe0e7160652671455bd5d23a97e6cf0c355c618b233a1ac7aa05c2d","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_freebsd_amd64.tar.gz"}},"linux":{"amd64":{"checksum":"d52c4af76ce6a3ceb8579e51fb751a43ac051cca67f965f973a0b0e897a2bb86","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_linux_amd64.tar.gz"},"arm64":{"checksum":"79946ad57d732836f9242f903f476b6fa484c451d659f121bce54d931ab2a044","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_linux_arm64.tar.gz"},"armv7":{"checksum":"2974eac27ce587c5ffdc3f2ddc2e1af4ea57c3e7d0ec12b64e3879edf9d7dfb7","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_linux_armv7.tar.gz"},"loong64":{"checksum":"8467e1bb87d01495283993dec1c1fe8962b3c5119afe6346dc8176da99746547","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_linux_loong64.tar.gz"},"ppc64le":{"checksum":"6e11f06d52475fcf6be0ee140f69957a5b069c90fcd1e7a514f7df2d88144ca8","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_linux_ppc64le.tar.gz"},"riscv64":{"checksum":"f49cacaca1ceea3af51965918420f772947dce57319435cb170206567f2991b6","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_linux_riscv64.tar.gz"},"s390x":{"checksum":"4372e53aef199dd3a8c2bd4298c4934e8802189803ff3b961c9a001598e6cbba","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"8cf69e46f966e592ad36261c05b8f59c02125743b7261c03f6badc3919b40cb0","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_windows_amd64.zip"}}},"1.3.2":{"darwin":{"amd64":{"checksum":"2621f6b252b222f6fbf4e114d2fcaa0cec6b632624ffaf73143f66e4e0994f86","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_darwin_amd64.tar.gz"},"arm64":{"checksum":"7929f792cf272268412375ecad6f0fb3c20f164368d5b57966e67ad6d36eca53","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_darwin_arm64.tar.gz"}},"freebsd":{"amd64":{"checksum":"3481583cc330d51f1e576df84f1efc3c3630c1f88314fbac76e27ce4d3097dd9","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_freebsd_amd64.tar.gz"}},"linux":{"amd64":{"checksum":"9229ccc6d17bb282039ad4a69abb16dcb887a5bce567c075d731d9b3c7ad8eaf","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_linux_amd64.tar.gz"},"arm64":{"checksum":"8db4a223bd6034deff198e791ea7cb3af0840df25b7e9f370e2f1f3fd20d389b","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_linux_arm64.tar.gz"},"armv7":{"checksum":"96b5414b5651da65a61e4f81f340b96f17d3755d54b5c3f879b2bb20eed83f00","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_linux_armv7.tar.gz"},"loong64":{"checksum":"d1b2170991779b4fba8f4b2f0c17562b15307925ee703d259bbe24846f5072bf","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_linux_loong64.tar.gz"},"ppc64le":{"checksum":"e9904853815a265091a2a7cee76b934a099e04b5c11a7ebc53d93009b3d15cb2","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_linux_ppc64le.tar.gz"},"riscv64":{"checksum":"4b0c72c1d2795d14d8e038687574e56dee22a9f0e3a0dd2746baccedfa6425ff","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_linux_riscv64.tar.gz"},"s390x":{"checksum":"98aad2e81f9ccd1d68a148623a3eac3a301383d21fb7ab33b49835fc96157e9e","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"c896f26245f11e6385d52010bb0a65a4e500e1f3244680a6556ed05462fa1c0d","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_windows_amd64.zip"}}}}');
;// CONCATENATED MODULE: ./build/tools/oras-releases.js
// The oras releases whose asset checksums are pinned (from each release's
// checksums file, as collected by oras-project/setup-oras). A download is
// trusted only when its SHA-256 matches this table or the oras-checksum input.


const TABLE = oras_releases_namespaceObject;
/** oras's names for the runner's OS and architecture (the platform table's; Node's name for others). */
function orasPlatform(nodePlatform, nodeArch) {
    const os = nodePlatform === 'win32' ? 'windows' : nodePlatform;
    const platform = (0,context_platform/* platformOfNodeArch */.$S)(nodeArch);
    return { os, arch: platform ? context_platform/* PLATFORMS */.P4[platform].oras : nodeArch };
}
/** The pinned asset for a version, OS and arch, or undefined when oras publishes none. */
function pinnedAsset(version, os, arch) {
    return TABLE[version]?.[os]?.[arch];
}

// EXTERNAL MODULE: ./build/tools/oras-versions.js + 1 modules
var oras_versions = __webpack_require__(71916);
// EXTERNAL MODULE: ./build/tools/registry-auth.js
var registry_auth = __webpack_require__(91308);
// EXTERNAL MODULE: ./build/tools/retry.js
var retry = __webpack_require__(29030);
;// CONCATENATED MODULE: ./build/tools/oras.js
// oras: installed through the tool cache (pinned checksum), then used to
// resolve and pull the base image. Credentials go on stdin into a private
// registry config, never into argv. A registry's refusal comes back as a
// RegistryError; the base image stage says which input it concerns.









/** Where to download oras from and the SHA-256 it must have. Pure. */
function orasDownload(spec, os, arch) {
    if (spec.url && spec.checksum)
        return { url: spec.url, checksum: spec.checksum };
    const asset = pinnedAsset(spec.version, os, arch);
    if (!asset)
        throw new Error(`oras ${spec.version} has no release for ${os}/${arch}; give oras-url and oras-checksum for a build that runs here.`);
    return { url: asset.url, checksum: asset.checksum };
}
/**
 * Finds oras in the tool cache (RUNNER_TOOL_CACHE), or downloads it into
 * `scratch`, verifies it and caches it.
 */
async function installOras(spec, o) {
    const { os, arch } = orasPlatform(process.platform, process.arch);
    const exe = os === 'windows' ? 'oras.exe' : 'oras';
    // Loaded only here: the tool cache client (and its HTTP client) would otherwise weigh on every start.
    const tc = await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(88), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 59805));
    // Cached under Node's arch name (x64, arm64), the tool cache's convention.
    const cached = tc.find('oras', spec.version);
    if (cached) {
        o.log(`oras ${spec.version} found in the tool cache: ${cached}`);
        return { bin: external_node_path_.join(cached, exe), version: spec.version, downloaded: false };
    }
    const { url, checksum } = orasDownload(spec, os, arch);
    o.log(`Downloading oras ${spec.version} from ${url}`);
    const archive = await (0,abortable/* abortable */.ZC)(tc.downloadTool(url, external_node_path_.join(o.scratch, `oras-${spec.version}${url.endsWith('.zip') ? '.zip' : '.tar.gz'}`)), o.signal);
    const actual = await (0,hash/* sha256File */.Q)(archive);
    if (actual !== checksum.toLowerCase()) {
        throw new Error(`oras download failed its checksum: ${url} has SHA-256 ${actual}, expected ${checksum}. ` +
            'Nothing was installed. Check oras-url/oras-checksum, or the mirror serving it.');
    }
    o.log(`SHA-256 verified: ${actual}`);
    const into = external_node_path_.join(o.scratch, `oras-${spec.version}`);
    const extracted = url.endsWith('.zip') ? await tc.extractZip(archive, into) : await tc.extractTar(archive, into);
    const dir = await tc.cacheDir(extracted, 'oras', spec.version);
    return { bin: external_node_path_.join(dir, exe), version: spec.version, downloaded: true };
}
/** The version `oras version` prints ("Version:        1.3.0", oras cmd/oras/root/version.go), or undefined. Pure. */
function parseOrasVersion(text) {
    return /^Version:\s+v?(\d+\.\d+\.\d+)/m.exec(text)?.[1];
}
/** Whether the action works with this oras: MIN_ORAS up to the next major version. Pure. */
function supportedOras(version) {
    return (0,build_tools/* versionAtLeast */.zy)(version, oras_versions/* MIN_ORAS */.B) && !(0,build_tools/* versionAtLeast */.zy)(version, '2.0.0');
}
/**
 * oras on PATH, when its version is supported (on a developer's machine it is
 * used rather than downloading one); undefined otherwise, saying why in `log`.
 */
async function orasOnPath(exec, pathVariable, log, signal) {
    const bin = await (0,build_tools/* whichOnPath */.GU)('oras', pathVariable);
    if (!bin)
        return undefined;
    const result = await exec.run([bin, 'version'], { captureStdout: true, ...(signal ? { signal } : {}) }).catch(() => undefined);
    const version = result?.exitCode === 0 ? parseOrasVersion(result.stdout) : undefined;
    if (!version || !supportedOras(version)) {
        log(`oras on PATH (${bin}) is ${version ? `version ${version}` : 'of an unknown version'}; the action supports ${oras_versions/* MIN_ORAS */.B} up to 2.0.0, so it installs its own.`);
        return undefined;
    }
    log(`Using oras ${version} from PATH: ${bin}`);
    return { bin, version, downloaded: false };
}
/** A registry that refused or did not have what was asked (after retrying transient failures). */
class RegistryError extends Error {
    ref;
    reason;
    output;
    constructor(
    /** The reference (or registry, for a login) asked for. */
    ref, reason, 
    /** What oras said. */
    output) {
        super(`${ref}: ${output}`);
        this.ref = ref;
        this.reason = reason;
        this.output = output;
        this.name = 'RegistryError';
    }
}
function registryError(error, ref) {
    if (!(error instanceof exec.CommandError))
        return error;
    const text = error.tail.join('\n');
    const reason = /unauthorized|401|denied|403/i.test(text)
        ? 'refused'
        : /not found|404|manifest unknown|name unknown/i.test(text)
            ? 'not-found'
            : 'other';
    return new RegistryError(ref, reason, text);
}
/** The argv of each oras call; pure, so validate-only can print exactly what would run. */
const orasArgv = {
    login: (bin, registry, username, registryConfig) => [
        bin,
        'login',
        registry,
        '--username',
        username,
        '--password-stdin',
        '--registry-config',
        registryConfig,
    ],
    /** The manifest's descriptor (HEAD only): digest and media type (oras v1.3.0 cmd/oras/root/manifest/fetch.go). */
    descriptor: (bin, ref, registryConfig) => [
        bin,
        'manifest',
        'fetch',
        '--descriptor',
        '--registry-config',
        registryConfig,
        // `--` ends the options (cobra, spf13/pflag flag.go): a reference is never read as one.
        '--',
        ref,
    ],
    /** With a platform only for an image index: on a single manifest oras fails (oras-go v2.6.0 internal/platform/platform.go SelectManifest). */
    pull: (bin, ref, platform, outDir, registryConfig) => [
        bin,
        'pull',
        ...(platform ? ['--platform', platform] : []),
        '--output',
        outDir,
        '--registry-config',
        registryConfig,
        '--',
        ref,
    ],
};
/**
 * Manifest media types that list one manifest per platform, so that a pull
 * must choose with --platform (opencontainers/image-spec specs-go/v1/mediatype.go;
 * oras-go v2.6.0 internal/docker/mediatype.go). Image Customizer's own
 * container/run.sh (v0.18.0) pulls older single-arch minimal-os tags without it.
 */
const INDEX_MEDIA_TYPES = ['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json'];
function isIndex(mediaType) {
    return INDEX_MEDIA_TYPES.some((t) => t === mediaType);
}
/** The descriptor `oras manifest fetch --descriptor` prints (one JSON object), checked. Pure. */
function parseDescriptor(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new Error(`oras manifest fetch --descriptor printed '${text.slice(0, 200)}', not a descriptor`);
    }
    const d = (typeof value === 'object' && value !== null ? value : {});
    const { mediaType, digest, size } = d;
    if (typeof mediaType !== 'string' ||
        !/^[\w.+-]+\/[\w.+-]+$/.test(mediaType) ||
        typeof digest !== 'string' ||
        !/^sha256:[a-f0-9]{64}$/.test(digest) ||
        typeof size !== 'number') {
        throw new Error(`oras manifest fetch --descriptor printed '${text.slice(0, 200)}', not a manifest descriptor`);
    }
    return { mediaType, digest, size };
}
function options(oras, extra = {}) {
    return { ...extra, ...(oras.onLine && !extra.captureStdout ? { onLine: oras.onLine } : {}), ...(oras.signal ? { signal: oras.signal } : {}) };
}
async function orasLogin(oras, registry, credentials) {
    await (0,registry_auth/* seedRegistryConfig */.f)(oras.registryConfig, registry);
    await (0,retry/* retryTransient */.jh)('oras login', () => oras.exec.runChecked(orasArgv.login(oras.bin, registry, credentials.username, oras.registryConfig), options(oras, { input: credentials.password })), { policy: oras.retry, log: oras.onLine, signal: oras.signal }).catch((error) => {
        throw registryError(error, registry);
    });
}
/** What ref names now (an index for multi-platform images, else one manifest), without downloading anything but its descriptor. */
async function orasDescriptor(oras, ref) {
    const result = await (0,retry/* retryTransient */.jh)('oras manifest fetch', () => oras.exec.runChecked(orasArgv.descriptor(oras.bin, ref, oras.registryConfig), options(oras, { captureStdout: true })), { policy: oras.retry, log: oras.onLine, signal: oras.signal }).catch((error) => {
        throw registryError(error, ref);
    });
    return parseDescriptor(result.stdout.trim());
}
/** Pulls ref (pinned by digest), choosing `platform` from an index; errors name `asGiven`, the reference the user wrote. */
async function orasPull(oras, ref, platform, outDir, asGiven = ref) {
    await (0,retry/* retryTransient */.jh)('oras pull', () => oras.exec.runChecked(orasArgv.pull(oras.bin, ref, platform, outDir, oras.registryConfig), options(oras)), {
        policy: oras.retry,
        log: oras.onLine,
        signal: oras.signal,
    }).catch((error) => {
        throw registryError(error, asGiven);
    });
}

;// CONCATENATED MODULE: ./build/stages/base-image.js
// Stage 3b (beside the RPMs and the Image Customizer image): oras from the
// tool cache, then the Azure Linux base image from the Actions cache or the
// registry (resolved first, pulled by that digest, with --platform only when
// it is an image index), or a local file. A pull that the cache can keep is
// saved in the background, beside Image Customizer.







/** node:fs/promises, loaded when this module first touches a file: validate-only loads this module and never does. */
const fs = () => process.getBuiltinModule('node:fs/promises');
/** Picks the disk image among pulled files by its extension. Pure. */
function pickDiskImage(files) {
    for (const ext of input_types/* BASE_IMAGE_EXTENSIONS */.TH) {
        const hit = files.find((f) => f.toLowerCase().endsWith(ext));
        if (hit)
            return hit;
    }
    return undefined;
}
/** Where the base image is pulled: with the cache on, a path that is the same in every run. */
function basePullDir(ctx) {
    return ctx.cache ? external_node_path_.join(ctx.cacheRoot, 'base-image') : ctx.work.base;
}
/** What a registry's refusal means for the base-image input. */
function baseImageError(error) {
    if (!(error instanceof RegistryError))
        return error;
    const hint = error.reason === 'refused'
        ? 'the registry refused access: give registry-username and registry-password, or check that they are right'
        : error.reason === 'not-found'
            ? 'no such image or tag in the registry: check the repository and tag'
            : 'check the reference and that the registry is reachable';
    return new errors/* InputError */.d('base-image', `could not get ${error.ref} (${hint}). oras said:\n${error.output}`);
}
async function baseImage(ctx, log, signal) {
    const { inputs, work, rt } = ctx;
    const source = inputs.baseImage;
    if (inputs.cache && !ctx.cache)
        log('The Actions cache service is not available here (not in a workflow job): the base image is not cached.');
    if (source.kind === 'file')
        return { file: source.path, digest: `sha256:${await (0,hash/* sha256File */.Q)(source.path)}` };
    // oras-url names a build to use; otherwise the CLI takes a supported oras already on PATH.
    const local = rt.preferToolsOnPath && !inputs.oras.url ? await orasOnPath(ctx.exec, rt.env.PATH ?? '', log, signal) : undefined;
    const installed = local ?? (await installOras(inputs.oras, { scratch: work.scratch, log, signal }));
    rt.addPath(external_node_path_.dirname(installed.bin));
    const oras = {
        bin: installed.bin,
        registryConfig: external_node_path_.join(work.auth, 'oras-config.json'),
        exec: ctx.exec,
        retry: ctx.retry,
        onLine: log,
        signal,
    };
    try {
        if (inputs.registryCredentials)
            await orasLogin(oras, (0,oci_ref/* registryOf */.Fv)(source.ref), inputs.registryCredentials);
        const { digest, mediaType } = await orasDescriptor(oras, source.ref);
        const index = isIndex(mediaType);
        log(`${source.ref} resolves to ${digest} (${mediaType}: ${index ? `an image index, pulled for ${inputs.platform}` : 'one manifest, pulled without --platform'})`);
        const pullDir = basePullDir(ctx);
        await fs().rm(pullDir, { recursive: true, force: true });
        await fs().mkdir(pullDir, { recursive: true });
        const key = cacheKeys.baseImage(inputs.platform, digest);
        const warning = (line) => rt.warning({ message: line });
        if (ctx.cache && (await restore(pullDir, key, { info: log, warning }, ctx.exec, signal))) {
            log('Base image restored from the cache: nothing pulled.');
        }
        else {
            // By digest: what is pulled (and cached under that digest) is what was resolved, even if the tag moves meanwhile.
            const pulling = orasPull(oras, (0,oci_ref/* pinnedRef */.I1)(source.ref, digest), index ? inputs.platform : undefined, pullDir, source.ref);
            // The pull has started: the save's client compiles while it runs, not when it ends.
            if (ctx.cache)
                loadCacheClient().catch(() => undefined);
            await pulling;
            // The save outlives this stage (it runs beside Image Customizer): it logs directly.
            if (ctx.cache)
                ctx.background('Save base image to the cache', (s) => save(pullDir, key, { info: (line) => rt.console.info(line), warning }, s));
        }
        const files = await fs().readdir(pullDir);
        const image = pickDiskImage(files);
        if (!image) {
            throw new errors/* InputError */.d('base-image', `${source.ref} holds no disk image (${input_types/* BASE_IMAGE_EXTENSIONS */.TH.join(', ')}); it has ${files.join(', ') || 'no files'}.`);
        }
        return { file: external_node_path_.join(pullDir, image), digest };
    }
    catch (error) {
        throw baseImageError(error);
    }
}

// EXTERNAL MODULE: ./build/context/input-files.js
var input_files = __webpack_require__(84162);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./build/run/report.js
var report = __webpack_require__(63130);
// EXTERNAL MODULE: ./build/customizer/argv.js
var argv = __webpack_require__(54590);
// EXTERNAL MODULE: ./build/tools/host.js
var host = __webpack_require__(51251);
// EXTERNAL MODULE: ./build/context/inputs.js
var inputs = __webpack_require__(38067);
// EXTERNAL MODULE: ./build/tools/iso.js
var tools_iso = __webpack_require__(253);
// EXTERNAL MODULE: ./build/trident/host-config-copy.js
var host_config_copy = __webpack_require__(75764);
// EXTERNAL MODULE: ./build/stages/artifact-names.js
var artifact_names = __webpack_require__(64155);
// EXTERNAL MODULE: ./build/stages/verify-plan.js + 1 modules
var verify_plan = __webpack_require__(90667);
;// CONCATENATED MODULE: ./build/stages/check.js
// Stage 1: everything that can be wrong with the inputs and the machine,
// before any long work. validate-only stops short of the machine checks (it
// needs no container engine and no privileges).













const GiB = 1024 ** 3;
/**
 * Free space the build needs: the base image converted to raw (minimal-os is a
 * 4 GiB disk), a copy of its root filesystem, the ISO, and the COSI twice (the
 * ISO's staging folder and the ISO itself). Pure.
 */
function requiredDiskBytes(cosiBytes) {
    return 8 * GiB + 2 * cosiBytes;
}
/** An ISO carries the COSI and a live OS, which no real build makes smaller than this. */
const MIN_LIVE_OS_BYTES = 256 * 1024 ** 2;
/**
 * Across filesystems the ISO is copied beside `output` after the build: a
 * folder with less room than the smallest ISO this build can make (the COSI
 * and a live OS) would lose it then. Pure.
 */
function outputRoomProblem(folder, free, cosiBytes) {
    const least = cosiBytes + MIN_LIVE_OS_BYTES;
    if (free >= least)
        return undefined;
    return `the folder ${folder} is on another filesystem than the work folder and has ${(0,report/* humanSize */.Xe)(free)} free; the ISO, with the COSI it carries and a live OS, will be at least ${(0,report/* humanSize */.Xe)(least)}, and it is copied there after the build, which would fail then. Free some space there or choose another output.`;
}
function diskProblem(dir, free, required) {
    if (free >= required)
        return undefined;
    return `the build needs about ${(0,report/* humanSize */.Xe)(required)} free, but ${dir} has ${(0,report/* humanSize */.Xe)(free)}. Free some space (on hosted runners, remove preinstalled toolchains) or use a runner with a larger disk.`;
}
/**
 * The check stage, with the probes started before it (stages/probes.ts; none for validate-only): they ran while
 * the files are checked. Their answers count after the files', in this order: artifact names, platform, engine,
 * prerequisites.
 */
const check = ({ mismatch, engine, buildTools, ended: probed } = { ended: Promise.resolve() }) => async ({ rt, inputs }, log, signal) => {
    // A taken artifact name is known in a moment (one request each, no client to load), long before the build
    // would meet it: the names are looked up while the files are checked (none for validate-only).
    const names = (0,artifact_names/* checkArtifactNames */.PW)(inputs, rt.env, log, signal);
    // Handled at once: a check that fails first leaves it unread; every check that fails waits for what it started.
    const looked = Promise.all([probed, names.catch(() => undefined)]);
    const { files, verify } = await checkFilesAndVerify({ rt, inputs }, log).catch(async (error) => {
        await looked;
        throw error;
    });
    if (inputs.validateOnly)
        return { ...files, parent: rt.tempDir, ...(verify ? { verify } : {}) };
    // The files read well: the host config copy is made (parsed and checked: the config stage's longest part) while
    // the probes run and the names are looked up; its problems are told by the config stage, after the checks' own.
    const hostConfigCopy = inputs.hostConfig ? (0,host_config_copy/* prepareHostConfigCopy */.V4)(inputs.hostConfig, (0,host_config_copy/* hostConfigPlan */.av)(inputs, files)) : undefined;
    // Handled at once: a check that fails leaves it unread.
    hostConfigCopy?.catch(() => undefined);
    await names.catch(async (error) => {
        await probed;
        throw error;
    });
    if (mismatch)
        throw new errors/* InputError */.d('platform', mismatch);
    const engineProblem = await engine;
    if (engineProblem) {
        await probed;
        throw new errors/* InputError */.d('container-engine', engineProblem);
    }
    if (buildTools) {
        const tools = await buildTools;
        if (tools.missing.length > 0) {
            throw new errors/* InputError */.d('trident-source', `cannot be built on this runner: \`make bin/trident-rpms.tar.gz\` needs what is missing:\n${tools.missing.map((m) => `  - ${m}`).join('\n')}`);
        }
        log(`Trident build prerequisites found: ${tools.found.join(', ')}.`);
        for (const note of tools.notes)
            log(note);
    }
    // Hosted runners have more room on /mnt than on the workspace's disk.
    const { dir: parent, free } = await (0,host/* roomiest */.R1)([rt.tempDir, ...(rt.env.RUNNER_ENVIRONMENT === 'github-hosted' ? ['/mnt'] : [])]);
    // The work folder is mounted into the container as -v host:container: a ':' in its path cannot be expressed.
    if ((0,argv/* unmountablePath */.qq)(parent))
        throw new Error(`the work folder would be under ${parent} (RUNNER_TEMP), whose path holds ':', which a container mount (-v host:container) cannot express; run the job with a RUNNER_TEMP without ':'.`);
    const required = requiredDiskBytes(files.cosi?.size ?? 0);
    const disk = diskProblem(parent, free, required);
    if (disk)
        throw new Error(disk);
    log(`Disk: ${(0,report/* humanSize */.Xe)(free)} free in ${parent}; the build needs about ${(0,report/* humanSize */.Xe)(required)}.`);
    if (!inputs.patch)
        await checkOutputRoom(inputs.output, parent, files.cosi?.size ?? 0);
    // Detection can miss modules a privileged container loads itself: warn, do not fail.
    const missing = await (0,host/* missingKernelModules */.JD)(host/* KERNEL_MODULES */.KV);
    if (missing.length > 0) {
        rt.warning({
            message: `Kernel modules ${missing.join(', ')} are neither loaded nor installed on this runner; Image Customizer needs ${host/* KERNEL_MODULES */.KV.join(', ')} and will likely fail.`,
        });
    }
    return { ...files, parent, ...(verify ? { verify } : {}), ...(hostConfigCopy ? { hostConfigCopy } : {}) };
};
/** On the work folder's filesystem the ISO is linked or renamed (the disk check counted it); elsewhere it needs room. */
async function checkOutputRoom(output, parent, cosiBytes) {
    const folder = external_node_path_.dirname(output);
    const [there, work] = [(0,external_node_fs_.statSync)(folder), (0,external_node_fs_.statSync)(parent)];
    if (there.dev === work.dev)
        return;
    const problem = outputRoomProblem(folder, await (0,host/* freeBytes */.go)(folder), cosiBytes);
    if (problem)
        throw new errors/* InputError */.d('output', problem);
}
/** The input files, then the VM of `verify` (its disks come from the host config). */
async function checkFilesAndVerify({ rt, inputs }, log) {
    const files = await (0,input_files/* checkInputFiles */.Mx)(inputs, log, rt.workspace);
    if (!inputs.verify)
        return { files };
    const verify = await (0,verify_plan/* planVerification */.lU)(inputs.verify, {
        ...(inputs.hostConfig ? { hostConfig: inputs.hostConfig } : inputs.config ? hostConfigOf(inputs.config) : {}),
        hostConfigInput: inputs.hostConfig ? 'host-config' : 'config',
        serialLog: (0,verify_plan/* serialLogPath */.OF)(inputs.output),
        serialLogInput: 'output',
    }, rt.env, !inputs.validateOnly, log);
    return { files, verify };
}
function hostConfigOf(config) {
    const hostConfig = (0,verify_plan/* hostConfigOfConfig */.o6)(config);
    return hostConfig ? { hostConfig } : {};
}
/**
 * `trident-iso verify`: the verify inputs, the host config and the ISO built
 * elsewhere (its serial log goes beside it), checked as the action checks them.
 */
function checkForVerify(iso) {
    return async (rt, log) => {
        const { hostConfig, verify } = (0,inputs/* readVerifyInputs */.Ht)((name) => rt.getInput(name), { workspace: rt.workspace });
        const file = external_node_path_.resolve(rt.workspace, iso);
        const info = await (0,tools_iso/* checkIso */.w)(file)
            .then(async ({ size }) => ({ path: file, size, sha256: await (0,hash/* sha256File */.Q)(file) }))
            .catch((error) => {
            throw new Error(`--iso ${file}: ${error instanceof Error ? error.message.replace(/^Image Customizer reported success but wrote no ISO at .*/, 'no such file') : String(error)}`);
        });
        log(`ISO ${file}: ${info.size} bytes, SHA-256 ${info.sha256}`);
        const plan = await (0,verify_plan/* planVerification */.lU)(verify, { ...(hostConfig ? { hostConfig } : {}), hostConfigInput: 'host-config', serialLog: (0,verify_plan/* serialLogPath */.OF)(file), serialLogInput: 'verify' }, rt.env, true, log);
        return { plan, iso: info };
    };
}

// EXTERNAL MODULE: ./build/context/lookup.js
var context_lookup = __webpack_require__(10860);
// EXTERNAL MODULE: ./build/context/yaml.js
var yaml = __webpack_require__(24309);
// EXTERNAL MODULE: ./build/context/limits.js
var limits = __webpack_require__(76754);
// EXTERNAL MODULE: ./build/customizer/config.js
var customizer_config = __webpack_require__(1954);
;// CONCATENATED MODULE: ./build/customizer/carried-host-config.js
// The host config a user's own Image Customizer config puts into the live OS:
// the os.additionalFiles entry whose destination is /etc/trident/config.yaml
// (a file relative to the config's folder, or inline content). The action
// reads it only to know which tools the live OS needs.





function carriedHostConfig(config, configDir) {
    const files = Array.isArray(config.os?.additionalFiles) ? config.os.additionalFiles : [];
    const index = files.findIndex((f) => (0,yaml/* isMapping */.pi)(f) && typeof f.destination === 'string' && external_node_path_.posix.normalize(f.destination) === customizer_config/* HOST_CONFIG_DESTINATION */.Ry);
    const entry = files[index];
    if (!(0,yaml/* isMapping */.pi)(entry))
        return { found: false };
    const where = `/os/additionalFiles/${index}`;
    let bytes;
    if (typeof entry.content === 'string')
        bytes = Buffer.from(entry.content, 'utf8');
    else if (typeof entry.source === 'string') {
        try {
            bytes = (0,limits/* readBounded */.CB)(external_node_path_.resolve(configDir, entry.source), 'hostConfig');
        }
        catch (error) {
            return { found: true, where, error: `cannot read ${entry.source}: ${(0,errors/* errorMessage */.g)(error)}` };
        }
    }
    else
        return { found: false };
    try {
        return { found: true, where, value: (0,yaml/* parseBoundedYaml */.EU)(bytes.toString('utf8')), bytes };
    }
    catch (error) {
        return { found: true, where, error: `is not valid YAML: ${(0,errors/* errorMessage */.g)(error).split('\n')[0] ?? ''}` };
    }
}

// EXTERNAL MODULE: ./build/iso/placeholder.js
var placeholder = __webpack_require__(71879);
// EXTERNAL MODULE: ./build/customizer/files.js
var customizer_files = __webpack_require__(58501);
// EXTERNAL MODULE: ./build/customizer/owned.js
var owned = __webpack_require__(57195);
;// CONCATENATED MODULE: ./build/customizer/owned-check.js



/**
 * The SHA-256 of bytes the action wrote, taken when the check after the build
 * first reads it: validate-only never does, and so never loads node:crypto
 * (a tenth of its start).
 */
function lazySha256(bytes) {
    let digest;
    return () => (digest ??= process.getBuiltinModule('node:crypto').createHash('sha256').update(bytes).digest('hex'));
}
function file(path, bytes) {
    const sha256 = lazySha256(bytes);
    return {
        kind: 'file',
        path,
        size: bytes.length,
        get sha256() {
            return sha256();
        },
    };
}
function mediaFile(path, bytes) {
    const sha256 = lazySha256(bytes);
    return {
        path,
        size: bytes.length,
        get sha256() {
            return sha256();
        },
    };
}
/**
 * For the config the action generates: the host config copy at
 * /etc/trident/config.yaml (or, patchable, the link to the placeholder on the
 * media, which must hold the placeholder's bytes), the journal drop-in, the
 * link to the ISO's mount, nothing that overrides Trident's units; on the
 * media, the COSI at cosi-destination (of the COSI's size).
 */
function ownedOnIso(o) {
    const journal = Buffer.from("content" in customizer_config/* JOURNAL_TO_CONSOLE */.MQ ? (customizer_config/* JOURNAL_TO_CONSOLE */.MQ.content ?? '') : '');
    const liveOs = [file(customizer_config/* JOURNAL_TO_CONSOLE */.MQ.destination, journal), { kind: 'link', path: customizer_config/* CDROM_LINK */.Hl, target: customizer_config/* CDROM_LINK_TARGET */.BP }];
    const media = [];
    if (o.placeholder) {
        liveOs.push({ kind: 'link', path: customizer_config/* HOST_CONFIG_DESTINATION */.Ry, target: `${customizer_config/* CDROM_LINK */.Hl}${placeholder/* PLACEHOLDER_ISO_PATH */.Aw}` });
        media.push(mediaFile(placeholder/* PLACEHOLDER_ISO_PATH */.Aw, o.placeholder));
    }
    else if (o.hostConfig)
        liveOs.push(file(customizer_config/* HOST_CONFIG_DESTINATION */.Ry, o.hostConfig));
    if (o.cosi)
        media.push({ path: o.cosi.destination, size: o.cosi.size });
    // With merged /usr/sbin (a link to bin), /usr/sbin/trident is /usr/bin/trident, Trident's own.
    return { liveOs, media, absent: (0,owned/* bootOverridePaths */.pP)(), mergedFolders: { '/usr/sbin': ['bin', '/usr/bin'] } };
}
/** For a user's own config: the host config it carries (os.additionalFiles), as it gave it; the rest of its config is its own. */
function ownedOnIsoForUserConfig(hostConfig) {
    return { liveOs: hostConfig ? [file(customizer_config/* HOST_CONFIG_DESTINATION */.Ry, hostConfig)] : [], media: [], absent: [] };
}

// EXTERNAL MODULE: ./build/customizer/package-lists.js
var package_lists = __webpack_require__(56454);
// EXTERNAL MODULE: ./build/data/schema-check.js
var schema_check = __webpack_require__(54907);
;// CONCATENATED MODULE: ./build/data/schemas/imagecustomizer-v0.18.0.schema.json
const imagecustomizer_v0_18_0_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/microsoft/azurelinux/toolkit/tools/imagecustomizerapi/config","$ref":"#/$defs/Config","$defs":{"AdditionalFile":{"properties":{"destination":{"type":"string"},"source":{"type":"string"},"content":{"type":"string"},"permissions":{"$ref":"#/$defs/FilePermissions"},"sha256hash":{"type":"string"}},"additionalProperties":false,"type":"object"},"AdditionalFileList":{"items":{"$ref":"#/$defs/AdditionalFile"},"type":"array"},"Artifacts":{"properties":{"items":{"items":{"type":"string"},"type":"array"},"path":{"type":"string"}},"additionalProperties":false,"type":"object"},"BootLoader":{"properties":{"resetType":{"type":"string"}},"additionalProperties":false,"type":"object"},"Config":{"properties":{"input":{"$ref":"#/$defs/Input"},"storage":{"$ref":"#/$defs/Storage"},"iso":{"$ref":"#/$defs/Iso"},"pxe":{"$ref":"#/$defs/Pxe"},"os":{"$ref":"#/$defs/OS"},"scripts":{"$ref":"#/$defs/Scripts"},"previewFeatures":{"items":{"type":"string"},"type":"array"},"output":{"$ref":"#/$defs/Output"}},"additionalProperties":false,"type":"object"},"DirConfig":{"properties":{"source":{"type":"string"},"destination":{"type":"string"},"newDirPermissions":{"$ref":"#/$defs/FilePermissions"},"mergedDirPermissions":{"$ref":"#/$defs/FilePermissions"},"childFilePermissions":{"$ref":"#/$defs/FilePermissions"},"sha256hashmap":{"additionalProperties":{"type":"string"},"type":"object"}},"additionalProperties":false,"type":"object"},"DirConfigList":{"items":{"$ref":"#/$defs/DirConfig"},"type":"array"},"Disk":{"properties":{"partitionTableType":{"type":"string"},"maxSize":{"$ref":"#/$defs/DiskSize"},"partitions":{"items":{"$ref":"#/$defs/Partition"},"type":"array"}},"additionalProperties":false,"type":"object"},"DiskSize":{"type":"string","pattern":"^\\\\d+[KMGT]$"},"FilePermissions":{"oneOf":[{"type":"string","pattern":"^[0-7]{3,4}$"},{"type":"integer","maximum":777,"minimum":0}]},"FileSystem":{"properties":{"deviceId":{"type":"string"},"type":{"type":"string"},"mountPoint":{"$ref":"#/$defs/MountPoint"}},"additionalProperties":false,"type":"object"},"Group":{"properties":{"name":{"type":"string"},"gid":{"type":"integer"}},"additionalProperties":false,"type":"object"},"IdentifiedPartition":{"properties":{"idType":{"type":"string"},"id":{"type":"string"}},"additionalProperties":false,"type":"object"},"Input":{"properties":{"image":{"$ref":"#/$defs/InputImage"}},"additionalProperties":false,"type":"object"},"InputImage":{"properties":{"path":{"type":"string"}},"additionalProperties":false,"type":"object"},"Iso":{"properties":{"kernelCommandLine":{"$ref":"#/$defs/KernelCommandLine"},"additionalFiles":{"$ref":"#/$defs/AdditionalFileList"},"initramfsType":{"type":"string"},"kdumpBootFiles":{"type":"string"}},"additionalProperties":false,"type":"object"},"KernelCommandLine":{"properties":{"extraCommandLine":{"items":{"type":"string"},"type":"array"}},"additionalProperties":false,"type":"object"},"Module":{"properties":{"name":{"type":"string"},"loadMode":{"type":"string"},"options":{"additionalProperties":{"type":"string"},"type":"object"}},"additionalProperties":false,"type":"object"},"ModuleList":{"items":{"$ref":"#/$defs/Module"},"type":"array"},"MountPoint":{"properties":{"idType":{"type":"string"},"options":{"type":"string"},"path":{"type":"string"}},"additionalProperties":false,"type":"object"},"OS":{"properties":{"hostname":{"type":"string"},"packages":{"$ref":"#/$defs/Packages"},"selinux":{"$ref":"#/$defs/SELinux"},"kernelCommandLine":{"$ref":"#/$defs/KernelCommandLine"},"additionalFiles":{"$ref":"#/$defs/AdditionalFileList"},"additionalDirs":{"$ref":"#/$defs/DirConfigList"},"groups":{"items":{"$ref":"#/$defs/Group"},"type":"array"},"users":{"items":{"$ref":"#/$defs/User"},"type":"array"},"services":{"$ref":"#/$defs/Services"},"modules":{"$ref":"#/$defs/ModuleList"},"overlays":{"items":{"$ref":"#/$defs/Overlay"},"type":"array"},"bootloader":{"$ref":"#/$defs/BootLoader"},"uki":{"$ref":"#/$defs/Uki"},"imageHistory":{"type":"string"}},"additionalProperties":false,"type":"object"},"Output":{"properties":{"image":{"$ref":"#/$defs/OutputImage"},"artifacts":{"$ref":"#/$defs/Artifacts"}},"additionalProperties":false,"type":"object"},"OutputImage":{"properties":{"path":{"type":"string"},"format":{"type":"string"}},"additionalProperties":false,"type":"object"},"Overlay":{"properties":{"lowerDirs":{"items":{"type":"string"},"type":"array"},"upperDir":{"type":"string"},"workDir":{"type":"string"},"mountPoint":{"type":"string"},"isInitrdOverlay":{"type":"boolean"},"mountDependencies":{"items":{"type":"string"},"type":"array"},"mountOptions":{"type":"string"}},"additionalProperties":false,"type":"object"},"Packages":{"properties":{"updateExistingPackages":{"type":"boolean"},"install":{"items":{"type":"string"},"type":"array"},"remove":{"items":{"type":"string"},"type":"array"},"update":{"items":{"type":"string"},"type":"array"},"snapshotTime":{"type":"string"}},"additionalProperties":false,"type":"object"},"Partition":{"properties":{"id":{"type":"string"},"label":{"type":"string"},"start":{"$ref":"#/$defs/DiskSize"},"end":{"$ref":"#/$defs/DiskSize"},"size":{"$ref":"#/$defs/PartitionSize"},"type":{"type":"string"}},"additionalProperties":false,"type":"object"},"PartitionSize":{"type":"string","pattern":"^(\\\\d+[KMGT]$|grow)$"},"Password":{"properties":{"type":{"type":"string"},"value":{"type":"string"}},"additionalProperties":false,"type":"object"},"Pxe":{"properties":{"kernelCommandLine":{"$ref":"#/$defs/KernelCommandLine"},"additionalFiles":{"$ref":"#/$defs/AdditionalFileList"},"initramfsType":{"type":"string"},"bootstrapBaseUrl":{"type":"string"},"bootstrapFileUrl":{"type":"string"},"kdumpBootFiles":{"type":"string"}},"additionalProperties":false,"type":"object"},"SELinux":{"properties":{"mode":{"type":"string"}},"additionalProperties":false,"type":"object"},"Script":{"properties":{"path":{"type":"string"},"content":{"type":"string"},"interpreter":{"type":"string"},"arguments":{"items":{"type":"string"},"type":"array"},"environmentVariables":{"additionalProperties":{"type":"string"},"type":"object"},"name":{"type":"string"},"sha256hash":{"type":"string"}},"additionalProperties":false,"type":"object"},"Scripts":{"properties":{"postCustomization":{"items":{"$ref":"#/$defs/Script"},"type":"array"},"finalizeCustomization":{"items":{"$ref":"#/$defs/Script"},"type":"array"}},"additionalProperties":false,"type":"object"},"Services":{"properties":{"enable":{"items":{"type":"string"},"type":"array"},"disable":{"items":{"type":"string"},"type":"array"}},"additionalProperties":false,"type":"object"},"Storage":{"properties":{"resetPartitionsUuidsType":{"type":"string"},"bootType":{"type":"string"},"disks":{"items":{"$ref":"#/$defs/Disk"},"type":"array"},"filesystems":{"items":{"$ref":"#/$defs/FileSystem"},"type":"array"},"verity":{"items":{"$ref":"#/$defs/Verity"},"type":"array"},"reinitializeVerity":{"type":"string"}},"additionalProperties":false,"type":"object"},"Uki":{"properties":{"kernels":{"$ref":"#/$defs/UkiKernels"}},"additionalProperties":false,"type":"object"},"UkiKernels":{"oneOf":[{"type":"string","enum":["auto"]},{"items":{"type":"string"},"type":"array"}]},"User":{"properties":{"name":{"type":"string"},"uid":{"type":"integer"},"password":{"$ref":"#/$defs/Password"},"passwordExpiresDays":{"type":"integer"},"sshPublicKeyPaths":{"items":{"type":"string"},"type":"array"},"sshPublicKeys":{"items":{"type":"string"},"type":"array"},"primaryGroup":{"type":"string"},"secondaryGroups":{"items":{"type":"string"},"type":"array"},"startupCommand":{"type":"string"},"homeDirectory":{"type":"string"}},"additionalProperties":false,"type":"object"},"Verity":{"properties":{"id":{"type":"string"},"name":{"type":"string"},"dataDeviceId":{"type":"string"},"dataDevice":{"$ref":"#/$defs/IdentifiedPartition"},"dataDeviceMountIdType":{"type":"string"},"hashDeviceId":{"type":"string"},"hashDevice":{"$ref":"#/$defs/IdentifiedPartition"},"hashDeviceMountIdType":{"type":"string"},"corruptionOption":{"type":"string"},"hashSignaturePath":{"type":"string"}},"additionalProperties":false,"type":"object"}}}');
;// CONCATENATED MODULE: ./build/data/schemas/imagecustomizer-v1.6.0.schema.json
const imagecustomizer_v1_6_0_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/microsoft/azure-linux-image-tools/toolkit/tools/imagecustomizerapi/config","$ref":"#/$defs/Config","$defs":{"AdditionalFile":{"properties":{"destination":{"type":"string"},"source":{"type":"string"},"content":{"type":"string"},"permissions":{"$ref":"#/$defs/FilePermissions"},"sha256hash":{"type":"string"}},"additionalProperties":false,"type":"object"},"AdditionalFileList":{"items":{"$ref":"#/$defs/AdditionalFile"},"type":"array"},"Artifacts":{"properties":{"items":{"items":{"type":"string"},"type":"array"},"path":{"type":"string"}},"additionalProperties":false,"type":"object"},"AzureLinuxImage":{"properties":{"version":{"type":"string"},"variant":{"type":"string"}},"additionalProperties":false,"type":"object"},"BaseConfig":{"properties":{"path":{"type":"string"}},"additionalProperties":false,"type":"object"},"BootLoader":{"properties":{"resetType":{"type":"string"}},"additionalProperties":false,"type":"object"},"BtrfsConfig":{"properties":{"subvolumes":{"items":{"$ref":"#/$defs/BtrfsSubvolume"},"type":"array"}},"additionalProperties":false,"type":"object"},"BtrfsQuotaConfig":{"properties":{"referencedLimit":{"$ref":"#/$defs/DiskSize"},"exclusiveLimit":{"$ref":"#/$defs/DiskSize"}},"additionalProperties":false,"type":"object"},"BtrfsSubvolume":{"properties":{"path":{"type":"string"},"mountPoint":{"$ref":"#/$defs/MountPoint"},"quota":{"$ref":"#/$defs/BtrfsQuotaConfig"}},"additionalProperties":false,"type":"object"},"Config":{"properties":{"input":{"$ref":"#/$defs/Input"},"storage":{"$ref":"#/$defs/Storage"},"iso":{"$ref":"#/$defs/Iso"},"pxe":{"$ref":"#/$defs/Pxe"},"os":{"$ref":"#/$defs/OS"},"scripts":{"$ref":"#/$defs/Scripts"},"previewFeatures":{"items":{"type":"string"},"type":"array"},"output":{"$ref":"#/$defs/Output"},"baseConfigs":{"items":{"$ref":"#/$defs/BaseConfig"},"type":"array"}},"additionalProperties":false,"type":"object"},"CosiCompression":{"properties":{"level":{"type":"integer"}},"additionalProperties":false,"type":"object"},"CosiConfig":{"properties":{"compression":{"$ref":"#/$defs/CosiCompression"}},"additionalProperties":false,"type":"object"},"DirConfig":{"properties":{"source":{"type":"string"},"destination":{"type":"string"},"newDirPermissions":{"$ref":"#/$defs/FilePermissions"},"mergedDirPermissions":{"$ref":"#/$defs/FilePermissions"},"childFilePermissions":{"$ref":"#/$defs/FilePermissions"},"sha256hashmap":{"additionalProperties":{"type":"string"},"type":"object"}},"additionalProperties":false,"type":"object"},"DirConfigList":{"items":{"$ref":"#/$defs/DirConfig"},"type":"array"},"Disk":{"properties":{"partitionTableType":{"type":"string"},"maxSize":{"$ref":"#/$defs/DiskSize"},"partitions":{"items":{"$ref":"#/$defs/Partition"},"type":"array"}},"additionalProperties":false,"type":"object"},"DiskSize":{"type":"string","pattern":"^\\\\d+[KMGT]$"},"FilePermissions":{"oneOf":[{"type":"string","pattern":"^[0-7]{3,4}$"},{"type":"integer","maximum":777,"minimum":0}]},"FileSystem":{"properties":{"deviceId":{"type":"string"},"type":{"type":"string"},"mountPoint":{"$ref":"#/$defs/MountPoint"},"btrfs":{"$ref":"#/$defs/BtrfsConfig"}},"additionalProperties":false,"type":"object"},"Group":{"properties":{"name":{"type":"string"},"gid":{"type":"integer"}},"additionalProperties":false,"type":"object"},"IdentifiedPartition":{"properties":{"idType":{"type":"string"},"id":{"type":"string"}},"additionalProperties":false,"type":"object"},"Input":{"properties":{"image":{"$ref":"#/$defs/InputImage"}},"additionalProperties":false,"type":"object"},"InputImage":{"properties":{"path":{"type":"string"},"oci":{"$ref":"#/$defs/OciImage"},"azureLinux":{"$ref":"#/$defs/AzureLinuxImage"}},"additionalProperties":false,"type":"object"},"Iso":{"properties":{"kernelCommandLine":{"$ref":"#/$defs/KernelCommandLine"},"additionalFiles":{"$ref":"#/$defs/AdditionalFileList"},"initramfsType":{"type":"string"},"kdumpBootFiles":{"type":"string"}},"additionalProperties":false,"type":"object"},"KernelCommandLine":{"properties":{"extraCommandLine":{"items":{"type":"string"},"type":"array"}},"additionalProperties":false,"type":"object"},"Module":{"properties":{"name":{"type":"string"},"loadMode":{"type":"string"},"options":{"additionalProperties":{"type":"string"},"type":"object"}},"additionalProperties":false,"type":"object"},"ModuleList":{"items":{"$ref":"#/$defs/Module"},"type":"array"},"MountPoint":{"properties":{"idType":{"type":"string"},"options":{"type":"string"},"path":{"type":"string"}},"additionalProperties":false,"type":"object"},"OS":{"properties":{"hostname":{"type":"string"},"packages":{"$ref":"#/$defs/Packages"},"selinux":{"$ref":"#/$defs/SELinux"},"kernelCommandLine":{"$ref":"#/$defs/KernelCommandLine"},"additionalFiles":{"$ref":"#/$defs/AdditionalFileList"},"additionalDirs":{"$ref":"#/$defs/DirConfigList"},"groups":{"items":{"$ref":"#/$defs/Group"},"type":"array"},"users":{"items":{"$ref":"#/$defs/User"},"type":"array"},"services":{"$ref":"#/$defs/Services"},"modules":{"$ref":"#/$defs/ModuleList"},"overlays":{"items":{"$ref":"#/$defs/Overlay"},"type":"array"},"bootloader":{"$ref":"#/$defs/BootLoader"},"uki":{"$ref":"#/$defs/Uki"},"imageHistory":{"type":"string"}},"additionalProperties":false,"type":"object"},"OciImage":{"properties":{"uri":{"type":"string"},"platform":{"$ref":"#/$defs/OciPlatform"}},"additionalProperties":false,"type":"object"},"OciPlatform":{"properties":{"os":{"type":"string"},"architecture":{"type":"string"}},"additionalProperties":false,"type":"object"},"Output":{"properties":{"image":{"$ref":"#/$defs/OutputImage"},"artifacts":{"$ref":"#/$defs/Artifacts"},"selinuxPolicyPath":{"type":"string"}},"additionalProperties":false,"type":"object"},"OutputImage":{"properties":{"path":{"type":"string"},"format":{"type":"string"},"cosi":{"$ref":"#/$defs/CosiConfig"}},"additionalProperties":false,"type":"object"},"Overlay":{"properties":{"lowerDirs":{"items":{"type":"string"},"type":"array"},"upperDir":{"type":"string"},"workDir":{"type":"string"},"mountPoint":{"type":"string"},"isInitrdOverlay":{"type":"boolean"},"mountDependencies":{"items":{"type":"string"},"type":"array"},"mountOptions":{"type":"string"}},"additionalProperties":false,"type":"object"},"Packages":{"properties":{"updateExistingPackages":{"type":"boolean"},"install":{"items":{"type":"string"},"type":"array"},"remove":{"items":{"type":"string"},"type":"array"},"update":{"items":{"type":"string"},"type":"array"},"snapshotTime":{"type":"string"},"removePackageManager":{"type":"boolean"}},"additionalProperties":false,"type":"object"},"Partition":{"properties":{"id":{"type":"string"},"label":{"type":"string"},"start":{"$ref":"#/$defs/DiskSize"},"end":{"$ref":"#/$defs/DiskSize"},"size":{"$ref":"#/$defs/PartitionSize"},"type":{"type":"string"}},"additionalProperties":false,"type":"object"},"PartitionSize":{"type":"string","pattern":"^(\\\\d+[KMGT]$|grow)$"},"Password":{"properties":{"type":{"type":"string"},"value":{"type":"string"}},"additionalProperties":false,"type":"object"},"Pxe":{"properties":{"kernelCommandLine":{"$ref":"#/$defs/KernelCommandLine"},"additionalFiles":{"$ref":"#/$defs/AdditionalFileList"},"initramfsType":{"type":"string"},"bootstrapBaseUrl":{"type":"string"},"bootstrapFileUrl":{"type":"string"},"kdumpBootFiles":{"type":"string"}},"additionalProperties":false,"type":"object"},"SELinux":{"properties":{"mode":{"type":"string"}},"additionalProperties":false,"type":"object"},"Script":{"properties":{"path":{"type":"string"},"content":{"type":"string"},"interpreter":{"type":"string"},"arguments":{"items":{"type":"string"},"type":"array"},"environmentVariables":{"additionalProperties":{"type":"string"},"type":"object"},"name":{"type":"string"},"sha256hash":{"type":"string"}},"additionalProperties":false,"type":"object"},"Scripts":{"properties":{"postCustomization":{"items":{"$ref":"#/$defs/Script"},"type":"array"},"finalizeCustomization":{"items":{"$ref":"#/$defs/Script"},"type":"array"}},"additionalProperties":false,"type":"object"},"Services":{"properties":{"enable":{"items":{"type":"string"},"type":"array"},"disable":{"items":{"type":"string"},"type":"array"}},"additionalProperties":false,"type":"object"},"Storage":{"properties":{"resetPartitionsUuidsType":{"type":"string"},"bootType":{"type":"string"},"disks":{"items":{"$ref":"#/$defs/Disk"},"type":"array"},"filesystems":{"items":{"$ref":"#/$defs/FileSystem"},"type":"array"},"verity":{"items":{"$ref":"#/$defs/Verity"},"type":"array"},"reinitializeVerity":{"type":"string"}},"additionalProperties":false,"type":"object"},"Uki":{"properties":{"mode":{"type":"string"}},"additionalProperties":false,"type":"object"},"User":{"properties":{"name":{"type":"string"},"uid":{"type":"integer"},"password":{"$ref":"#/$defs/Password"},"passwordExpiresDays":{"type":"integer"},"sshPublicKeyPaths":{"items":{"type":"string"},"type":"array"},"sshPublicKeys":{"items":{"type":"string"},"type":"array"},"primaryGroup":{"type":"string"},"secondaryGroups":{"items":{"type":"string"},"type":"array"},"startupCommand":{"type":"string"},"homeDirectory":{"type":"string"}},"additionalProperties":false,"type":"object"},"Verity":{"properties":{"id":{"type":"string"},"name":{"type":"string"},"dataDeviceId":{"type":"string"},"dataDevice":{"$ref":"#/$defs/IdentifiedPartition"},"dataDeviceMountIdType":{"type":"string"},"hashDeviceId":{"type":"string"},"hashDevice":{"$ref":"#/$defs/IdentifiedPartition"},"hashDeviceMountIdType":{"type":"string"},"corruptionOption":{"type":"string"},"hashSignaturePath":{"type":"string"}},"additionalProperties":false,"type":"object"}}}');
;// CONCATENATED MODULE: ./build/customizer/schema.js






const SCHEMAS = { '0.18.0': imagecustomizer_v0_18_0_schema_namespaceObject, '1.6.0': imagecustomizer_v1_6_0_schema_namespaceObject };
/**
 * Each schema's explaining validator, compiled when the action is built (src/data/validators/, scripts/compile-schemas.ts),
 * loaded only for a config its check refuses: each is over 100 KB of code for Node to parse.
 */
const EXPLAINERS = {
    '0.18.0': async () => (await __webpack_require__.e(/* import() */ 333).then(__webpack_require__.bind(__webpack_require__, 67333))).validate,
    '1.6.0': async () => (await __webpack_require__.e(/* import() */ 467).then(__webpack_require__.bind(__webpack_require__, 9467))).validate,
};
const checks = new Map();
/** The yes-or-no check of a version's schema, made once. Its validators were compiled without Ajv's strict mode: loose numbers. */
function accepts(schema) {
    let check = checks.get(schema);
    if (!check)
        checks.set(schema, (check = (0,schema_check/* schemaCheck */.u)({ schema: SCHEMAS[schema], strictNumbers: false })));
    return check;
}
/**
 * Problems with the config for this Image Customizer version; empty when it
 * is valid. The YAML-only package-list fields are not in schema.json: they
 * are checked for their form here, and their files by package-lists.ts.
 */
async function checkCustomizerConfig(config, features) {
    const split = (0,yaml/* isMapping */.pi)(config) ? (0,package_lists/* splitPackageLists */.ml)(config) : { rest: config, problems: [] };
    const problems = [...split.problems];
    if (!accepts(features.schema)(split.rest)) {
        const validate = await EXPLAINERS[features.schema]();
        if (validate(split.rest))
            throw new Error(`internal error: the Image Customizer ${features.schema} schema's validators disagree (one refuses what the other accepts); please report it with this config`);
        problems.push(...(validate.errors ?? []).map(describe));
    }
    const mode = config?.os?.selinux?.mode;
    if (mode !== undefined && !input_types/* SELINUX_MODES */.yz.some((m) => m === mode)) {
        problems.push({
            path: '/os/selinux/mode',
            message: `must be one of ${input_types/* SELINUX_MODES */.yz.join(', ')}; got '${typeof mode === 'string' ? mode : JSON.stringify(mode)}'`,
        });
    }
    return dedupe(problems);
}
function describe(error) {
    if (error.keyword === 'additionalProperties') {
        const key = error.params.additionalProperty;
        return { path: `${error.instancePath}/${key}`, message: `unknown key '${key}' (Image Customizer rejects keys it does not know)` };
    }
    return { path: error.instancePath || '/', message: error.message ?? error.keyword };
}
function dedupe(problems) {
    const seen = new Set();
    return problems.filter((p) => {
        const key = `${p.path}\u0000${p.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

// EXTERNAL MODULE: ./build/trident/host-config-tools.js
var host_config_tools = __webpack_require__(30742);
// EXTERNAL MODULE: ./build/verify/patterns.js
var patterns = __webpack_require__(24837);
// EXTERNAL MODULE: ./build/trident/problems.js
var trident_problems = __webpack_require__(94823);
;// CONCATENATED MODULE: ./build/trident/rpm-header.js
// What an RPM file says about itself, read from its header with nothing but
// its bytes (no rpm tools, no shell): name, epoch, version, release, arch,
// whether it is a source package, its Requires and Provides, and the files
// it installs with their types, sizes, digests and link targets (what the
// check of the built ISO compares the live OS with). The file name says
// nothing: a renamed or crafted file is judged by its content.
//
// The format (rpm-software-management/rpm docs/manual/format_v4.md,
// format_lead.md, format_header.md; include/rpm/rpmtag.h for tags and types):
//   lead: 96 bytes starting with ed ab ee db (only the magic matters: rpm's
//         lib/rpmlead.cc checks nothing else);
//   signature header, zero-padded to a multiple of 8 (lib/header.cc hdrblobRead);
//   main header; then the payload, which is not read.
// A header is 8 bytes of magic (8e ad e8 01 00 00 00 00), `il` and `dl`
// (uint32, big-endian), `il` index entries {tag, type, offset, count} of 16
// bytes, then `dl` bytes of data that the offsets point into.
//
// Every number taken from the file is checked before it is used, because the
// files come from users: the entry count and data size are capped (rpm's own
// limits, lib/header.cc hdrblobVerifyLengths, and a tighter data cap for the
// main header) before anything is allocated, offsets and counts must stay
// inside the data, integers must be aligned, strings NUL-terminated inside
// the data and valid UTF-8, and only the few tags used are decoded, each at
// most once, so the work is bounded by a small multiple of the header size.

/** node:fs/promises, loaded when this module first touches a file: validate-only loads this module and never does. */
const rpm_header_fs = () => process.getBuiltinModule('node:fs/promises');
const RPMFILE = { CONFIG: 1, DOC: 2, MISSINGOK: 8, GHOST: 64, LICENSE: 128 };
/** PGPHASHALGO_* (include/rpm/rpmpgp.h) and the length of their hex digests. */
const DIGEST_HEX_LENGTH = { 1: 32, 2: 40, 8: 64, 9: 96, 10: 128, 11: 56 };
/** The file is not an RPM, or its header is malformed or too large. */
class RpmHeaderError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RpmHeaderError';
    }
}
const RPMSENSE = { LESS: 2, GREATER: 4, EQUAL: 8 };
const LEAD_SIZE = 96;
const INTRO_SIZE = 16;
const ENTRY_SIZE = 16;
const LEAD_MAGIC = Buffer.from([0xed, 0xab, 0xee, 0xdb]);
const HEADER_MAGIC = Buffer.from([0x8e, 0xad, 0xe8, 0x01, 0, 0, 0, 0]);
/** The caps: rpm's own for the signature header and the entry count, 16 MiB of main header data (rpm allows 256). */
const RPM_LIMITS = {
    signatureEntries: 32,
    signatureData: 64 * 1024 * 1024,
    headerEntries: 0xffff,
    headerData: 16 * 1024 * 1024,
    /** Name, version, release and arch are short in every real package. */
    fieldLength: 255,
    /** Files of one package (Trident's have a handful; a distro's largest, some thousands). */
    files: 100_000,
    /** A path (rpm's own PATH_MAX). */
    pathLength: 4096,
};
const TAG = {
    name: 1000,
    version: 1001,
    release: 1002,
    epoch: 1003,
    arch: 1022,
    sourceRpm: 1044,
    provideName: 1047,
    requireFlags: 1048,
    requireName: 1049,
    requireVersion: 1050,
    provideFlags: 1112,
    provideVersion: 1113,
    // The file list (include/rpm/rpmtag.h).
    fileSizes: 1028,
    fileModes: 1030,
    fileDigests: 1035,
    fileLinkTos: 1036,
    fileFlags: 1037,
    oldFilenames: 1027,
    dirIndexes: 1116,
    baseNames: 1117,
    dirNames: 1118,
    fileDigestAlgo: 5011,
    longFileSizes: 5008,
};
const TYPE = { int16: 3, int32: 4, int64: 5, string: 6, stringArray: 8, i18nString: 9 };
const MAX_TYPE = 9;
const ALIGN = { [TYPE.int16]: 2, [TYPE.int32]: 4, [TYPE.int64]: 8 };
// rpmbuild's own rules are a little wider (it allows %{} in names); these are what real packages use.
const NAME = /^[A-Za-z0-9_+][A-Za-z0-9._+-]*$/;
const VERSION_OR_RELEASE = /^[A-Za-z0-9._+~^]+$/;
const ARCH = /^[A-Za-z0-9_]+$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
function fail(message) {
    throw new RpmHeaderError(message);
}
/** il and dl of a header intro, checked against the caps; the header's length in bytes. */
function headerLength(intro, what, maxEntries, maxData) {
    if (intro.length < INTRO_SIZE)
        fail(`the file ends inside the ${what}`);
    if (!intro.subarray(0, 8).equals(HEADER_MAGIC))
        fail(`the ${what} has no header magic (8e ad e8 01)`);
    const il = intro.readUInt32BE(8);
    const dl = intro.readUInt32BE(12);
    if (il < 1 || il > maxEntries)
        fail(`the ${what} claims ${il} index entries (at most ${maxEntries} are accepted)`);
    if (dl < 1 || dl > maxData)
        fail(`the ${what} claims ${dl} bytes of data (at most ${maxData} are accepted)`);
    return { il, dl, length: INTRO_SIZE + il * ENTRY_SIZE + dl };
}
/** Where the main header starts, from the first LEAD_SIZE + 16 bytes of the file. Pure. */
function mainHeaderOffset(head) {
    if (head.length < LEAD_SIZE || !head.subarray(0, 4).equals(LEAD_MAGIC))
        fail('not an RPM file (no lead magic ed ab ee db)');
    const sig = headerLength(head.subarray(LEAD_SIZE, LEAD_SIZE + INTRO_SIZE), 'signature header', RPM_LIMITS.signatureEntries, RPM_LIMITS.signatureData);
    // Zero padding to a multiple of 8 (rpm lib/header.cc: pad = (8 - (sigSize % 8)) % 8).
    return LEAD_SIZE + sig.length + ((8 - (sig.length % 8)) % 8);
}
/** The main header's length, from its first 16 bytes. Pure. */
function mainHeaderLength(intro) {
    return headerLength(intro, 'main header', RPM_LIMITS.headerEntries, RPM_LIMITS.headerData).length;
}
const WANTED = new Set(Object.values(TAG));
/** Decodes a main header (intro, index, data) into the fields the action uses. Pure. */
function decodeMainHeader(blob) {
    const { il, dl, length } = headerLength(blob, 'main header', RPM_LIMITS.headerEntries, RPM_LIMITS.headerData);
    if (blob.length < length)
        fail('the file ends inside the main header');
    const dataStart = INTRO_SIZE + il * ENTRY_SIZE;
    const data = blob.subarray(dataStart, dataStart + dl);
    const entries = new Map();
    for (let i = 0; i < il; i++) {
        const at = INTRO_SIZE + i * ENTRY_SIZE;
        const entry = {
            tag: blob.readUInt32BE(at),
            type: blob.readUInt32BE(at + 4),
            offset: blob.readUInt32BE(at + 8),
            count: blob.readUInt32BE(at + 12),
        };
        if (!WANTED.has(entry.tag))
            continue;
        if (entries.has(entry.tag))
            fail(`tag ${entry.tag} appears twice in the main header`);
        if (entry.type > MAX_TYPE)
            fail(`tag ${entry.tag} has unknown type ${entry.type}`);
        if (entry.offset >= dl)
            fail(`tag ${entry.tag} points outside the header data (offset ${entry.offset} of ${dl})`);
        if (entry.count < 1 || entry.count > dl)
            fail(`tag ${entry.tag} has a count of ${entry.count}`);
        const align = ALIGN[entry.type];
        if (align && entry.offset % align !== 0)
            fail(`tag ${entry.tag} is not aligned`);
        entries.set(entry.tag, entry);
    }
    const strings = (tag) => {
        const entry = entries.get(tag);
        if (!entry)
            return undefined;
        if (entry.type !== TYPE.string && entry.type !== TYPE.stringArray && entry.type !== TYPE.i18nString)
            fail(`tag ${tag} should hold strings (type ${entry.type})`);
        if (entry.type === TYPE.string && entry.count !== 1)
            fail(`tag ${tag} is a string with a count of ${entry.count}`);
        return readStrings(data, entry);
    };
    const one = (tag, what, pattern) => {
        if (entries.has(tag) && entries.get(tag)?.type !== TYPE.string)
            fail(`the ${what} (tag ${tag}) is not a string`);
        const value = strings(tag)?.[0];
        if (value === undefined)
            fail(`the main header has no ${what}`);
        if (value.length === 0 || value.length > RPM_LIMITS.fieldLength || !pattern.test(value))
            fail(`the ${what} ${JSON.stringify(value.slice(0, 80))} is not valid`);
        return value;
    };
    const ints = (tag) => {
        const entry = entries.get(tag);
        if (!entry)
            return undefined;
        if (entry.type !== TYPE.int32)
            fail(`tag ${tag} should hold 32-bit integers (type ${entry.type})`);
        if (entry.offset + entry.count * 4 > dl)
            fail(`tag ${tag} runs past the header data`);
        return Array.from({ length: entry.count }, (_, i) => data.readUInt32BE(entry.offset + i * 4));
    };
    const numbers = (tag, type, width) => {
        const entry = entries.get(tag);
        if (!entry)
            return undefined;
        if (entry.type !== type)
            fail(`tag ${tag} should hold ${width * 8}-bit integers (type ${entry.type})`);
        if (entry.offset + entry.count * width > dl)
            fail(`tag ${tag} runs past the header data`);
        return Array.from({ length: entry.count }, (_, i) => {
            const at = entry.offset + i * width;
            if (width === 2)
                return data.readUInt16BE(at);
            const big = data.readBigUInt64BE(at);
            if (big > BigInt(Number.MAX_SAFE_INTEGER))
                fail(`tag ${tag} holds a size too large to be real`);
            return Number(big);
        });
    };
    const epochs = ints(TAG.epoch);
    if (epochs && (epochs.length !== 1 || (epochs[0] ?? 0) > 0x7fffffff))
        fail('the epoch is not valid');
    const sourceRpms = strings(TAG.sourceRpm);
    if (sourceRpms && (entries.get(TAG.sourceRpm)?.type !== TYPE.string || !sourceRpms[0] || CONTROL.test(sourceRpms[0])))
        fail('the source RPM name is not valid');
    const sourceRpm = sourceRpms?.[0];
    return {
        name: one(TAG.name, 'name', NAME),
        ...(epochs ? { epoch: epochs[0] ?? 0 } : {}),
        version: one(TAG.version, 'version', VERSION_OR_RELEASE),
        release: one(TAG.release, 'release', VERSION_OR_RELEASE),
        arch: one(TAG.arch, 'arch', ARCH),
        ...(sourceRpm === undefined ? {} : { sourceRpm }),
        requires: dependencies('requires', strings(TAG.requireName), ints(TAG.requireFlags), strings(TAG.requireVersion)),
        provides: dependencies('provides', strings(TAG.provideName), ints(TAG.provideFlags), strings(TAG.provideVersion)),
        // A source package lists its sources by bare name (no directory); it installs nothing, and is refused as a source package.
        ...(sourceRpm === undefined
            ? { files: [] }
            : fileList(entries.has(TAG.oldFilenames), {
                baseNames: strings(TAG.baseNames),
                dirNames: strings(TAG.dirNames),
                dirIndexes: ints(TAG.dirIndexes),
                modes: numbers(TAG.fileModes, TYPE.int16, 2),
                sizes: ints(TAG.fileSizes),
                longSizes: numbers(TAG.longFileSizes, TYPE.int64, 8),
                digests: strings(TAG.fileDigests),
                linkTos: strings(TAG.fileLinkTos),
                flags: ints(TAG.fileFlags),
                algorithm: ints(TAG.fileDigestAlgo),
            })),
    };
}
const HEX = /^[0-9a-f]*$/;
/** st_mode's type bits (S_IFMT) and the types the check of the built ISO tells apart. */
const S_IFMT = 0o170000;
const FILE_TYPES = { 0o100000: 'file', 0o120000: 'link', 0o040000: 'directory' };
/**
 * The file list from its parallel tags (rpm lib/rpmfi.c, rpmfilesPopulate):
 * every per-file tag has one value per basename, each dirindex names a
 * dirname, each digest is hex of the algorithm's length (or empty), each
 * path is absolute and normalised.
 */
function fileList(oldFilenames, t) {
    const algorithm = t.algorithm ? (t.algorithm.length === 1 ? t.algorithm[0] : fail('the file digest algorithm is not one number')) : undefined;
    const withAlgorithm = algorithm === undefined ? {} : { fileDigestAlgorithm: algorithm };
    if (!t.baseNames) {
        if (oldFilenames)
            fail('the file list is in the old format (OLDFILENAMES, rpm before 4.0), which is not read');
        const stray = [t.dirNames, t.dirIndexes, t.modes, t.sizes, t.longSizes, t.digests, t.linkTos, t.flags].some((v) => v !== undefined);
        if (stray)
            fail('the header has per-file tags but no file names (BASENAMES)');
        return { files: [], ...withAlgorithm };
    }
    const n = t.baseNames.length;
    if (n > RPM_LIMITS.files)
        fail(`the header lists ${n} files (at most ${RPM_LIMITS.files} are accepted)`);
    const sizes = t.longSizes ?? t.sizes;
    const { dirNames, dirIndexes, modes, digests, linkTos, flags } = t;
    if (!dirNames || !dirIndexes || !modes || !sizes || !digests || !linkTos || !flags)
        fail('the file list lacks one of DIRNAMES, DIRINDEXES, FILEMODES, FILESIZES, FILEDIGESTS, FILELINKTOS, FILEFLAGS');
    for (const [what, list] of [
        ['DIRINDEXES', dirIndexes],
        ['FILEMODES', modes],
        ['FILESIZES', sizes],
        ['FILEDIGESTS', digests],
        ['FILELINKTOS', linkTos],
        ['FILEFLAGS', flags],
    ])
        if (list.length !== n)
            fail(`the file list's ${what} has ${list.length} values for ${n} files`);
    const hexLength = DIGEST_HEX_LENGTH[algorithm ?? 1];
    const files = [];
    const seen = new Set();
    for (let i = 0; i < n; i++) {
        const dir = dirNames[dirIndexes[i] ?? -1];
        if (dir === undefined)
            fail(`file ${i} names directory ${dirIndexes[i]}, of ${dirNames.length}`);
        const name = t.baseNames[i] ?? '';
        const path = `${dir}${name}`;
        if (!dir.startsWith('/') ||
            !dir.endsWith('/') ||
            name === '' ||
            name.includes('/') ||
            path.length > RPM_LIMITS.pathLength ||
            CONTROL.test(path) ||
            path.split('/').some((part) => part === '.' || part === '..') ||
            path.includes('//'))
            fail(`the file name ${JSON.stringify(path.slice(0, 200))} is not an absolute, normalised path`);
        if (seen.has(path))
            fail(`the file ${path} is listed twice`);
        seen.add(path);
        const digest = digests[i] ?? '';
        const mode = modes[i] ?? 0;
        if (!HEX.test(digest) || (digest !== '' && digest.length !== hexLength))
            fail(`the digest of ${path} is not ${hexLength ?? 'a known number of'} hex digits (algorithm ${algorithm ?? 1})`);
        const linkTo = linkTos[i] ?? '';
        if (linkTo.length > RPM_LIMITS.pathLength || CONTROL.test(linkTo))
            fail(`the link target of ${path} is not valid`);
        files.push({ path, mode, size: sizes[i] ?? 0, digest, linkTo, flags: flags[i] ?? 0 });
    }
    return { files, ...withAlgorithm };
}
/** What the entry is, from its mode: a regular file, a symbolic link, a directory, or another type (a device, a FIFO). */
function fileKind(file) {
    return FILE_TYPES[file.mode & S_IFMT] ?? 'other';
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** `count` NUL-terminated strings from entry.offset, each inside the data. */
function readStrings(data, entry) {
    const out = [];
    let at = entry.offset;
    for (let i = 0; i < entry.count; i++) {
        const end = data.indexOf(0, at);
        if (end < 0)
            fail(`tag ${entry.tag} has a string that runs past the header data`);
        try {
            out.push(utf8.decode(data.subarray(at, end)));
        }
        catch {
            fail(`tag ${entry.tag} has a string that is not UTF-8`);
        }
        // Each string takes at least its NUL: the loop always moves forward.
        at = end + 1;
    }
    return out;
}
function dependencies(what, names, flags, versions) {
    if (!names)
        return [];
    if (!flags || !versions || flags.length !== names.length || versions.length !== names.length)
        fail(`the ${what} lists have different lengths (names, flags, versions)`);
    return names.map((name, i) => {
        const version = versions[i] ?? '';
        if (name.length === 0 || CONTROL.test(name) || CONTROL.test(version))
            fail(`a ${what} entry is not valid`);
        return { name, flags: flags[i] ?? 0, version };
    });
}
/** The header of an RPM held in memory (its start, at least up to the end of the main header). Pure. */
function parseRpmBytes(bytes) {
    const start = mainHeaderOffset(bytes.subarray(0, LEAD_SIZE + INTRO_SIZE));
    const length = mainHeaderLength(bytes.subarray(start, start + INTRO_SIZE));
    if (bytes.length < start + length)
        fail('the file ends inside the main header');
    return decodeMainHeader(bytes.subarray(start, start + length));
}
/** Reads only the lead, the signature header's intro and the main header of `file`. Throws RpmHeaderError. */
async function readRpmHeader(file) {
    // O_NONBLOCK: a FIFO named .rpm does not block the open; it is refused as not a regular file.
    const handle = await rpm_header_fs().open(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    try {
        const info = await handle.stat();
        if (!info.isFile())
            fail('not a regular file');
        const read = async (position, length) => {
            if (position + length > info.size)
                fail(position === 0 ? 'too short to be an RPM file' : 'the file ends inside its headers');
            const buffer = Buffer.alloc(length);
            const { bytesRead } = await handle.read(buffer, 0, length, position);
            if (bytesRead !== length)
                fail('the file ends inside its headers');
            return buffer;
        };
        const start = mainHeaderOffset(await read(0, LEAD_SIZE + INTRO_SIZE));
        const length = mainHeaderLength(await read(start, INTRO_SIZE));
        return decodeMainHeader(await read(start, length));
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./build/trident/rpm-set.js
var rpm_set = __webpack_require__(4947);
;// CONCATENATED MODULE: ./build/trident/package-files.js
// What the live OS must hold of the Trident packages it installs from the
// RPMs given: every file their headers list, as the header lists it (the
// check of the built ISO, src/iso/owned-check.ts, reads them from the ISO's
// bytes). A script of the config could otherwise rewrite the unit file the
// package installs (trident-install.service's ExecStart) or /usr/bin/trident
// itself, and no check of the paths the action writes would see it. Pure.
//
// What is checked of each entry (rpm lib/rpmfi.c, rpmfilesVerify, checks the
// same things of an installed file): a regular file's size and digest, a
// symbolic link's target, a directory's type. %ghost entries are skipped:
// the package does not carry them (trident-selinux's module store file is
// written by semodule in %post, microsoft/trident packaging/rpm/trident.spec).
// %config files are checked like any other: trident.spec marks none, its
// scriptlets only enable units (%systemd_post) and install the SELinux module
// (which writes the %ghost path), so no legitimate step of the build changes
// a file of these packages; should a later spec add a %config file that a
// build edits, the check names it rather than letting it pass unseen.


/** PGPHASHALGO_SHA256 (include/rpm/rpmpgp.h): the only file digest the check compares. */
const SHA256_ALGORITHM = 8;
/** The entries the live OS must hold for `rpms`, and why a package's files cannot be checked (one sentence each). */
function packageFilesOnIso(rpms) {
    const entries = [];
    const problems = [];
    const directories = new Set();
    for (const rpm of rpms) {
        const from = (0,rpm_set/* describeRpm */.V4)(rpm);
        const checked = rpm.files.filter((f) => (f.flags & RPMFILE.GHOST) === 0);
        const regular = checked.filter((f) => fileKind(f) === 'file');
        // An absent FILEDIGESTALGO means MD5 (rpm lib/rpmfi.c); MD5 (and SHA-1) let a replacement be made to match.
        const algorithm = rpm.fileDigestAlgorithm ?? 1;
        if (regular.length > 0 && algorithm !== SHA256_ALGORITHM) {
            problems.push(`${from} lists its files' digests with algorithm ${algorithm} (${algorithm === 1 ? 'MD5' : 'not SHA-256'}); the action checks Trident's files in the built ISO against their SHA-256 digests, which rpmbuild writes by default (%_binary_filedigest_algorithm 8): rebuild it so.`);
            continue;
        }
        for (const file of checked) {
            const entry = entryOf(file, from);
            if (typeof entry === 'string')
                problems.push(entry);
            else if (entry?.kind === 'directory') {
                if (!directories.has(entry.path))
                    entries.push(entry);
                directories.add(entry.path);
            }
            else if (entry)
                entries.push(entry);
        }
    }
    return { entries, problems };
}
/** What one listed file must be; a sentence when the header does not say enough; undefined for a type that is not checked (devices, FIFOs). */
function entryOf(file, from) {
    const kind = fileKind(file);
    if (kind === 'file') {
        if (file.digest.length !== 64)
            return `${from} lists no SHA-256 digest for ${file.path}.`;
        return { kind: 'file', path: file.path, sha256: file.digest, size: file.size, from };
    }
    if (kind === 'link') {
        if (file.linkTo === '')
            return `${from} lists ${file.path} as a symbolic link with no target.`;
        return { kind: 'link', path: file.path, target: file.linkTo, from };
    }
    if (kind === 'directory')
        return { kind: 'directory', path: file.path, from };
    return undefined;
}

// EXTERNAL MODULE: ./build/trident/trident-packages.js
var trident_packages = __webpack_require__(41213);
;// CONCATENATED MODULE: ./build/stages/config.js
// Stage 2: the host config the ISO carries and the Image Customizer config,
// written into the work directory and checked against the schema of the
// Image Customizer version in use; what the ISO installs decided (the
// procedure's packages, the tools the host config needs, Trident pinned to
// the RPMs given) or, for a user's config, checked.
// The config's files are small: written and looked at with synchronous calls (an async one is a round trip to
// libuv's thread pool, and node:fs/promises loads a dozen of Node's modules; docs/benchmarks.md).




















/** The RPM input, named in errors about the RPMs (undefined without one). */
function rpmInput(ctx) {
    const kind = ctx.inputs.rpms.kind;
    return kind === 'build' ? 'trident-source' : kind === 'prebuilt' ? 'trident-rpms' : undefined;
}
function problemList(problems) {
    return (0,trident_problems/* problemLines */.pb)(problems.map((p) => `  ${p.path}: ${p.message}`));
}
/** Throws the package problems, each under the input it concerns. */
function throwPackageProblems(ctx, problems, listsInput) {
    const first = problems[0];
    if (!first)
        return;
    const input = first.about === 'rpms' ? (rpmInput(ctx) ?? 'trident-rpms') : listsInput(first);
    const same = problems.filter((p) => (p.about === 'rpms' ? (rpmInput(ctx) ?? 'trident-rpms') : listsInput(p)) === input);
    throw new errors/* InputError */.d(input, same.length === 1
        ? first.message
        : `${same.length} problems with what the ISO would install:\n${(0,trident_problems/* problemLines */.pb)(same.map((p) => `  - ${p.message}`))}`);
}
/**
 * The built ISO's live OS must hold every file of the Trident packages it
 * installs from the RPMs given, as their headers list them (checked from its
 * bytes after the build); a package whose files cannot be checked so is
 * refused now, before Image Customizer runs.
 */
function expectPackageFiles(ctx, config, set, installed, log) {
    if (config.owned.readsLiveOs === false)
        return;
    const rpms = set.packages.filter((p) => installed.includes(p.name));
    const { entries, problems } = packageFilesOnIso(rpms);
    if (problems.length > 0)
        throw new errors/* InputError */.d(rpmInput(ctx) ?? 'trident-rpms', (0,trident_problems/* problemLines */.pb)(problems));
    config.owned.expected = { ...config.owned.expected, packageFiles: entries };
    if (entries.length > 0)
        log(`The built ISO must hold the ${entries.length} files, links and folders of ${rpms.map((r) => r.name).join(', ')} as their RPM headers list them (checked from its bytes).`);
}
/**
 * Pins Trident in the config to the RPMs given (the generated config, written
 * again if it was written before), or checks that a user's config does.
 */
function applyRpms(ctx, config, set, log, written) {
    if (!config.generated) {
        const { problems, installed } = (0,trident_packages/* checkLists */.Qt)(config.lists, set);
        throwPackageProblems(ctx, problems, () => 'config');
        log(installed.length > 0
            ? `The config installs ${installed.join(', ')} pinned to the RPMs given (trident ${set.tridentVersion}).`
            : 'The config installs no Trident package: the RPMs given are only offered to tdnf.');
        expectPackageFiles(ctx, config, set, installed, log);
        return;
    }
    const install = config.generated.os?.packages?.install ?? [];
    const pinned = (0,trident_packages/* pinInstallList */.hD)(install, set, config.lists);
    // A spec the user wrote in `packages` is theirs to change; anything else came through extra-config.
    throwPackageProblems(ctx, pinned.problems, (p) => (p.spec && ctx.inputs.packages.includes(p.spec) ? 'packages' : 'extra-config'));
    for (const line of pinned.lines)
        log(line);
    expectPackageFiles(ctx, config, set, pinned.installed, log);
    const final = { ...config.generated, os: { ...config.generated.os, packages: { ...config.generated.os?.packages, install: pinned.install } } };
    if (written)
        (0,customizer_files/* replaceConfigFile */.N1)(config.configHostPath, final);
    else
        (0,customizer_files/* writeConfigFile */.o5)(config.configHostPath, final);
}
/**
 * verify reads the serial console: the live OS's last console= (iso's arguments come after the OS's) must be it.
 * Returns why it is not, or undefined.
 */
function consoleProblem(checked, config) {
    const last = (0,customizer_config/* lastConsole */.Ol)(config);
    if (!checked.verify || (0,patterns/* isSerialConsole */.KP)(last))
        return undefined;
    return `the live OS's last console= is ${last ?? 'missing'}, so systemd's status lines and Trident's forwarded journal do not reach the serial console that verify reads; put console=ttyS0 last (os.kernelCommandLine or iso.kernelCommandLine extraCommandLine).`;
}
/**
 * Only the config's folder is mounted (read-only, at /config): a file it names
 * outside that folder (`../`, an absolute path, a symlink leading out) would
 * be missing inside the container, after the pulls. Refused now, naming it.
 */
function refuseFilesOutside(config, configDir) {
    const realDir = (0,external_node_fs_.realpathSync)(configDir);
    const outside = [];
    for (const { pointer, file } of (0,owned/* namedFiles */.VI)(config)) {
        const resolved = external_node_path_.resolve(configDir, file);
        // A missing file inside the folder is refused below; a symlink leading out is outside.
        const real = (0,owned/* isInside */.FK)(configDir, resolved) && !external_node_path_.isAbsolute(file) ? ((0,context_lookup/* realpathIfAny */.Ln)(resolved) ?? realDir) : undefined;
        if (real === undefined || !(0,owned/* isInside */.FK)(realDir, real))
            outside.push(`  ${pointer}: '${file}' is outside ${configDir}`);
    }
    if (outside.length > 0)
        throw new errors/* InputError */.d('config', `names files outside its own folder, the only one Image Customizer gets (mounted read-only):\n${(0,trident_problems/* problemLines */.pb)(outside)}\nMove them into ${configDir} (or below it) and name them relative to the config.`);
    refuseUnusableFiles(config, configDir);
}
/**
 * What the config names must be there and be what Image Customizer reads: a
 * regular file (a folder for additionalDirs). A FIFO would hang it, a device
 * feed it without end, a folder or a missing file fail it after the pulls.
 * Paths under `output` are written, not read, and `input` is given on the
 * command line instead: both left alone.
 */
function refuseUnusableFiles(config, configDir) {
    const unusable = [];
    for (const { pointer, file } of (0,owned/* namedFiles */.VI)(config)) {
        if (pointer.startsWith('/output/') || pointer.startsWith('/input/'))
            continue;
        const wantsFolder = /^\/(os|iso)\/additionalDirs\/\d+\/source$/.test(pointer);
        const why = kindProblem((0,context_lookup/* statIfAny */.k)(external_node_path_.resolve(configDir, file)), wantsFolder);
        if (why)
            unusable.push(`  ${pointer}: '${file}' ${why}`);
    }
    if (unusable.length > 0)
        throw new errors/* InputError */.d('config', `names files Image Customizer cannot use:\n${(0,trident_problems/* problemLines */.pb)(unusable)}`);
}
function kindProblem(found, wantsFolder) {
    if (!found)
        return 'does not exist';
    if (wantsFolder)
        return found.isDirectory() ? undefined : 'is not a folder';
    if (found.isFile())
        return undefined;
    if (found.isDirectory())
        return 'is a folder; a file is expected';
    return 'is not a regular file (a FIFO, a device or a socket: Image Customizer would wait on it or read it without end)';
}
/** The tools the host config needs, added to the generated config (one line each, saying why). */
function addTools(needs, log) {
    for (const need of needs)
        log((0,host_config_tools/* toolLine */.p)(need));
    return needs.map((n) => n.package);
}
/** Copies extra-config's package lists beside the generated config and points the merged config at the copies. */
function bringLists(config, lists, configDir) {
    if (lists.length === 0)
        return config;
    (0,external_node_fs_.mkdirSync)(external_node_path_.join(configDir, 'package-lists'));
    const packages = { ...config.os?.packages };
    for (const key of package_lists/* PACKAGE_LIST_KEYS */.rd) {
        const mine = lists.filter((l) => l.key === key);
        if (mine.length === 0)
            continue;
        const copies = [];
        for (const [i, list] of mine.entries()) {
            const copy = `package-lists/${key}-${i}-${external_node_path_.basename(list.file)}`;
            (0,external_node_fs_.copyFileSync)(list.file, external_node_path_.join(configDir, copy));
            copies.push(copy);
        }
        packages[key] = copies;
    }
    return { ...config, os: { ...config.os, packages } };
}
function listsOf(config, files, where) {
    const packages = (0,yaml/* isMapping */.pi)(config.os?.packages) ? config.os.packages : {};
    const inline = (key) => {
        const specs = packages[key];
        return Array.isArray(specs) ? [{ where: `os.packages.${key}`, specs: specs.filter((s) => typeof s === 'string'), action: key }] : [];
    };
    const fromFiles = files
        .filter((f) => f.key !== 'removeLists')
        .map((f) => ({ where: where(f), specs: f.packages, action: f.key === 'updateLists' ? 'update' : 'install' }));
    return [...inline('install'), ...fromFiles, ...inline('update')];
}
/** The configs, with what the checks read: the COSI's metadata SHA-384, extra-config and its lists; `given` RPMs are pinned now. */
function writeConfig(checked, given) {
    return async (ctx, log) => {
        const { inputs, work, features } = ctx;
        // The ISO carries a copy (mounted with the config), never the user's file itself.
        const hostConfigPath = inputs.hostConfig ? external_node_path_.join(work.config, 'host-config.yaml') : '';
        let hostConfig;
        // The copy's bytes as written: the placeholder and the check of the built ISO take them from here, not from the file again.
        let hostConfigBytes;
        if (inputs.hostConfig) {
            // Made during the checks' waits when they could (check.ts); its problems are told here, after theirs.
            const copy = await (0,host_config_copy/* writeHostConfigCopy */.mq)(inputs.hostConfig, hostConfigPath, (0,host_config_copy/* hostConfigPlan */.av)(inputs, checked), checked.hostConfigCopy);
            hostConfig = copy.value;
            hostConfigBytes = copy.bytes;
            log(copy.changed
                ? `Host config copy with image.url and image.sha384 of the COSI: ${hostConfigPath}`
                : `Host config copied as given: ${hostConfigPath}`);
        }
        const invalid = (input, problems) => {
            const message = `the Image Customizer config is not valid for Image Customizer ${features.version}:\n${problemList(problems)}`;
            // Only what the user wrote can make it invalid: name that input.
            if (input)
                throw new errors/* InputError */.d(input, message);
            throw new Error(`The generated config is invalid (a bug in the action): ${message}`);
        };
        if (inputs.config) {
            const configDir = external_node_path_.dirname(inputs.config);
            const config = (0,customizer_files/* readUserConfig */.AV)(inputs.config);
            refuseFilesOutside(config, configDir);
            const { lists: files, problems: listProblems } = (0,package_lists/* readPackageLists */.So)((0,package_lists/* splitPackageLists */.ml)(config).refs, configDir);
            const problems = [...(await checkCustomizerConfig(config, features)), ...listProblems];
            if (problems.length > 0)
                invalid('config', problems);
            log(`Image Customizer config (${features.schema} schema: valid): ${inputs.config}`);
            const consoleWhy = consoleProblem(checked, config);
            if (consoleWhy)
                ctx.rt.warning({ message: `verify: ${consoleWhy}` });
            const lists = listsOf(config, files, (f) => `${f.key} file ${f.path}`);
            const carried = checkUserTools(config, configDir, lists, log);
            // full-os puts the live OS in the initramfs, which the check after the build does not read.
            const fullOs = fullOsInitramfs(config);
            if (fullOs && carried)
                ctx.rt.warning({
                    message: `config: iso.initramfsType full-os puts the live OS into the initramfs, which the action does not read: the host config it carries is not checked in the built ISO (with the default, bootstrap, it is).`,
                });
            const prepared = {
                configHostPath: inputs.config,
                configContainerPath: `${argv/* IN_CONTAINER */.o6.config}/${external_node_path_.basename(inputs.config)}`,
                configDir,
                hostConfigPath,
                lists,
                // Its scripts are its own, but the host config it carries is the one the ISO must hold.
                owned: { expected: ownedOnIsoForUserConfig(fullOs ? undefined : carried), input: 'config', readsLiveOs: !fullOs },
            };
            if (given)
                applyRpms(ctx, prepared, given, log, false);
            return prepared;
        }
        const tools = addTools((0,host_config_tools/* hostConfigTools */.e)(hostConfig), log);
        const placeholder = inputs.placeholderSize !== undefined && hostConfigBytes
            ? writePlaceholder(hostConfigBytes, inputs.placeholderSize, work.config, log)
            : undefined;
        const generated = (0,customizer_config/* buildCustomizerConfig */.YK)({
            hostname: inputs.hostname,
            packages: [...new Set([...tools, ...inputs.packages])],
            services: inputs.services,
            kernelCommandLine: inputs.kernelCommandLine,
            selinuxMode: inputs.selinuxMode,
            ...(inputs.hostConfig ? { hostConfigSource: external_node_path_.basename(hostConfigPath) } : {}),
            ...(inputs.cosi ? { cosi: { source: `${argv/* IN_CONTAINER */.o6.cosiDir}/${external_node_path_.basename(inputs.cosi)}`, destination: inputs.cosiDestination } } : {}),
            ...(placeholder ? { placeholderSource: external_node_path_.basename(placeholder.file) } : {}),
        });
        const extraLists = checked.extraConfigLists ?? [];
        const merged = checked.extraConfig ? bringLists((0,customizer_config/* mergeConfig */.R2)(generated, checked.extraConfig), extraLists, work.config) : generated;
        const consoleWhy = consoleProblem(checked, merged);
        if (consoleWhy)
            throw new errors/* InputError */.d('extra-config', consoleWhy);
        if (placeholder)
            placeholderConflicts(merged);
        const checkedConfig = merged;
        if (fullOsInitramfs(merged))
            throw new errors/* InputError */.d('extra-config', "sets iso.initramfsType: full-os, which puts the live OS into the initramfs instead of liveos/rootfs.img: the action checks from the built ISO's bytes that the live OS holds the host config it checked, and reads only liveos/rootfs.img (Image Customizer's default, bootstrap). Remove iso.initramfsType.");
        // What the ISO must hold once every script of the config has run: checked from the ISO's bytes after the build.
        const cosiSize = inputs.config ? undefined : checked.cosi?.size;
        const owned = ownedOnIso({
            ...(hostConfigBytes ? { hostConfig: hostConfigBytes } : {}),
            ...(placeholder ? { placeholder: placeholder.bytes } : {}),
            ...(cosiSize !== undefined ? { cosi: { destination: external_node_path_.posix.normalize(inputs.cosiDestination), size: cosiSize } } : {}),
        });
        const problems = await checkCustomizerConfig(checkedConfig, features);
        if (problems.length > 0)
            invalid(inputs.extraConfig ? 'extra-config' : undefined, problems);
        const configHostPath = external_node_path_.join(work.config, 'ic-config.yaml');
        const prepared = {
            configHostPath,
            configContainerPath: `${argv/* IN_CONTAINER */.o6.config}/${external_node_path_.basename(configHostPath)}`,
            configDir: work.config,
            hostConfigPath,
            generated: checkedConfig,
            ...(placeholder ? { placeholder } : {}),
            owned: { expected: owned, input: inputs.extraConfig ? 'extra-config' : undefined, readsLiveOs: true },
            lists: extraLists
                .filter((f) => f.key !== 'removeLists')
                .map((f) => ({
                where: `extra-config's ${f.key} file ${f.path}`,
                specs: f.packages,
                action: f.key === 'updateLists' ? 'update' : 'install',
            })),
        };
        if (given)
            applyRpms(ctx, prepared, given, log, false);
        else if (inputs.rpms.kind === 'build') {
            (0,customizer_files/* writeConfigFile */.o5)(configHostPath, checkedConfig, "Trident's packages are not pinned yet: once `make` has built the RPMs, the action\npins each to their exact version-release before Image Customizer runs.");
            log("Trident's packages are pinned once the RPMs are built.");
        }
        else
            (0,customizer_files/* writeConfigFile */.o5)(configHostPath, checkedConfig);
        log(`Image Customizer config (${features.schema} schema: valid): ${configHostPath}`);
        return prepared;
    };
}
/** Whether a config asks for the full-OS initramfs (no liveos/rootfs.img on the ISO: liveosisobuilder.go). */
function fullOsInitramfs(config) {
    return (0,yaml/* isMapping */.pi)(config.iso) && config.iso.initramfsType === 'full-os';
}
/** patchable: the host config copy, filled into a placeholder of `size` bytes, written beside the config. */
function writePlaceholder(text, size, dir, log) {
    const bytes = (0,placeholder/* filledPlaceholder */.yV)(text, size);
    if (!Buffer.isBuffer(bytes)) {
        throw new errors/* InputError */.d('placeholder-size', `is ${size} bytes, too small by ${bytes.tooBigBy} bytes for the host config the ISO carries (${text.length} bytes; a placeholder of ${size} bytes holds ${(0,placeholder/* capacity */.bN)(size)} after its first line). Set it to at least ${size + bytes.tooBigBy}, with room for the host configs you will patch in.`);
    }
    const file = external_node_path_.join(dir, 'trident-config.yaml');
    (0,external_node_fs_.writeFileSync)(file, bytes, { flag: 'wx' });
    log(`patchable: the host config goes on the ISO media at ${placeholder/* PLACEHOLDER_ISO_PATH */.Aw} (a ${size}-byte isopatch placeholder, ${(0,placeholder/* capacity */.bN)(size) - text.length} bytes to spare), linked from ${customizer_config/* HOST_CONFIG_DESTINATION */.Ry} in the live OS.`);
    return { file, size, bytes };
}
/** With patchable, /etc/trident/config.yaml is the link to the placeholder, and the placeholder's path on the media is taken. */
function placeholderConflicts(config) {
    const destinations = (files) => Array.isArray(files)
        ? files.flatMap((f) => ((0,yaml/* isMapping */.pi)(f) && typeof f.destination === 'string' ? [external_node_path_.posix.normalize(f.destination)] : []))
        : [];
    if (destinations(config.os?.additionalFiles).includes(customizer_config/* HOST_CONFIG_DESTINATION */.Ry)) {
        throw new errors/* InputError */.d('extra-config', `puts a file at ${customizer_config/* HOST_CONFIG_DESTINATION */.Ry} (os.additionalFiles); with patchable that path is a link to the placeholder on the ISO media (it would make the link fail). Give the host config as host-config only.`);
    }
    if (destinations(config.iso?.additionalFiles).filter((d) => d === placeholder/* PLACEHOLDER_ISO_PATH */.Aw).length > 1) {
        throw new errors/* InputError */.d('extra-config', `puts a file at ${placeholder/* PLACEHOLDER_ISO_PATH */.Aw} on the ISO (iso.additionalFiles), where patchable puts the host config's placeholder; choose another destination.`);
    }
}
/** A user's config must install the tools its host config needs; the config is never changed by the action. Returns the host config's bytes, if it carries one. */
function checkUserTools(config, configDir, lists, log) {
    const carried = carriedHostConfig(config, configDir);
    if (!carried.found) {
        log('The config puts no host config at /etc/trident/config.yaml (os.additionalFiles): the tools a host config needs are not checked.');
        return undefined;
    }
    if ('error' in carried)
        throw new errors/* InputError */.d('config', `the host config at ${carried.where} ${carried.error}.`);
    const installed = new Set(lists.filter((l) => l.action !== 'update').flatMap((l) => l.specs.flatMap(trident_packages/* specNames */.aL)));
    const needs = (0,host_config_tools/* hostConfigTools */.e)(carried.value);
    const missing = needs.filter((n) => !installed.has(n.package));
    if (missing.length > 0) {
        throw new errors/* InputError */.d('config', `the host config it carries (${carried.where}) needs packages the config does not install; Trident only Suggests them and tdnf does not install suggestions. Add to os.packages.install:\n${missing
            .map((n) => `  - ${n.package}: for ${n.feature} (host config ${n.path}): ${n.use}`)
            .join('\n')}`);
    }
    for (const need of needs)
        log(`${(0,host_config_tools/* toolLine */.p)(need)} The config installs it.`);
    return carried.bytes;
}

// EXTERNAL MODULE: ./build/tools/engine.js
var tools_engine = __webpack_require__(21812);
;// CONCATENATED MODULE: ./build/stages/customizer-image.js
// Stage 3c (beside the RPMs and the base image): the Image Customizer image
// pulled, and a privileged container of it tried, so that an engine refusing
// privileges stops the run before the long work rather than after it.



/** What a failed login or pull means for the inputs (a transient failure, retried in vain, is not the user's). */
function pullError(error) {
    if (!(error instanceof tools_engine/* EngineError */.NJ))
        return error;
    if (error.step === 'pull')
        return new errors/* InputError */.d('imagecustomizer-image', `could not pull ${error.image}: ${error.output}`);
    if (error.transient)
        return error;
    return new errors/* InputError */.d('imagecustomizer-registry-username', `the login to ${(0,oci_ref/* registryOf */.Fv)(error.image)} failed; check imagecustomizer-registry-username and imagecustomizer-registry-password. ${error.output}`);
}
async function customizerImage(ctx, log, signal) {
    const { inputs, work, containerName: name } = ctx;
    const { containerEngine: engine, imageCustomizerImage: image, platform } = inputs;
    const credentials = inputs.imageCustomizerCredentials;
    await (0,tools_engine/* pullImage */.ZP)(ctx.exec, {
        engine,
        image,
        platform,
        ...(credentials ? { auth: { dir: work.auth, ...credentials } } : {}),
        retry: ctx.retry,
        onLine: log,
        signal,
    }).catch((error) => {
        throw pullError(error);
    });
    // From here on containers of this name may exist: the post step removes them.
    ctx.leftovers.track({ container: { engine, name, image } });
    const check = await (0,tools_engine/* tryPrivileged */.xz)(ctx.exec, { engine, image, platform, name, signal });
    const said = `(exit code ${check.exitCode}): ${check.tail.slice(-3).join(' ')}`;
    if (check.verdict === 'refused') {
        throw new errors/* InputError */.d('container-engine', `${engine} could not run a privileged container with loop devices ${said}. Image Customizer needs one; use a runner whose engine allows --privileged.`);
    }
    if (check.verdict === 'error')
        throw new Error(`The privileged check container of ${image} could not run ${said}.`);
    log(`${engine} runs privileged containers with loop devices.`);
}

// EXTERNAL MODULE: ./build/stages/customize.js
var customize = __webpack_require__(28497);
;// CONCATENATED MODULE: ./build/trident/rpm-sources.js
// Where Trident's RPMs come from: built from a checkout with
// `make bin/trident-rpms.tar.gz` (or restored from the cache for the same clean
// commit), or taken prebuilt from a folder or tarball; each file's header is
// read (what it is comes from there, not from its name); then they are
// gathered flat into one folder (x86_64 and noarch together). The user's
// files are copied, never moved: Image Customizer writes repodata into the
// folder it is given.




/** node:fs/promises, loaded when this module first touches a file: validate-only loads this module and never does. */
const rpm_sources_fs = () => process.getBuiltinModule('node:fs/promises');
/** The RPMs given cannot be used as they are (two files of one name, none at all). */
class RpmSourceError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RpmSourceError';
    }
}
/** More than this many .rpm files is not a set of Trident's RPMs (and would only cost time to read). */
const MAX_RPMS = 1000;
/** Every .rpm below dir (source RPMs by name excluded; the header tells the renamed ones), sorted by path. */
async function findRpms(dir) {
    const found = [];
    const entries = await rpm_sources_fs().readdir(dir, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
        if (!entry.name.endsWith('.rpm') || entry.name.endsWith('.src.rpm') || entry.isDirectory())
            continue;
        const file = external_node_path_.join(entry.parentPath, entry.name);
        // A link to an RPM counts as the RPM; anything else by that name (a pipe, a device, a dangling link) would be
        // read as one or skipped unseen: it is named instead.
        const regular = entry.isFile() ||
            (entry.isSymbolicLink() &&
                (await rpm_sources_fs()
                    .stat(file)
                    .catch(() => undefined))?.isFile() === true);
        if (!regular)
            throw new RpmSourceError(`${file} is named like an RPM but is not a regular file (nor a link to one); remove it or put the RPM there.`);
        found.push(file);
        if (found.length > MAX_RPMS)
            throw new RpmSourceError(`${dir} holds more than ${MAX_RPMS} .rpm files; give the folder of Trident's RPMs.`);
    }
    return found.sort();
}
/** The header of every file; a file that is not an RPM is an error naming it. */
async function readRpms(files) {
    const packages = [];
    for (const file of files) {
        const header = await readRpmHeader(file).catch((error) => {
            if (error instanceof RpmHeaderError)
                throw new RpmSourceError(`${file} is not a usable RPM: ${error.message}.`);
            throw error;
        });
        packages.push({ file, ...header });
    }
    return packages;
}
/** Copies the RPMs flat into target; two different files with one name are an error. */
async function gatherRpms(packages, target) {
    await rpm_sources_fs().mkdir(target, { recursive: true });
    const byName = new Map();
    const gathered = [];
    for (const rpm of packages) {
        const base = external_node_path_.basename(rpm.file);
        const earlier = byName.get(base);
        if (earlier)
            throw new RpmSourceError(`two RPMs are named ${base} (${earlier} and ${rpm.file}); keep one.`);
        byName.set(base, rpm.file);
        const dest = external_node_path_.join(target, base);
        // Clone where the filesystem can (instant), copy otherwise.
        await rpm_sources_fs().copyFile(rpm.file, dest, external_node_fs_.constants.COPYFILE_FICLONE);
        gathered.push({ ...rpm, file: dest });
    }
    return gathered;
}
async function unpack(exec, tarball, dir) {
    await rpm_sources_fs().mkdir(dir, { recursive: true });
    await exec.runChecked(['tar', '-xzf', tarball, '-C', dir]);
    return findRpms(dir);
}
/** The checkout's commit when its tree is clean; undefined when dirty or not a git checkout. */
async function cleanCommit(exec, checkout) {
    // Both at once: each is a process start, and this is on the way to make.
    const [head, status] = await Promise.all([
        exec.run(['git', '-C', checkout, 'rev-parse', '--verify', 'HEAD'], { captureStdout: true }).catch(() => undefined),
        // --no-optional-locks: status does not refresh (write) the index of the user's checkout.
        exec.run(['git', '--no-optional-locks', '-C', checkout, 'status', '--porcelain'], { captureStdout: true }).catch(() => undefined),
    ]);
    if (head?.exitCode !== 0)
        return { reason: 'not a git checkout' };
    if (status?.exitCode !== 0 || status.stdout.trim() !== '')
        return { reason: 'the checkout has uncommitted changes' };
    return { commit: head.stdout.trim(), reason: 'clean' };
}
/**
 * The checkout's clean commit and its cache key; with lookup, also whether the
 * cache holds its RPMs (asked without downloading). Starts no process but git.
 */
async function askRpmCache(exec, checkout, cache, lookup = false) {
    const { commit, reason } = await cleanCommit(exec, checkout);
    if (!commit)
        return { reason };
    const key = cache.key(commit);
    const cached = lookup ? await cache.lookup(cache.dir, key) : undefined;
    return { commit, reason, key, ...(cached === undefined ? {} : { cached }) };
}
/** make bin/trident-rpms.tar.gz, or the RPMs cached for the same clean commit. */
async function build(checkout, o) {
    const answer = o.cache ? await (o.cacheAnswer ?? askRpmCache(o.exec, checkout, o.cache)) : { reason: 'cache is off' };
    const { commit, key } = answer;
    // The cache's folder is emptied before RPMs go into it; on a miss known ahead, while make runs, so that
    // make starts in the stage's first step, before the other stages' work takes this thread.
    let emptied;
    if (o.cache && key) {
        emptied = rpm_sources_fs().rm(o.cache.dir, { recursive: true, force: true });
        // A miss known ahead: make starts at once, without asking the cache again.
        if (answer.cached === false) {
            o.onLine(`Cache miss: ${key}`);
            // Handled at once: a make that fails leaves it unread.
            emptied.catch(() => undefined);
        }
        else {
            await emptied;
            if (await o.cache.restore(o.cache.dir, key)) {
                o.onLine(`RPMs of commit ${commit} restored from the cache: make is not run.`);
                return findRpms(o.cache.dir);
            }
        }
    }
    else if (o.cache) {
        o.onLine(`RPMs are not cached: ${answer.reason}.`);
    }
    o.onLine(`Building Trident RPMs: make bin/trident-rpms.tar.gz in ${checkout}`);
    const making = o.exec.runChecked(['make', 'bin/trident-rpms.tar.gz'], {
        cwd: checkout,
        onLine: o.onLine,
        ...(o.signal ? { signal: o.signal } : {}),
    });
    if (o.cache && key)
        o.cache.prepareSave?.();
    await making;
    const tarball = external_node_path_.join(checkout, 'bin', 'trident-rpms.tar.gz');
    if (o.cache && key) {
        await emptied;
        const files = await unpack(o.exec, tarball, o.cache.dir);
        await o.cache.save(o.cache.dir, key);
        return files;
    }
    return unpack(o.exec, tarball, external_node_path_.join(o.scratch, 'rpms-unpacked'));
}
/**
 * Gets the RPMs the source names and reads their headers; with a target,
 * gathers them flat into it (without one, as validate-only does, they are
 * read where they are). Throws RpmSourceError when they cannot be used.
 */
async function getRpms(source, o) {
    let files;
    if (source.kind === 'build') {
        files = await build(source.checkout, o);
    }
    else {
        const info = await rpm_sources_fs().stat(source.path);
        files = info.isDirectory() ? await findRpms(source.path) : await unpack(o.exec, source.path, external_node_path_.join(o.scratch, 'rpms-unpacked'));
    }
    if (files.length === 0)
        throw new RpmSourceError(`no .rpm files were found in ${source.kind === 'build' ? source.checkout : source.path}.`);
    const read = await readRpms(files);
    const packages = o.target ? await gatherRpms(read, o.target) : read;
    for (const p of packages)
        o.onLine(`  ${external_node_path_.basename(p.file)}: ${(0,rpm_set/* describeRpm */.V4)(p)}`);
    return { ...(o.target ? { dir: o.target } : {}), packages, tridentVersion: (0,rpm_set/* tridentVersionOf */.iO)(packages) };
}

// EXTERNAL MODULE: ./build/trident/validate.js + 1 modules
var validate = __webpack_require__(65919);
;// CONCATENATED MODULE: ./build/stages/rpms.js
// Trident's RPMs. Prebuilt ones are read before the config is written (it
// pins their exact version-release); a checkout is built beside the base
// image and Image Customizer pulls, and the config is pinned when the build
// ends. Each file is judged by its header, the set checked, and the host
// config checked by `trident validate` when the RPMs hold a trident that
// runs here.







/** The Actions cache for RPMs built from a clean commit. */
function rpmCache(ctx, log, signal) {
    const warning = (line) => ctx.rt.warning({ message: line });
    return {
        dir: external_node_path_.join(ctx.cacheRoot, 'rpms'),
        key: (commit) => cacheKeys.rpms(ctx.inputs.platform, commit),
        restore: (dir, key) => restore(dir, key, { info: log, warning }, ctx.exec, signal),
        lookup: (dir, key) => lookup(dir, key, { info: log, warning }, ctx.exec, signal),
        // make has started: the save's client compiles while the build runs, not when the build ends.
        prepareSave: () => void loadCacheClient().catch(() => undefined),
        // The save outlives this stage (it runs beside Image Customizer, as the base image's does): it logs directly.
        save: (dir, key) => {
            ctx.background('Save RPMs to the cache', (s) => save(dir, key, { info: (line) => ctx.rt.console.info(line), warning }, s));
            return Promise.resolve();
        },
    };
}
/**
 * With trident-source and the cache on: the checkout's commit and whether the cache holds its RPMs, asked
 * while the config is written (git and one cache request; nothing is written, nothing downloaded), so that
 * on a miss make starts as its stage does. Never rejects but when the run is cancelled.
 */
function askRpmCacheAhead(ctx) {
    const source = ctx.inputs.rpms;
    if (source.kind !== 'build' || !ctx.cache || ctx.inputs.validateOnly)
        return undefined;
    const signal = ctx.rt.signal;
    const asked = askRpmCache(ctx.exec, source.checkout, rpmCache(ctx, () => undefined, signal), true);
    // Handled at once: a run that fails before its RPM stage leaves it unread.
    asked.catch(() => undefined);
    return asked;
}
/** The RPMs of the source, their headers read and the set checked; gathered into the work folder unless validate-only. */
async function rpmSet(ctx, log, signal, cacheAnswer) {
    const { inputs, work, exec } = ctx;
    const source = inputs.rpms;
    if (source.kind === 'distro')
        return { packages: [], tridentVersion: '' };
    const input = rpmInput(ctx) ?? 'trident-rpms';
    const set = await getRpms(source, {
        exec,
        ...(inputs.validateOnly ? {} : { target: work.rpms }),
        scratch: work.scratch,
        onLine: log,
        signal,
        ...(ctx.cache ? { cache: rpmCache(ctx, log, signal) } : {}),
        ...(cacheAnswer ? { cacheAnswer } : {}),
    }).catch((error) => {
        throw error instanceof RpmSourceError ? new errors/* InputError */.d(input, error.message) : error;
    });
    const problems = (0,rpm_set/* checkRpmSet */.M3)(set.packages, inputs.platform);
    if (problems.length > 0)
        throw new errors/* InputError */.d(input, problems.join(' '));
    return set;
}
/** Prebuilt RPMs (trident-rpms), read before the config is written. */
const readGivenRpms = rpmSet;
/** `trident validate` on the host config the ISO carries, when the RPMs hold a trident that runs here. */
async function validateHostConfig(ctx, config, set, log, signal) {
    if (!config.hostConfigPath)
        return;
    const validation = await (0,validate/* validateWithTrident */.XD)(ctx.exec, set.packages, config.hostConfigPath, { scratch: ctx.work.scratch, log, signal }).catch((error) => {
        throw error instanceof validate/* TridentPayloadError */.XS ? new errors/* InputError */.d(rpmInput(ctx) ?? 'trident-rpms', error.message) : error;
    });
    if (validation.verdict === 'invalid') {
        throw new errors/* InputError */.d('host-config', `trident validate rejects the host config the ISO carries:\n${validation.output.join('\n')}`);
    }
    if (validation.verdict === 'not-run')
        log(`trident validate not run: ${validation.why}.`);
}
/** Beside the pulls: the build from trident-source (then the config is pinned to it), and `trident validate`. */
function tridentRpms(config, given, cacheAnswer) {
    return async (ctx, log, signal) => {
        if (ctx.inputs.rpms.kind === 'distro') {
            log('No trident-rpms or trident-source given: Trident is installed from the Azure Linux package repositories.');
            return { packages: [], tridentVersion: '' };
        }
        if (given) {
            await validateHostConfig(ctx, config, given, log, signal);
            return given;
        }
        const set = await rpmSet(ctx, log, signal, cacheAnswer);
        // Pinning the config to the RPMs (the config file) and `trident validate` (the host config copy) share
        // nothing: both at once, as Image Customizer waits for them. The validation's first process (rpm2cpio)
        // starts first, and runs while this thread pins the config. The pinning's problems are told first, once the
        // validation has ended too.
        const validating = validateHostConfig(ctx, config, set, log, signal);
        try {
            applyRpms(ctx, config, set, log, true);
        }
        catch (error) {
            await validating.catch(() => undefined);
            throw error;
        }
        await validating;
        return set;
    };
}

// EXTERNAL MODULE: ./build/trident/install-spec.js
var install_spec = __webpack_require__(96962);
;// CONCATENATED MODULE: ./build/stages/plan.js
// validate-only: every input checked, prebuilt RPMs read and checked like a
// run does (and `trident validate` run where it can), the configs written,
// then the commands a full run would start, printed from the same argv
// builders the run uses. Nothing is pulled, built or run in a container.













/** The plan's lines. Pure. */
function planLines(ctx, config) {
    const { inputs, work } = ctx;
    const registryConfig = external_node_path_.join(work.auth, 'oras-config.json');
    const lines = [];
    if (inputs.rpms.kind === 'build')
        lines.push(['make', 'bin/trident-rpms.tar.gz', `# in ${inputs.rpms.checkout}`]);
    if (inputs.baseImage.kind === 'oci') {
        const { ref } = inputs.baseImage;
        if (inputs.registryCredentials)
            lines.push(orasArgv.login('oras', (0,oci_ref/* registryOf */.Fv)(ref), inputs.registryCredentials.username, registryConfig));
        lines.push(orasArgv.descriptor('oras', ref, registryConfig));
        lines.push([
            ...orasArgv.pull('oras', (0,oci_ref/* pinnedRef */.I1)(ref, '<resolved digest>'), inputs.platform, basePullDir(ctx), registryConfig),
            `# --platform only when ${ref} is an image index (multi-arch); a single manifest is pulled without it`,
        ]);
    }
    const pulls = (0,tools_engine/* pullArgv */.W8)({
        engine: inputs.containerEngine,
        image: inputs.imageCustomizerImage,
        platform: inputs.platform,
        ...(inputs.imageCustomizerCredentials ? { authDir: work.auth, username: inputs.imageCustomizerCredentials.username } : {}),
    });
    if (pulls.login)
        lines.push(pulls.login);
    const base = inputs.baseImage.kind === 'file' ? inputs.baseImage.path : external_node_path_.join(basePullDir(ctx), 'image.vhdx');
    const run = (0,argv/* containerArgv */.oM)((0,customize/* containerSpec */.$M)(ctx, config, base, inputs.rpms.kind === 'distro' ? undefined : work.rpms));
    lines.push(pulls.pull, run);
    return ['Every input is valid. Without validate-only the action would run:', ...lines.map((argv) => `  ${argv.join(' ')}`)];
}
/** What validate-only cannot check without building trident-source, and the run checks after the build. Pure. */
function skippedBuildLines(ctx, config) {
    if (ctx.inputs.rpms.kind !== 'build')
        return [];
    const specs = [...(config.generated?.os?.packages?.install ?? []), ...config.lists.flatMap((l) => l.specs)];
    const installs = [...new Set(specs.flatMap((s) => (0,install_spec/* specTargets */.m)(s, new Set(trident_packages/* TRIDENT_PACKAGE_NAMES */.Xy)).map((t) => t.name)))];
    return [
        `validate-only: the build of trident-source (make bin/trident-rpms.tar.gz in ${ctx.inputs.rpms.checkout}) is skipped, so its RPMs are not checked. After the build, a run checks:`,
        "  - every RPM by its header (name, epoch, version, release, arch), none a source package, one build of each, Trident's packages of one version-release;",
        `  - their architecture against platform ${ctx.inputs.platform};`,
        `  - that they hold what the ISO installs: ${installs.length > 0 ? [...new Set(['trident', ...installs])].join(', ') : 'no Trident package'}, and trident-selinux where trident's conditional Requires applies;`,
        config.generated
            ? '  - then pins each of them in the config to the built version-release, and runs trident validate on the host config.'
            : '  - that `config` pins each of them to the built version-release, and runs trident validate on the host config.',
    ];
}
function plan(config, given, verify) {
    return async (ctx, stageLog, signal) => {
        const lines = [];
        const log = (line) => {
            lines.push(line);
            stageLog(line);
        };
        if (given)
            await validateHostConfig(ctx, config, given, log, signal);
        for (const line of skippedBuildLines(ctx, config))
            log(line);
        for (const line of planLines(ctx, config))
            log(line);
        if (verify) {
            log(`Then, for verify: ${verify.options.mode}, with the ISO at ${ctx.inputs.output}:`);
            for (const argv of await (0,verify_plan/* verifyPlanLines */["if"])(verify, ctx.work, ctx.inputs.output))
                log(`  ${argv.join(' ')}`);
        }
        // The two files the config stage just wrote, small: read at once (an async read is a round trip to libuv's thread pool).
        const read = (file) => ({ path: file, text: (0,external_node_fs_.readFileSync)(file, 'utf8') });
        return {
            lines,
            config: read(config.configHostPath),
            ...(config.hostConfigPath ? { hostConfig: read(config.hostConfigPath) } : {}),
        };
    };
}
/** The job summary of validate-only, from what its stages logged and the plan. Pure. */
function validateOnlySummary(stages, planned) {
    const checks = stages.records
        .filter((r) => r.outcome === 'ok' && r.name !== 'Plan (validate-only)')
        .map((r) => ({ stage: r.name, lines: stages.tail(r.name) }));
    return (0,report/* validateOnlyMarkdown */.A3)({ checks, plan: planned.lines, config: planned.config, ...(planned.hostConfig ? { hostConfig: planned.hostConfig } : {}) }, stages.records);
}

;// CONCATENATED MODULE: ./build/stages/index.js
// The stages up to the parallel pieces (the checks, the Image Customizer config,
// the RPMs, the base image, the Image Customizer image), for main.ts to load at
// once when the inputs have read well: an input error needs none of them. They
// carry the schema validators, the COSI and host config readers and the YAML
// writer: what validate-only runs. The rest of a build's stages are in build.ts.








/***/ }),

/***/ 43482:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GU: () => (/* binding */ whichOnPath),
/* harmony export */   QR: () => (/* binding */ checkBuildTools),
/* harmony export */   zy: () => (/* binding */ versionAtLeast)
/* harmony export */ });
/* unused harmony exports BUILD_COMMANDS, onPath, requiredRust */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _context_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76754);
// What `make bin/trident-rpms.tar.gz` in a Trident checkout needs on the
// runner, checked before the long work where it is cheap to check (a file on
// PATH, a version, a library file). From microsoft/trident:
//   Makefile: target/release/trident is built on the host by cargo with
//     OPENSSL_STATIC=1, OPENSSL_LIB_DIR from `whereis libssl.a` and
//     OPENSSL_INCLUDE_DIR=/usr/include/openssl (a static libssl);
//     version-vars runs python3 scripts/get-version.py and git rev-parse/diff;
//     the RPMs are built by `docker build` FROM mcr.microsoft.com/azurelinux/base/core:3.0,
//     which installs packages with tdnf (network);
//   Cargo.toml: rust-version (1.85.0 at 95639188c); prost-build/tonic-build need protoc;
//   .pipelines/templates/stages/validate_makefile/dev-build.yml: Trident's own CI
//     installs clang on Ubuntu before this target;
//   docs/Development/Building/Dependencies.md: libssl-dev, protobuf-compiler on Ubuntu.
// Network (crates, the base image, tdnf) cannot be checked cheaply: README says it.



/** node:fs/promises, loaded when this module first touches a file: validate-only loads this module and never does. */
const fs = () => process.getBuiltinModule('node:fs/promises');
const BUILD_COMMANDS = [
    { what: 'cargo', ubuntu: "Rust through rustup (`rustup toolchain install stable`; Ubuntu's cargo package is older than Trident needs)" },
    { what: 'rustc', ubuntu: 'Rust through rustup (`rustup toolchain install stable`)' },
    { what: 'protoc', ubuntu: 'protobuf-compiler' },
    { what: 'clang', ubuntu: 'clang' },
    { what: 'python3', ubuntu: 'python3' },
    { what: 'git', ubuntu: 'git' },
    { what: 'make', ubuntu: 'make' },
    { what: 'docker', ubuntu: 'docker.io (or Docker CE; hosted Ubuntu runners have it)' },
];
async function exists(file, mode = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.F_OK) {
    return fs()
        .access(file, mode)
        .then(() => true, () => false);
}
/** Whether `name` is an executable file in one of PATH's folders. */
async function onPath(name, pathVariable) {
    return (await whichOnPath(name, pathVariable)) !== undefined;
}
/** The first executable file `name` in PATH's folders, or undefined. */
async function whichOnPath(name, pathVariable) {
    for (const dir of pathVariable.split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter).filter(Boolean)) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, name);
        if (await exists(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK))
            return file;
    }
    return undefined;
}
/** Compares dotted versions numerically. Pure. */
function versionAtLeast(version, minimum) {
    const a = version.split('.').map(Number);
    const b = minimum.split('.').map(Number);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0)
            return d > 0;
    }
    return true;
}
/** A checkout's small text file, or '' when it cannot be read. */
function textIfAny(file) {
    try {
        return (0,_context_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .readTextBounded */ .LW)(file, 'checkoutText');
    }
    catch {
        return '';
    }
}
/** The rust-version a checkout's Cargo.toml asks for (1.85.0 when it says none). */
function requiredRust(checkout) {
    const text = textIfAny(node_path__WEBPACK_IMPORTED_MODULE_1__.join(checkout, 'Cargo.toml'));
    return /^\s*rust-version\s*=\s*"(\d+(?:\.\d+){0,2})"/m.exec(text)?.[1] ?? '1.85.0';
}
/**
 * The cheap checks, against the step's PATH and files. `whereis` starts at once and `rustc --version` as soon as
 * rustc is found on PATH.
 */
async function checkBuildTools(exec, env, checkout, signal) {
    const pathVariable = env.PATH ?? '';
    // rustc's version and whereis's answer are asked at once (two processes; neither waits for the other).
    const opts = { captureStdout: true, ...(signal ? { signal } : {}) };
    const whereisRun = exec.run(['whereis', 'libssl.a'], opts).catch(() => undefined);
    const rustRun = onPath('rustc', pathVariable).then((found) => found
        ? exec
            .run(['rustc', '--version'], opts)
            .catch(() => undefined)
            .then((result) => [requiredRust(checkout), result])
        : undefined);
    const onPathNow = await Promise.all(BUILD_COMMANDS.map((tool) => onPath(tool.what, pathVariable)));
    const missing = [];
    const found = [];
    for (const [i, tool] of BUILD_COMMANDS.entries()) {
        if (onPathNow[i])
            found.push(tool.what);
        else
            missing.push(`${tool.what} is not on PATH (install ${tool.ubuntu})`);
    }
    const [rust, whereis] = await Promise.all([rustRun, whereisRun]);
    if (rust) {
        const [wanted, result] = rust;
        const version = /^rustc (\d+\.\d+\.\d+)/.exec(result?.stdout ?? '')?.[1];
        if (!version)
            missing.push('rustc --version says no version (reinstall Rust through rustup)');
        else if (!versionAtLeast(version, wanted))
            missing.push(`rustc is ${version}, but the checkout's Cargo.toml needs rust-version ${wanted} (run \`rustup update stable\`)`);
        else
            found.push(`rustc ${version} (≥ ${wanted})`);
    }
    // As the Makefile finds it: `whereis libssl.a | cut -d" " -f2`.
    const libssl = whereis?.stdout.trim().split(/\s+/)[1];
    if (!libssl || !(await exists(libssl))) {
        missing.push('`whereis libssl.a` finds no static libssl (install libssl-dev): the Makefile links OpenSSL statically');
    }
    else
        found.push(libssl);
    const notes = [];
    const cargoConfig = textIfAny(node_path__WEBPACK_IMPORTED_MODULE_1__.join(checkout, '.cargo', 'config.toml'));
    if (/^\s*replace-with\s*=\s*"BMP_PublicPackages"/m.test(cargoConfig) && env.OVERRIDE_RUST_FEED !== 'true') {
        notes.push("The checkout's .cargo/config.toml takes crates from Trident's Azure Artifacts feed (BMP_PublicPackages) instead of crates.io; Trident's Makefile switches to crates.io only with OVERRIDE_RUST_FEED=true in the step's environment.");
    }
    return { missing, found, notes };
}


/***/ })

};
