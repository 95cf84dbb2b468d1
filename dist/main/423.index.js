export const id = 423;
export const ids = [423,85];
export const modules = {

/***/ 64423:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  askRpmCacheAhead: () => (/* reexport */ rpms.askRpmCacheAhead),
  baseImage: () => (/* reexport */ baseImage),
  customizerImage: () => (/* reexport */ customizerImage),
  readGivenRpms: () => (/* reexport */ rpms.readGivenRpms),
  tridentRpms: () => (/* reexport */ rpms.tridentRpms)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/context/errors.js
var errors = __webpack_require__(31997);
// EXTERNAL MODULE: ./build/context/input-types.js
var input_types = __webpack_require__(12116);
// EXTERNAL MODULE: ./build/context/oci-ref.js
var oci_ref = __webpack_require__(81393);
// EXTERNAL MODULE: ./build/tools/cache.js
var cache = __webpack_require__(44762);
// EXTERNAL MODULE: ./build/tools/hash.js
var hash = __webpack_require__(89790);
// EXTERNAL MODULE: ./build/stages/commands.js
var commands = __webpack_require__(40542);
// EXTERNAL MODULE: ./build/tools/abortable.js
var abortable = __webpack_require__(10054);
// EXTERNAL MODULE: ./build/tools/build-tools.js
var build_tools = __webpack_require__(43482);
// EXTERNAL MODULE: ./build/tools/exec.js
var exec = __webpack_require__(57639);
;// CONCATENATED MODULE: ./build/data/oras-releases.json
const oras_releases_namespaceObject = /*#__PURE__*/JSON.parse('{"1.0.0":{"darwin":{"amd64":{"checksum":"3bce1a83fb518c7bc0afac685601835e5234daa88b3074aafecf768ec80229fe","url":"https://github.com/oras-project/oras/releases/download/v1.0.0/oras_1.0.0_darwin_amd64.tar.gz"},"arm64":{"checksum":"0168a0b8289c202b9dcd57fb4fa3638610245fd5574032e18b1196a20e4100d1","url":"https://github.com/oras-project/oras/releases/download/v1.0.0/oras_1.0.0_darwin_arm64.tar.gz"}},"linux":{"amd64":{"checksum":"8533c9ea1e5a0d5eb1dfc5094c0e8ef106d15462f8a119077548f88937ed2133","url":"https://github.com/oras-project/oras/releases/download/v1.0.0/oras_1.0.0_linux_amd64.tar.gz"},"arm64":{"checksum":"332ba74c043ed590ab0fb61656e6d274243e915cb150d48be4ad64ed591dcc84","url":"https://github.com/oras-project/oras/releases/download/v1.0.0/oras_1.0.0_linux_arm64.tar.gz"},"armv7":{"checksum":"c626893bed0aa26eb37113e11c1bc34552fa213f26af85ef14100a366e6c7c06","url":"https://github.com/oras-project/oras/releases/download/v1.0.0/oras_1.0.0_linux_armv7.tar.gz"},"s390x":{"checksum":"2339f972cbbaa7dc4fed0795c2c37a6124ee524c6e0ed62919c3a0097dd57442","url":"https://github.com/oras-project/oras/releases/download/v1.0.0/oras_1.0.0_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"e47e91fbc72cfe4e5c89321ebc5af953bcafa8a9ecdb0b4fbd53fd136578e03e","url":"https://github.com/oras-project/oras/releases/download/v1.0.0/oras_1.0.0_windows_amd64.zip"}}},"1.0.1":{"darwin":{"amd64":{"checksum":"34f11536dc191f9ad4288649f97ef69b478548f891c932c9732307f064ed3331","url":"https://github.com/oras-project/oras/releases/download/v1.0.1/oras_1.0.1_darwin_amd64.tar.gz"},"arm64":{"checksum":"faa0181799f0e0295d7df188441a1f8869da78a50da4cf7fb03cf35dc746b178","url":"https://github.com/oras-project/oras/releases/download/v1.0.1/oras_1.0.1_darwin_arm64.tar.gz"}},"linux":{"amd64":{"checksum":"6b51b87360d373dd3c19b91d2627d2efd320513380a878b6f06702f72fe8c5ab","url":"https://github.com/oras-project/oras/releases/download/v1.0.1/oras_1.0.1_linux_amd64.tar.gz"},"arm64":{"checksum":"ae1884ae17b7ae7ce694c63d51a52ab0dac1f2c0ca384163455c1e96c5663db0","url":"https://github.com/oras-project/oras/releases/download/v1.0.1/oras_1.0.1_linux_arm64.tar.gz"},"armv7":{"checksum":"f31bc8eab3ed2f368056df3eb5761f40d90dfbd8272bec58d83961f41ebbf3fb","url":"https://github.com/oras-project/oras/releases/download/v1.0.1/oras_1.0.1_linux_armv7.tar.gz"},"s390x":{"checksum":"2a63313a99dd45c448c022a303941e1f5b47b8fdf3493c593b026de384a284b6","url":"https://github.com/oras-project/oras/releases/download/v1.0.1/oras_1.0.1_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"0b9c50eda7aa384d435b31710264d08c77a5e83ee6560ee6e13ca46a6acec1ba","url":"https://github.com/oras-project/oras/releases/download/v1.0.1/oras_1.0.1_windows_amd64.zip"}}},"1.1.0":{"darwin":{"amd64":{"checksum":"f8ac5dea53dd9331cf080f1025f0612e7b07c5af864a4fd609f97d8946508e45","url":"https://github.com/oras-project/oras/releases/download/v1.1.0/oras_1.1.0_darwin_amd64.tar.gz"},"arm64":{"checksum":"d52d3140b0bb9f7d7e31dcbf2a513f971413769c11f7d7a5599e76cc98e45007","url":"https://github.com/oras-project/oras/releases/download/v1.1.0/oras_1.1.0_darwin_arm64.tar.gz"}},"linux":{"amd64":{"checksum":"e09e85323b24ccc8209a1506f142e3d481e6e809018537c6b3db979c891e6ad7","url":"https://github.com/oras-project/oras/releases/download/v1.1.0/oras_1.1.0_linux_amd64.tar.gz"},"arm64":{"checksum":"e450b081f67f6fda2f16b7046075c67c9a53f3fda92fd20ecc59873b10477ab4","url":"https://github.com/oras-project/oras/releases/download/v1.1.0/oras_1.1.0_linux_arm64.tar.gz"},"armv7":{"checksum":"def86e7f787f8deee50bb57d1c155201099f36aa0c6700d3b525e69ddf8ae49b","url":"https://github.com/oras-project/oras/releases/download/v1.1.0/oras_1.1.0_linux_armv7.tar.gz"},"s390x":{"checksum":"067600d61d5d7c23f7bd184cff168ad558d48bed99f6735615bce0e1068b1d77","url":"https://github.com/oras-project/oras/releases/download/v1.1.0/oras_1.1.0_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"2ac83631181d888445e50784a5f760f7f9d97fba3c089e79b68580c496fe68cf","url":"https://github.com/oras-project/oras/releases/download/v1.1.0/oras_1.1.0_windows_amd64.zip"}}},"1.2.0":{"darwin":{"amd64":{"checksum":"58a8494f5bce778e21d89d90c82e05bd128e7bb9d84dd190d154f8afdbf30541","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_darwin_amd64.tar.gz"},"arm64":{"checksum":"fea801b0e02c5342e749ef2860e1faebae03e93ae50e33ed40d227e089cf9435","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_darwin_arm64.tar.gz"}},"freebsd":{"amd64":{"checksum":"73d3a292dce1f0985df084ff50b38ab2deacbcb01902ceebc008d5bea2f2dee9","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_freebsd_amd64.tar.gz"}},"linux":{"amd64":{"checksum":"5b3f1cbb86d869eee68120b9b45b9be983f3738442f87ee5f06b00edd0bab336","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_linux_amd64.tar.gz"},"arm64":{"checksum":"27df680a39fc2fcedc549cb737891623bc696c9a92a03fd341e9356a35836bae","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_linux_arm64.tar.gz"},"armv7":{"checksum":"054685703cb0c66e51f8143e3bbd3976e217d3d595f0593db43b6dd451e43329","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_linux_armv7.tar.gz"},"ppc64le":{"checksum":"af5ee50434c7263b1460978af83e7690570e8999678fae9db6c5dbb38467fed5","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_linux_ppc64le.tar.gz"},"riscv64":{"checksum":"42c7e5f35b72492dd3ee7c68edad0c0da939b39e6ead7f682329015b283e96f8","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_linux_riscv64.tar.gz"},"s390x":{"checksum":"69d2e842e592f4d990b33d58ff3c298c4e4c0921dd54ad9e65e3b6dd9427a750","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"f110b42a20bd4728fb0428d36ee6ed10de58cd986bba8e95ecc4f0272cb017ba","url":"https://github.com/oras-project/oras/releases/download/v1.2.0/oras_1.2.0_windows_amd64.zip"}}},"1.2.1":{"darwin":{"amd64":{"checksum":"54095db9a4cb0f37bf7ac5afbed0ff167215195ad07b6d9318b69c5a8944b19d","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_darwin_amd64.tar.gz"},"arm64":{"checksum":"e3489c1946cb98c21992e09f2ec37974ad3856bb88b798682975fce7960f08fe","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_darwin_arm64.tar.gz"}},"freebsd":{"amd64":{"checksum":"778f92a8d678b45a3fc70234573cf6b48f50744111f2c4c615fd9962b41481e7","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_freebsd_amd64.tar.gz"}},"linux":{"amd64":{"checksum":"4180b940409ab801ada54cdb793dd7372be2a5cb25b6522490409d5d4b0e3dde","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_linux_amd64.tar.gz"},"arm64":{"checksum":"65f9197e9eacda769b1f2f447e2c4004a8f3f772855c2c987d5111e8302cbbed","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_linux_arm64.tar.gz"},"armv7":{"checksum":"fe833e216c72f98d1426da3b0dd136328a578c92a6cd10987374bc5680c0a0a4","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_linux_armv7.tar.gz"},"ppc64le":{"checksum":"cbfc9b4c847becb0dc5b6f30b3bf55884a1090f5deb6894ba5183f6e916e17e2","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_linux_ppc64le.tar.gz"},"riscv64":{"checksum":"960067eaf16034eb8ac2f843775e53bae37b7585d55132e283fb3402a3cea68a","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_linux_riscv64.tar.gz"},"s390x":{"checksum":"dc3b6a4c3290c60de8c57ff63fef7a5689cd8e2df39026f2937cc25fd95dfbc4","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"e072dac29eb4a4b62520b52193e028420c159e5ec192f28bfebfb11f81c7d6d8","url":"https://github.com/oras-project/oras/releases/download/v1.2.1/oras_1.2.1_windows_amd64.zip"}}},"1.2.2":{"darwin":{"amd64":{"checksum":"e953c3c5580a317ba30871ee77f39a37e5bcb030edf01c5e9a83ebddcec7cf8a","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_darwin_amd64.tar.gz"},"arm64":{"checksum":"fcac22adaf1cfe7854738859d0f4705d1cd75a23edaef5ee2e9aba66cfff2315","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_darwin_arm64.tar.gz"}},"freebsd":{"amd64":{"checksum":"a0570a5119cb054f6d3716dd9771a2216e15bc38953293be4703059cada113e3","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_freebsd_amd64.tar.gz"}},"linux":{"amd64":{"checksum":"bff970346470e5ef888e9f2c0bf7f8ee47283f5a45207d6e7a037da1fb0eae0d","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_linux_amd64.tar.gz"},"arm64":{"checksum":"edd7195cbb8ba56c29ede413eefa10c8026201d63326017cd315841b4063aa56","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_linux_arm64.tar.gz"},"armv7":{"checksum":"df2e87741cdb703f77930a10202d4425775e69c6b925ce0cab3a2a992fa6a446","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_linux_armv7.tar.gz"},"ppc64le":{"checksum":"d7554f1d96061ba8c4ea8c930b01f7f47a336b20b52ac442f5dbcab88c3793cf","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_linux_ppc64le.tar.gz"},"riscv64":{"checksum":"dbebe747bb5f9c8382d7cdd2fb81edf48aa5d03401364252172f32caddd449eb","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_linux_riscv64.tar.gz"},"s390x":{"checksum":"9d72dcd93264729c9dbee91b6841fdfe1fa85ec6c9303108a889bdd6816383ee","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"25110d69d220bf55469a14c243f759305737dac6672fb47b4af4e43b000f55f5","url":"https://github.com/oras-project/oras/releases/download/v1.2.2/oras_1.2.2_windows_amd64.zip"}}},"1.2.3":{"darwin":{"amd64":{"checksum":"29d8b684dadd9b08614fe9023a5ac8ff0ef1bef1c9795ad8076e3215eb207724","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_darwin_amd64.tar.gz"},"arm64":{"checksum":"ca4188a0c690536d34baf2a4c3507b3fcc11a06979aeec6da3560a0c4d944a6a","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_darwin_arm64.tar.gz"}},"freebsd":{"amd64":{"checksum":"0cd77c9340578e4ef86533d5603498fe006f6b962d619612d49769aa01fe90e3","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_freebsd_amd64.tar.gz"}},"linux":{"amd64":{"checksum":"b4efc97a91f471f323f193ea4b4d63d8ff443ca3aab514151a30751330852827","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_linux_amd64.tar.gz"},"arm64":{"checksum":"90e24e234dc6dffe73365533db66fd14449d2c9ae77381081596bf92f40f6b82","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_linux_arm64.tar.gz"},"armv7":{"checksum":"f5d32565d714fdddc4f06fd8c00e9cc5719398ccb918a5d64a54b5531da4f893","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_linux_armv7.tar.gz"},"ppc64le":{"checksum":"6362e6df98961906c55fbbaf789610c575a8cd4c72a0e18a41561b36fd4352ef","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_linux_ppc64le.tar.gz"},"riscv64":{"checksum":"a1f2a861b5e5e295925dcdeb226a3e097e92b48c87a00c5cbbdffc6288597b37","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_linux_riscv64.tar.gz"},"s390x":{"checksum":"7993b9247c49e7aa3f107568c33c37d6bcae87018651a6def8278ea7c2c7a3a8","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"8fe890f5c6c89b06fb138839e533a112e0fc026a25b2c8c1b042b32455a56947","url":"https://github.com/oras-project/oras/releases/download/v1.2.3/oras_1.2.3_windows_amd64.zip"}}},"1.3.0":{"darwin":{"amd64":{"checksum":"82c33f7da8430ea7fa7e7bdf7721be0a0d0481e5ccb2472ea438490d5e8641a9","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_darwin_amd64.tar.gz"},"arm64":{"checksum":"e10c6552c02d5a7c7eaf7170d3b6f7f094b675a98a1e0edf4d4478a909447245","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_darwin_arm64.tar.gz"}},"freebsd":{"amd64":{"checksum":"3e885e8c78d61cf9ab57597ebc1a5c7a985ca8578c3ed5a87842c5411610c7f5","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_freebsd_amd64.tar.gz"}},"linux":{"amd64":{"checksum":"6cdc692f929100feb08aa8de584d02f7bcc30ec7d88bc2adc2054d782db57c64","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_linux_amd64.tar.gz"},"arm64":{"checksum":"7649738b48fde10542bcc8b0e9b460ba83936c75fb5be01ee6d4443764a14352","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_linux_arm64.tar.gz"},"armv7":{"checksum":"adba63f14b3356601bdb4c286f0373270e2bc4e10e59b836c1796d11c48b4ace","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_linux_armv7.tar.gz"},"loong64":{"checksum":"0da4a220de5431909cd7fed725c1741191df7b33d7eefd6f26dfd2a189b05596","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_linux_loong64.tar.gz"},"ppc64le":{"checksum":"3eb1c038c6a7a85eaeaf34bca187375e9de624c43019d2a722e474de3237a90e","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_linux_ppc64le.tar.gz"},"riscv64":{"checksum":"87bbd09d34b5bac85fec2c39251b979097c32b7a6f1e645e04f5fa8f899701a1","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_linux_riscv64.tar.gz"},"s390x":{"checksum":"4eb036537a0fbbe1f75faed99272ca579ad4e6eb583e903ac647749dcf53898a","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"b050e93aa0dc7a79a61fa8e4074dfa302c41d4af01b634fe393c5dd687536aee","url":"https://github.com/oras-project/oras/releases/download/v1.3.0/oras_1.3.0_windows_amd64.zip"}}},"1.3.1":{"darwin":{"amd64":{"checksum":"22b7d8947d32280283c2e1a2fabc59d3b3c3b3056ec070dabdfe016fda532e52","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_darwin_amd64.tar.gz"},"arm64":{"checksum":"d545a238f4c8be6dfae6c3d0ff5b09720c5588641d4a5180fb87c38a64500cc4","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_darwin_arm64.tar.gz"}},"freebsd":{"amd64":{"checksum":"2d383403fbe0e7160652671455bd5d23a97e6cf0c355c618b233a1ac7aa05c2d","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_freebsd_amd64.tar.gz"}},"linux":{"amd64":{"checksum":"d52c4af76ce6a3ceb8579e51fb751a43ac051cca67f965f973a0b0e897a2bb86","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_linux_amd64.tar.gz"},"arm64":{"checksum":"79946ad57d732836f9242f903f476b6fa484c451d659f121bce54d931ab2a044","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_linux_arm64.tar.gz"},"armv7":{"checksum":"2974eac27ce587c5ffdc3f2ddc2e1af4ea57c3e7d0ec12b64e3879edf9d7dfb7","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_linux_armv7.tar.gz"},"loong64":{"checksum":"8467e1bb87d01495283993dec1c1fe8962b3c5119afe6346dc8176da99746547","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_linux_loong64.tar.gz"},"ppc64le":{"checksum":"6e11f06d52475fcf6be0ee140f69957a5b069c90fcd1e7a514f7df2d88144ca8","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_linux_ppc64le.tar.gz"},"riscv64":{"checksum":"f49cacaca1ceea3af51965918420f772947dce57319435cb170206567f2991b6","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_linux_riscv64.tar.gz"},"s390x":{"checksum":"4372e53aef199dd3a8c2bd4298c4934e8802189803ff3b961c9a001598e6cbba","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"8cf69e46f966e592ad36261c05b8f59c02125743b7261c03f6badc3919b40cb0","url":"https://github.com/oras-project/oras/releases/download/v1.3.1/oras_1.3.1_windows_amd64.zip"}}},"1.3.2":{"darwin":{"amd64":{"checksum":"2621f6b252b222f6fbf4e114d2fcaa0cec6b632624ffaf73143f66e4e0994f86","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_darwin_amd64.tar.gz"},"arm64":{"checksum":"7929f792cf272268412375ecad6f0fb3c20f164368d5b57966e67ad6d36eca53","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_darwin_arm64.tar.gz"}},"freebsd":{"amd64":{"checksum":"3481583cc330d51f1e576df84f1efc3c3630c1f88314fbac76e27ce4d3097dd9","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_freebsd_amd64.tar.gz"}},"linux":{"amd64":{"checksum":"9229ccc6d17bb282039ad4a69abb16dcb887a5bce567c075d731d9b3c7ad8eaf","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_linux_amd64.tar.gz"},"arm64":{"checksum":"8db4a223bd6034deff198e791ea7cb3af0840df25b7e9f370e2f1f3fd20d389b","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_linux_arm64.tar.gz"},"armv7":{"checksum":"96b5414b5651da65a61e4f81f340b96f17d3755d54b5c3f879b2bb20eed83f00","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_linux_armv7.tar.gz"},"loong64":{"checksum":"d1b2170991779b4fba8f4b2f0c17562b15307925ee703d259bbe24846f5072bf","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_linux_loong64.tar.gz"},"ppc64le":{"checksum":"e9904853815a265091a2a7cee76b934a099e04b5c11a7ebc53d93009b3d15cb2","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_linux_ppc64le.tar.gz"},"riscv64":{"checksum":"4b0c72c1d2795d14d8e038687574e56dee22a9f0e3a0dd2746baccedfa6425ff","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_linux_riscv64.tar.gz"},"s390x":{"checksum":"98aad2e81f9ccd1d68a148623a3eac3a301383d21fb7ab33b49835fc96157e9e","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_linux_s390x.tar.gz"}},"windows":{"amd64":{"checksum":"c896f26245f11e6385d52010bb0a65a4e500e1f3244680a6556ed05462fa1c0d","url":"https://github.com/oras-project/oras/releases/download/v1.3.2/oras_1.3.2_windows_amd64.zip"}}}}');
// EXTERNAL MODULE: ./build/context/platform.js
var context_platform = __webpack_require__(63713);
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
// EXTERNAL MODULE: ./build/tools/argv.js
var argv = __webpack_require__(25260);
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
    await (0,retry/* retryTransient */.jh)('oras login', () => oras.exec.runChecked(argv/* orasArgv */.oe.login(oras.bin, registry, credentials.username, oras.registryConfig), options(oras, { input: credentials.password })), { policy: oras.retry, log: oras.onLine, signal: oras.signal }).catch((error) => {
        throw registryError(error, registry);
    });
}
/** What ref names now (an index for multi-platform images, else one manifest), without downloading anything but its descriptor. */
async function orasDescriptor(oras, ref) {
    const result = await (0,retry/* retryTransient */.jh)('oras manifest fetch', () => oras.exec.runChecked(argv/* orasArgv */.oe.descriptor(oras.bin, ref, oras.registryConfig), options(oras, { captureStdout: true })), { policy: oras.retry, log: oras.onLine, signal: oras.signal }).catch((error) => {
        throw registryError(error, ref);
    });
    return parseDescriptor(result.stdout.trim());
}
/** Pulls ref (pinned by digest), choosing `platform` from an index; errors name `asGiven`, the reference the user wrote. */
async function orasPull(oras, ref, platform, outDir, asGiven = ref) {
    await (0,retry/* retryTransient */.jh)('oras pull', () => oras.exec.runChecked(argv/* orasArgv */.oe.pull(oras.bin, ref, platform, outDir, oras.registryConfig), options(oras)), {
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
        const pullDir = (0,commands/* basePullDir */.YW)(ctx);
        await fs().rm(pullDir, { recursive: true, force: true });
        await fs().mkdir(pullDir, { recursive: true });
        const key = cache/* cacheKeys */.Xr.baseImage(inputs.platform, digest);
        const warning = (line) => rt.warning({ message: line });
        if (ctx.cache && (await (0,cache/* restore */.PF)(pullDir, key, { info: log, warning }, ctx.exec, signal))) {
            log('Base image restored from the cache: nothing pulled.');
        }
        else {
            // By digest: what is pulled (and cached under that digest) is what was resolved, even if the tag moves meanwhile.
            const pulling = orasPull(oras, (0,oci_ref/* pinnedRef */.I1)(source.ref, digest), index ? inputs.platform : undefined, pullDir, source.ref);
            // The pull has started: the save's client compiles while it runs, not when it ends.
            if (ctx.cache)
                (0,cache/* loadCacheClient */.ul)().catch(() => undefined);
            await pulling;
            // The save outlives this stage (it runs beside Image Customizer): it logs directly.
            if (ctx.cache)
                ctx.background('Save base image to the cache', (s) => (0,cache/* save */.UN)(pullDir, key, { info: (line) => rt.console.info(line), warning }, s));
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

// EXTERNAL MODULE: ./build/tools/engine.js
var tools_engine = __webpack_require__(21812);
;// CONCATENATED MODULE: ./build/stages/customizer-image.js
// Stage 3c (beside the RPMs and the base image): the Image Customizer image
// pulled, and a privileged container of it tried, so that an engine refusing
// privileges stops the run before the long work rather than after it.



/** What a failed login or pull means for the inputs (a transient failure, retried in vain, is not the user's). */
function pullError(error) {
    if (!(error instanceof tools_engine.EngineError))
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
    await (0,tools_engine.pullImage)(ctx.exec, {
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
    const check = await (0,tools_engine.tryPrivileged)(ctx.exec, { engine, image, platform, name, signal });
    const said = `(exit code ${check.exitCode}): ${check.tail.slice(-3).join(' ')}`;
    if (check.verdict === 'refused') {
        throw new errors/* InputError */.d('container-engine', `${engine} could not run a privileged container with loop devices ${said}. Image Customizer needs one; use a runner whose engine allows --privileged.`);
    }
    if (check.verdict === 'error')
        throw new Error(`The privileged check container of ${image} could not run ${said}.`);
    log(`${engine} runs privileged containers with loop devices.`);
}

// EXTERNAL MODULE: ./build/stages/rpms.js + 1 modules
var rpms = __webpack_require__(20085);
;// CONCATENATED MODULE: ./build/stages/fetch.js
// A build's first stages, which main.ts runs at once after the config: the
// Trident RPMs (and reading prebuilt ones, which validate-only does too), the
// base image and the Image Customizer image. They load beside the checks'
// stages (index.ts), and carry oras, the cache client and the engine's pulls,
// which validate-only does not load without prebuilt RPMs.





/***/ }),

/***/ 20085:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  askRpmCacheAhead: () => (/* binding */ askRpmCacheAhead),
  readGivenRpms: () => (/* binding */ readGivenRpms),
  tridentRpms: () => (/* binding */ tridentRpms),
  validateHostConfig: () => (/* binding */ validateHostConfig)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/context/errors.js
var errors = __webpack_require__(31997);
// EXTERNAL MODULE: ./build/tools/cache.js
var cache = __webpack_require__(44762);
// EXTERNAL MODULE: ./build/trident/rpm-set.js
var rpm_set = __webpack_require__(4947);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./build/trident/rpm-header.js
var rpm_header = __webpack_require__(92874);
;// CONCATENATED MODULE: ./build/trident/rpm-sources.js
// Where Trident's RPMs come from: built from a checkout with
// `make bin/trident-rpms.tar.gz` (or restored from the cache for the same clean
// commit), or taken prebuilt from a folder or tarball; each file's header is
// read (what it is comes from there, not from its name); then they are
// gathered flat into one folder (x86_64 and noarch together). The user's
// files are copied, never moved: Image Customizer writes repodata into the
// folder it is given.




/** node:fs/promises, loaded when this module first touches a file: validate-only loads this module and never does. */
const fs = () => process.getBuiltinModule('node:fs/promises');
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
    const entries = await fs().readdir(dir, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
        if (!entry.name.endsWith('.rpm') || entry.name.endsWith('.src.rpm') || entry.isDirectory())
            continue;
        const file = external_node_path_.join(entry.parentPath, entry.name);
        // A link to an RPM counts as the RPM; anything else by that name (a pipe, a device, a dangling link) would be
        // read as one or skipped unseen: it is named instead.
        const regular = entry.isFile() ||
            (entry.isSymbolicLink() &&
                (await fs()
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
        const header = await (0,rpm_header/* readRpmHeader */.FP)(file).catch((error) => {
            if (error instanceof rpm_header/* RpmHeaderError */.bU)
                throw new RpmSourceError(`${file} is not a usable RPM: ${error.message}.`);
            throw error;
        });
        packages.push({ file, ...header });
    }
    return packages;
}
/** Copies the RPMs flat into target; two different files with one name are an error. */
async function gatherRpms(packages, target) {
    await fs().mkdir(target, { recursive: true });
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
        await fs().copyFile(rpm.file, dest, external_node_fs_.constants.COPYFILE_FICLONE);
        gathered.push({ ...rpm, file: dest });
    }
    return gathered;
}
async function unpack(exec, tarball, dir) {
    await fs().mkdir(dir, { recursive: true });
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
        emptied = fs().rm(o.cache.dir, { recursive: true, force: true });
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
        const info = await fs().stat(source.path);
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
// EXTERNAL MODULE: ./build/stages/config.js + 6 modules
var stages_config = __webpack_require__(12449);
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
        key: (commit) => cache/* cacheKeys */.Xr.rpms(ctx.inputs.platform, commit),
        restore: (dir, key) => (0,cache/* restore */.PF)(dir, key, { info: log, warning }, ctx.exec, signal),
        lookup: (dir, key) => (0,cache/* lookup */.$I)(dir, key, { info: log, warning }, ctx.exec, signal),
        // make has started: the save's client compiles while the build runs, not when the build ends.
        prepareSave: () => void (0,cache/* loadCacheClient */.ul)().catch(() => undefined),
        // The save outlives this stage (it runs beside Image Customizer, as the base image's does): it logs directly.
        save: (dir, key) => {
            ctx.background('Save RPMs to the cache', (s) => (0,cache/* save */.UN)(dir, key, { info: (line) => ctx.rt.console.info(line), warning }, s));
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
    const input = (0,stages_config/* rpmInput */.we)(ctx) ?? 'trident-rpms';
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
        throw error instanceof validate/* TridentPayloadError */.XS ? new errors/* InputError */.d((0,stages_config/* rpmInput */.we)(ctx) ?? 'trident-rpms', error.message) : error;
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
            (0,stages_config/* applyRpms */.J6)(ctx, config, set, log, true);
        }
        catch (error) {
            await validating.catch(() => undefined);
            throw error;
        }
        await validating;
        return set;
    };
}


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


/***/ }),

/***/ 44762:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ lookup),
/* harmony export */   PF: () => (/* binding */ restore),
/* harmony export */   UN: () => (/* binding */ save),
/* harmony export */   Xr: () => (/* binding */ cacheKeys),
/* harmony export */   ul: () => (/* binding */ loadCacheClient)
/* harmony export */ });
/* harmony import */ var _context_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31997);
/* harmony import */ var _context_platform_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63713);
/* harmony import */ var _abortable_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10054);
/* harmony import */ var _results_service_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39172);
// The Actions cache, for work that gives the same result every time: the base
// image (keyed by its manifest digest) and RPMs built from a clean commit.
// The cache is an optimisation: when its service fails or is absent, the
// build warns and carries on. Whether the cache holds a key is asked without
// the client (tools/results-service.ts: one request, no Azure SDK to compile);
// the client is loaded only for what downloads or uploads.




/** Cache keys, from what determines the content exactly. Pure. */
const cacheKeys = {
    baseImage: (platform, digest) => `trident-iso-base-image-${_context_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .PLATFORMS */ .P4[platform].key}-${digest.replace(':', '-')}`,
    rpms: (platform, commit) => `trident-iso-rpms-${_context_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .PLATFORMS */ .P4[platform].key}-${commit}`,
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
        log.warning(`The cache could not be read (${(0,_context_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .g)(error)}); carrying on without it.`);
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
        if ((0,_results_service_js__WEBPACK_IMPORTED_MODULE_3__/* .cacheServiceVersion */ .yG)(env) === 'v1') {
            const cache = await client();
            if (!cache)
                return 'unavailable';
            const hit = await (0,_abortable_js__WEBPACK_IMPORTED_MODULE_2__/* .abortable */ .ZC)(cache.restoreCache([dir], key, undefined, { lookupOnly: true }), signal);
            return hit === key ? 'hit' : 'miss';
        }
        if (!env.ACTIONS_RESULTS_URL)
            return 'unavailable';
        // The runner's cache mode may forbid reading: the client then restores nothing, a miss.
        if (!(0,_results_service_js__WEBPACK_IMPORTED_MODULE_3__/* .cacheReadable */ .zP)(env))
            return 'miss';
        const matched = await (0,_results_service_js__WEBPACK_IMPORTED_MODULE_3__/* .findCacheEntry */ .oX)(env, { paths: [dir], key, compression: await (0,_results_service_js__WEBPACK_IMPORTED_MODULE_3__/* .compressionMethod */ .L9)(exec) }, signal);
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
        const restored = cache ? await (0,_abortable_js__WEBPACK_IMPORTED_MODULE_2__/* .abortable */ .ZC)(cache.restoreCache([dir], key), signal) : undefined;
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
        const id = await (0,_abortable_js__WEBPACK_IMPORTED_MODULE_2__/* .abortable */ .ZC)(cache.saveCache([dir], key), signal);
        if (id === -1)
            log.info(`${dir} was not cached as ${key} (the cache service did not take it, as said above); the next run will do this work again.`);
        else
            log.info(`Cached ${dir} as ${key}`);
    }
    catch (error) {
        if (signal?.aborted)
            throw error;
        log.warning(`The cache could not be written (${(0,_context_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .g)(error)}); the next run will do this work again.`);
    }
}


/***/ }),

/***/ 89790:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ copySha256),
/* harmony export */   Q: () => (/* binding */ sha256File)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);

/** node:fs/promises, loaded when this module first touches a file: validate-only loads this module and never does. */
const fs = () => process.getBuiltinModule('node:fs/promises');
const BUFFER_BYTES = 1 << 20;
const sha256Hash = () => process.getBuiltinModule('node:crypto').createHash('sha256');
/** Reads the whole file, handing each filled part to `use`; the next part is read meanwhile, into the other buffer. */
async function eachChunk(handle, use) {
    let free = Buffer.allocUnsafe(BUFFER_BYTES);
    let reading = handle.read(Buffer.allocUnsafe(BUFFER_BYTES), 0, BUFFER_BYTES, null);
    for (;;) {
        const { bytesRead, buffer } = await reading;
        if (bytesRead === 0)
            return;
        reading = handle.read(free, 0, BUFFER_BYTES, null);
        free = buffer;
        // A failure here leaves that read pending: let it end before the file is closed.
        await Promise.resolve(use(buffer.subarray(0, bytesRead))).catch(async (error) => {
            await reading.catch(() => undefined);
            throw error;
        });
    }
}
async function withFile(file, use) {
    // O_NONBLOCK: a FIFO does not block the open.
    const handle = await fs().open(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    try {
        return await use(handle);
    }
    finally {
        await handle.close();
    }
}
function sha256File(file) {
    const hash = sha256Hash();
    return withFile(file, async (handle) => {
        await eachChunk(handle, (chunk) => void hash.update(chunk));
        return hash.digest('hex');
    });
}
/**
 * Copies `from` to `to`, which must not exist (it is created exclusively), and
 * returns the SHA-256 of what it copied. A copy that fails (a full disk) is removed.
 */
function copySha256(from, to, onCreated = () => undefined) {
    const hash = sha256Hash();
    return withFile(from, async (source) => {
        const target = await fs().open(to, 'wx');
        // Before a byte is written: the caller records the name, so a cancelled copy is found and removed.
        onCreated();
        try {
            await eachChunk(source, async (chunk) => {
                hash.update(chunk);
                let written = 0;
                while (written < chunk.length)
                    written += (await target.write(chunk, written, chunk.length - written)).bytesWritten;
            });
            await target.close();
        }
        catch (error) {
            await target.close().catch(() => undefined);
            await fs().rm(to, { force: true });
            throw error;
        }
        return hash.digest('hex');
    });
}


/***/ })

};
