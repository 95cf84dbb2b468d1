export const id = 449;
export const ids = [449];
export const modules = {

/***/ 12449:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {
var lazySha256 = (function (bytes) {
    let digest;
    return () => (digest ??= process.getBuiltinModule('node:crypto').createHash('sha256').update(bytes).digest('hex'));
});
var file = (function (path, bytes) {
    const sha256 = lazySha256(bytes);
    return {
        kind: 'file',
        path,
        size: bytes.length,
        get sha256() {
            return sha256();
        },
    };
});
var ownedOnIso = (function (o) {
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
});
var checkCustomizerConfig = (async function (config, features) {
    const split = (0,yaml/* isMapping */.pi)(config) ? (0,package_lists/* splitPackageLists */.ml)(config) : { rest: config, problems: [] };
    const problems = [...split.problems];
    if (!ACCEPTS[features.schema](split.rest)) {
        const errors = (0,schema_check/* refusalErrors */.yU)(split.rest, await EXPLAINERS[features.schema](), `Image Customizer ${features.schema} config`);
        problems.push(...errors.map(describe));
    }
    const mode = config?.os?.selinux?.mode;
    if (mode !== undefined && !input_types/* SELINUX_MODES */.yz.some(((m) => m === mode))) {
        problems.push({
            path: '/os/selinux/mode',
            message: `must be one of ${input_types/* SELINUX_MODES */.yz.join(', ')}; got '${typeof mode === 'string' ? mode : JSON.stringify(mode)}'`,
        });
    }
    return dedupe(problems);
});
var dedupe = (function (problems) {
    const seen = new Set();
    return problems.filter((p) => {
        const key = `${p.path}\u0000${p.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
});
var consoleProblem = (function (checked, config) {
    const last = (0,customizer_config/* lastConsole */.Ol)(config);
    if (!checked.verify || (0,patterns/* isSerialConsole */.KP)(last))
        return undefined;
    return `the live OS's last console= is ${last ?? 'missing'}, so systemd's status lines and Trident's forwarded journal do not reach the serial console that verify reads; put console=ttyS0 last (os.kernelCommandLine or iso.kernelCommandLine extraCommandLine).`;
});
var addTools = (function (needs, log) {
    for (const need of needs)
        log((0,host_config_tools/* toolLine */.p)(need));
    return needs.map(((n) => n.package));
});
var writeConfig = (function (checked, given) {
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
});
var fullOsInitramfs = (function (config) {
    return (0,yaml/* isMapping */.pi)(config.iso) && config.iso.initramfsType === 'full-os';
});


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J6: () => (/* binding */ applyRpms),
  we: () => (/* binding */ rpmInput),
  AU: (() => (/* binding */ writeConfig))
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./build/context/lookup.js
var lookup = __webpack_require__(10860);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/context/errors.js
var errors = __webpack_require__(31997);
// EXTERNAL MODULE: ./build/context/yaml.js
var yaml = __webpack_require__(24309);
// EXTERNAL MODULE: ./build/customizer/argv.js
var argv = __webpack_require__(54590);
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
// EXTERNAL MODULE: ./build/context/input-types.js
var input_types = __webpack_require__(12116);
;// CONCATENATED MODULE: ./build/customizer/schema.js






/** Each schema's yes-or-no check (made at once: it looks at the schema only as values reach it). Its validators were compiled without Ajv's strict mode: loose numbers. */
const ACCEPTS = {
    '0.18.0': (0,schema_check/* schemaCheck */.un)({ schema: imagecustomizer_v0_18_0_schema_namespaceObject, strictNumbers: false }),
    '1.6.0': (0,schema_check/* schemaCheck */.un)({ schema: imagecustomizer_v1_6_0_schema_namespaceObject, strictNumbers: false }),
};
/**
 * Each schema's explaining validator, compiled when the action is built (src/data/validators/, scripts/compile-schemas.ts),
 * loaded only for a config its check refuses: each is over 100 KB of code for Node to parse.
 */
const EXPLAINERS = {
    '0.18.0': async () => (await __webpack_require__.e(/* import() */ 333).then(__webpack_require__.bind(__webpack_require__, 67333))).validate,
    '1.6.0': async () => (await __webpack_require__.e(/* import() */ 467).then(__webpack_require__.bind(__webpack_require__, 9467))).validate,
};
/**
 * Problems with the config for this Image Customizer version; empty when it
 * is valid. The YAML-only package-list fields are not in schema.json: they
 * are checked for their form here, and their files by package-lists.ts.
 */

function describe(error) {
    if (error.keyword === 'additionalProperties') {
        const key = error.params.additionalProperty;
        return { path: `${error.instancePath}/${key}`, message: `unknown key '${key}' (Image Customizer rejects keys it does not know)` };
    }
    return { path: error.instancePath || '/', message: error.message ?? error.keyword };
}


// EXTERNAL MODULE: ./build/trident/host-config-tools.js
var host_config_tools = __webpack_require__(30742);
// EXTERNAL MODULE: ./build/verify/patterns.js
var patterns = __webpack_require__(24837);
// EXTERNAL MODULE: ./build/trident/host-config-copy.js
var host_config_copy = __webpack_require__(75764);
// EXTERNAL MODULE: ./build/trident/problems.js
var trident_problems = __webpack_require__(94823);
// EXTERNAL MODULE: ./build/trident/rpm-header.js
var rpm_header = __webpack_require__(92874);
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
        const checked = rpm.files.filter((f) => (f.flags & rpm_header/* RPMFILE */.g3.GHOST) === 0);
        const regular = checked.filter((f) => (0,rpm_header/* fileKind */.h_)(f) === 'file');
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
    const kind = (0,rpm_header/* fileKind */.h_)(file);
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
        const real = (0,owned/* isInside */.FK)(configDir, resolved) && !external_node_path_.isAbsolute(file) ? ((0,lookup/* realpathIfAny */.Ln)(resolved) ?? realDir) : undefined;
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
        const why = kindProblem((0,lookup/* statIfAny */.k)(external_node_path_.resolve(configDir, file)), wantsFolder);
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

/** Whether a config asks for the full-OS initramfs (no liveos/rootfs.img on the ISO: liveosisobuilder.go). */

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


/***/ }),

/***/ 92874:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FP: () => (/* binding */ readRpmHeader),
/* harmony export */   bU: () => (/* binding */ RpmHeaderError),
/* harmony export */   g3: () => (/* binding */ RPMFILE),
/* harmony export */   h_: () => (/* binding */ fileKind)
/* harmony export */ });
/* unused harmony exports DIGEST_HEX_LENGTH, RPMSENSE, LEAD_SIZE, RPM_LIMITS, mainHeaderOffset, mainHeaderLength, decodeMainHeader, parseRpmBytes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
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
const fs = () => process.getBuiltinModule('node:fs/promises');
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
    const handle = await fs().open(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
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


/***/ })

};
