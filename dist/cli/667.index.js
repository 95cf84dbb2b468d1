export const id = 667;
export const ids = [667];
export const modules = {

/***/ 90667:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X2: () => (/* binding */ chooseAccelerator),
  hostConfigOfConfig: () => (/* binding */ hostConfigOfConfig),
  lL: () => (/* binding */ keptDiskName),
  planVerification: () => (/* binding */ planVerification),
  serialLogPath: () => (/* binding */ serialLogPath),
  verifyPlanLines: () => (/* binding */ verifyPlanLines),
  HW: () => (/* binding */ vmFiles),
  $m: () => (/* binding */ vmSpec)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/context/errors.js
var errors = __webpack_require__(31997);
// EXTERNAL MODULE: ./build/context/lookup.js
var lookup = __webpack_require__(10860);
// EXTERNAL MODULE: ./build/context/limits.js
var limits = __webpack_require__(76754);
// EXTERNAL MODULE: ./build/context/yaml.js
var yaml = __webpack_require__(24309);
// EXTERNAL MODULE: ./build/customizer/files.js
var customizer_files = __webpack_require__(58501);
// EXTERNAL MODULE: ./build/customizer/config.js
var customizer_config = __webpack_require__(1954);
// EXTERNAL MODULE: ./build/tools/fs.js
var fs = __webpack_require__(18749);
// EXTERNAL MODULE: ./build/tools/qemu.js
var qemu = __webpack_require__(89466);
// EXTERNAL MODULE: ./build/trident/problems.js
var problems = __webpack_require__(94823);
// EXTERNAL MODULE: ./build/trident/host-config.js + 2 modules
var host_config = __webpack_require__(12219);
// EXTERNAL MODULE: ./build/context/mapping.js
var mapping = __webpack_require__(60114);
// EXTERNAL MODULE: ./build/verify/size.js
var verify_size = __webpack_require__(98063);
;// CONCATENATED MODULE: ./build/verify/disks.js
// The VM's disks for `verify: install`: one blank disk per disk of the host
// config, attached so that the device path the host config names exists in
// the VM and leads to that disk, each sized from its partitions. Pure.
//
// What a path becomes in a q35 VM (systemd's udev path_id and
// 60-persistent-storage.rules name the links; the kernel names the disks):
// - /dev/sdX: SATA disks on the ICH9 AHCI controller, lettered in port order
//   (the CD-ROM is sr0 and takes no letter);
// - /dev/vdX: virtio-blk disks, lettered in PCI slot order;
// - /dev/disk/by-path/pci-0000:00:1f.2-ata-N and ...-ata-N.0: AHCI port N-1
//   (QEMU bus ide.N-1; udev's port_no is 1-based);
// - /dev/disk/by-path/pci-0000:00:SS.0 (and the older virtio-pci-...): the
//   virtio-blk disk at PCI slot SS;
// - /dev/disk/by-id/ata-QEMU_HARDDISK_<serial>, /dev/disk/by-id/virtio-<serial>:
//   a SATA or virtio disk with that serial.
// Anything else has no VM equivalent here and is refused before the build.


/** Ports of the ICH9 AHCI controller (QEMU buses ide.0 to ide.5). */
const SATA_PORTS = 6;
/** PCI slots on bus 0 a disk or the NIC may take: 00 is the host bridge, 1f the ICH9 functions (AHCI is 1f.2). */
const PCI_SLOTS = Array.from({ length: 0x1e }, (_, i) => i + 1);
/** The slot the NIC takes unless a disk needs it (then the next free one). */
const NIC_SLOT = 0x02;
/** Where /dev/vdX disks go unless a pinned slot comes first. */
const FIRST_VIRTIO_SLOT = 0x10;
/** The AHCI controller's PCI address, as udev writes it. */
const AHCI_PCI = '0000:00:1f.2';
/** Partition table overhead: 1 MiB before the first partition (alignment) and 1 MiB for the backup GPT. */
const GPT_OVERHEAD = 2 * verify_size/* MiB */.lv;
/** Room given to a disk with a `grow` partition, beyond its fixed partitions. */
const GROW_ROOM = 8 * verify_size/* GiB */.T3;
/** A disk the host config describes without partitions (RAID members, adopted disks) still needs some room. */
const MIN_DISK = 1 * verify_size/* GiB */.T3;
/** Disks added only so that /dev/sdX or /dev/vdX letters line up. */
const FILLER_SIZE = 64 * verify_size/* MiB */.lv;
// ------------------------------------------------------------------ sizes
/** What a disk needs: its fixed partitions, the GPT, and room for `grow`. */
function requiredBytes(partitions) {
    let fixed = 0;
    let grow = false;
    for (const [index, p] of partitions.entries()) {
        const size = (0,verify_size/* parseSize */.DB)((0,mapping/* isMapping */.p)(p) ? p.size : undefined);
        if (size === undefined)
            return { bytes: 0, grow, bad: { index, size: (0,mapping/* isMapping */.p)(p) ? p.size : undefined } };
        if (size === 'grow')
            grow = true;
        else
            fixed += size;
    }
    if (partitions.length === 0)
        return { bytes: MIN_DISK, grow };
    const bytes = fixed + GPT_OVERHEAD + (grow ? GROW_ROOM : 0);
    return { bytes: Math.ceil(bytes / verify_size/* MiB */.lv) * verify_size/* MiB */.lv, grow };
}
/** Serials QEMU and udev both keep as they are (ATA and virtio serials hold 20 bytes). */
const SERIAL = '([A-Za-z0-9._-]{1,20})';
const SUPPORTED = [
    '/dev/sdX (SATA)',
    '/dev/vdX (virtio)',
    `/dev/disk/by-path/pci-${AHCI_PCI}-ata-N[.0] (SATA port N, 1 to ${SATA_PORTS})`,
    '/dev/disk/by-path/pci-0000:00:SS.0 (virtio at PCI slot SS, 01 to 1e)',
    '/dev/disk/by-id/ata-QEMU_HARDDISK_<serial>',
    '/dev/disk/by-id/virtio-<serial>',
].join(', ');
/** What a host config's `device` path is in the VM, or why it cannot be. */
function parseDevice(device) {
    let m;
    if ((m = /^\/dev\/sd([a-z])$/.exec(device))) {
        const index = (m[1] ?? 'a').charCodeAt(0) - 97;
        if (index >= SATA_PORTS - 1)
            return { problem: `the VM has ${SATA_PORTS} SATA ports, one of them for the installer's CD-ROM: /dev/sda to /dev/sde` };
        return { kind: 'sd', index };
    }
    if ((m = /^\/dev\/vd([a-z])$/.exec(device)))
        return { kind: 'vd', index: (m[1] ?? 'a').charCodeAt(0) - 97 };
    if ((m = new RegExp(`^/dev/disk/by-path/pci-${AHCI_PCI.replace(/\./g, '\\.')}-ata-(\\d+)(?:\\.(\\d+))?$`).exec(device))) {
        const n = Number(m[1]);
        if (m[2] !== undefined && m[2] !== '0')
            return { problem: `target ${m[2]} is behind a SATA port multiplier, which the VM does not have (use ...-ata-${n}.0 or ...-ata-${n})` };
        if (n < 1 || n > SATA_PORTS)
            return { problem: `the VM's AHCI controller has ports 1 to ${SATA_PORTS} (ata-1 to ata-${SATA_PORTS})` };
        return { kind: 'ata-path', port: n - 1 };
    }
    if ((m = /^\/dev\/disk\/by-path\/(?:virtio-)?pci-0000:00:([0-9a-f]{2})\.0$/.exec(device))) {
        const slot = parseInt(m[1] ?? '', 16);
        if (!PCI_SLOTS.includes(slot))
            return { problem: 'a virtio disk can take PCI slots 01 to 1e on bus 00 (00 is the host bridge, 1f the chipset)' };
        return { kind: 'pci-path', slot };
    }
    if ((m = new RegExp(`^/dev/disk/by-id/ata-QEMU_HARDDISK_${SERIAL}$`).exec(device)))
        return { kind: 'ata-id', serial: m[1] ?? '' };
    if ((m = new RegExp(`^/dev/disk/by-id/virtio-${SERIAL}$`).exec(device)))
        return { kind: 'virtio-id', serial: m[1] ?? '' };
    return { problem: `it is not a path the VM can provide; the VM provides ${SUPPORTED}` };
}
/**
 * Fills positions (ascending) so that each lettered disk gets its letter:
 * pinned disks keep their position; at a free position, the next lettered
 * disk goes there when its letter is the next one, else a serial disk (or a
 * filler, when no pinned disk comes later to take the letter) consumes the
 * letter; the remaining serial disks take the highest free positions.
 * Returns problems instead when the letters cannot line up.
 */
function place(bus, positions, pinned, lettered, serials, allowed) {
    const disks = [];
    const problems = [];
    const queue = [...lettered].sort((a, b) => letterOf(a) - letterOf(b));
    const floating = [...serials];
    const name = (i) => `/dev/${bus === 'sata' ? 'sd' : 'vd'}${String.fromCharCode(97 + i)}`;
    const asDisk = (w, position) => ({
        id: w.id,
        device: w.device,
        bus,
        position,
        ...('serial' in w.ref ? { serial: w.ref.serial } : {}),
        bytes: w.bytes,
        filler: false,
    });
    let letter = 0;
    const used = new Set();
    for (const [i, position] of positions.entries()) {
        const fixed = pinned.get(position);
        const next = queue[0];
        if (fixed) {
            if (next && letterOf(next) === letter) {
                problems.push({ pointer: next.pointer, message: `${next.device} would be the same disk as ${fixed.device} in the VM` });
                queue.shift();
            }
            disks.push(asDisk(fixed, position));
            used.add(position);
            letter++;
            continue;
        }
        if (!next || !allowed(position))
            continue;
        const laterPinned = positions.slice(i + 1).some((p) => pinned.has(p));
        if (letterOf(next) === letter) {
            queue.shift();
            disks.push(asDisk(next, position));
        }
        else if (floating.length > 0) {
            disks.push(asDisk(floating.shift(), position));
        }
        else if (laterPinned) {
            continue; // the pinned disk further on takes this letter
        }
        else {
            disks.push({ id: `filler-${name(letter).slice(5)}`, bus, position, bytes: FILLER_SIZE, filler: true });
        }
        used.add(position);
        letter++;
    }
    for (const w of queue)
        problems.push({
            pointer: w.pointer,
            message: `${w.device} cannot be given its letter: there are not enough free ${bus === 'sata' ? 'SATA ports' : 'PCI slots'}`,
        });
    // The rest go to the highest free positions, after every lettered disk, so they shift no letter.
    for (const w of floating) {
        const position = [...positions].reverse().find((p) => !used.has(p) && !pinned.has(p));
        if (position === undefined) {
            problems.push({ pointer: w.pointer, message: `${w.device}: no free ${bus === 'sata' ? 'SATA port' : 'PCI slot'} is left for it` });
            continue;
        }
        used.add(position);
        disks.push(asDisk(w, position));
    }
    return { disks: disks.sort((a, b) => a.position - b.position), problems };
}
function letterOf(w) {
    return w.ref.kind === 'sd' || w.ref.kind === 'vd' ? w.ref.index : -1;
}
/**
 * The VM's disks for a parsed host config (`storage.disks`), each at least
 * `diskBytes` when given (verify-disk-size), or the problems that make the
 * host config impossible to install in the VM.
 */
function planDisks(hostConfig, diskBytes) {
    const problems = [];
    const storage = (0,mapping/* isMapping */.p)(hostConfig) ? hostConfig.storage : undefined;
    const list = (0,mapping/* isMapping */.p)(storage) && Array.isArray(storage.disks) ? storage.disks : [];
    const empty = { disks: [], cdromPort: 0, nicSlot: NIC_SLOT };
    if (list.length === 0) {
        return {
            plan: empty,
            problems: [{ pointer: '/storage/disks', message: 'lists no disk: `verify: install` needs the disks Trident installs onto' }],
        };
    }
    const wanted = [];
    const seen = new Map();
    for (const [i, d] of list.entries()) {
        const pointer = `/storage/disks/${i}/device`;
        const id = (0,mapping/* isMapping */.p)(d) && typeof d.id === 'string' ? d.id : `disk${i}`;
        const device = (0,mapping/* isMapping */.p)(d) && typeof d.device === 'string' ? d.device : undefined;
        if (device === undefined) {
            problems.push({ pointer, message: 'has no device path for the VM to provide' });
            continue;
        }
        const ref = parseDevice(device);
        if ('problem' in ref) {
            problems.push({ pointer, message: `${device}: ${ref.problem}` });
            continue;
        }
        const partitions = (0,mapping/* isMapping */.p)(d) && Array.isArray(d.partitions) ? d.partitions : [];
        const need = requiredBytes(partitions);
        if (need.bad) {
            problems.push({
                pointer: `/storage/disks/${i}/partitions/${need.bad.index}/size`,
                message: `size ${JSON.stringify(need.bad.size)} is not one Trident reads (grow, bytes, or a number with K, M, G or T)`,
            });
            continue;
        }
        if (diskBytes !== undefined && diskBytes < need.bytes - (need.grow ? GROW_ROOM : 0)) {
            problems.push({
                pointer,
                message: `disk '${id}' needs at least ${need.bytes - (need.grow ? GROW_ROOM : 0)} bytes for its partitions; verify-disk-size gives ${diskBytes}`,
            });
            continue;
        }
        const key = identity(ref);
        const other = seen.get(key);
        if (other !== undefined) {
            problems.push({ pointer, message: `${device} names the same VM disk as ${other}` });
            continue;
        }
        seen.set(key, device);
        wanted.push({ id, device, pointer, ref, bytes: diskBytes ?? need.bytes });
    }
    const sataPinned = new Map();
    const virtioPinned = new Map();
    for (const w of wanted) {
        if (w.ref.kind === 'ata-path')
            sataPinned.set(w.ref.port, w);
        if (w.ref.kind === 'pci-path')
            virtioPinned.set(w.ref.slot, w);
    }
    const sata = place('sata', Array.from({ length: SATA_PORTS }, (_, i) => i), sataPinned, wanted.filter((w) => w.ref.kind === 'sd'), wanted.filter((w) => w.ref.kind === 'ata-id'), () => true);
    const lettered = wanted.filter((w) => w.ref.kind === 'vd');
    // /dev/vdX disks start at FIRST_VIRTIO_SLOT, unless a pinned slot below it would take their letters.
    const virtio = place('virtio', PCI_SLOTS, virtioPinned, lettered, wanted.filter((w) => w.ref.kind === 'virtio-id'), (slot) => slot >= FIRST_VIRTIO_SLOT || [...virtioPinned.keys()].some((p) => p > slot));
    problems.push(...sata.problems, ...virtio.problems);
    const disks = [...sata.disks, ...virtio.disks];
    const taken = new Set(sata.disks.map((d) => d.position));
    const cdromPort = Array.from({ length: SATA_PORTS }, (_, i) => i).find((p) => !taken.has(p));
    if (cdromPort === undefined && problems.length === 0) {
        problems.push({ pointer: '/storage/disks', message: `uses all ${SATA_PORTS} SATA ports; the installer's CD-ROM needs one` });
    }
    const slots = new Set(virtio.disks.map((d) => d.position));
    const nicSlot = PCI_SLOTS.find((s) => s >= NIC_SLOT && !slots.has(s)) ?? NIC_SLOT;
    const plan = { disks, cdromPort: cdromPort ?? 0, nicSlot };
    // The placement is only right if the kernel and udev would name each disk as the host config does.
    if (problems.length === 0) {
        const paths = devicePaths(plan);
        for (const w of wanted) {
            if (paths.get(w.device) !== w.id)
                problems.push({ pointer: w.pointer, message: `${w.device} cannot be made to lead to disk '${w.id}' in the VM` });
        }
    }
    return { plan, problems };
}
/** Two refs that are the same VM disk share this key. */
function identity(ref) {
    switch (ref.kind) {
        case 'ata-path':
            return `sata-port-${ref.port}`;
        case 'pci-path':
            return `pci-slot-${ref.slot}`;
        default:
            return JSON.stringify(ref);
    }
}
/**
 * The device paths that exist in the VM, each with the id of its disk: what
 * the kernel and udev make of the plan. Pure; planDisks checks its placement
 * against it, and the tests check it against a real kernel.
 */
function devicePaths(plan) {
    const paths = new Map();
    const hex = (n) => n.toString(16).padStart(2, '0');
    const sata = plan.disks.filter((d) => d.bus === 'sata').sort((a, b) => a.position - b.position);
    for (const [i, d] of sata.entries()) {
        paths.set(`/dev/sd${String.fromCharCode(97 + i)}`, d.id);
        paths.set(`/dev/disk/by-path/pci-${AHCI_PCI}-ata-${d.position + 1}`, d.id);
        paths.set(`/dev/disk/by-path/pci-${AHCI_PCI}-ata-${d.position + 1}.0`, d.id);
        if (d.serial)
            paths.set(`/dev/disk/by-id/ata-QEMU_HARDDISK_${d.serial}`, d.id);
    }
    const virtio = plan.disks.filter((d) => d.bus === 'virtio').sort((a, b) => a.position - b.position);
    for (const [i, d] of virtio.entries()) {
        paths.set(`/dev/vd${String.fromCharCode(97 + i)}`, d.id);
        paths.set(`/dev/disk/by-path/pci-0000:00:${hex(d.position)}.0`, d.id);
        paths.set(`/dev/disk/by-path/virtio-pci-0000:00:${hex(d.position)}.0`, d.id);
        if (d.serial)
            paths.set(`/dev/disk/by-id/virtio-${d.serial}`, d.id);
    }
    return paths;
}

// EXTERNAL MODULE: ./build/verify/patterns.js
var patterns = __webpack_require__(24837);
// EXTERNAL MODULE: ./build/verify/qemu-argv.js
var qemu_argv = __webpack_require__(72701);
;// CONCATENATED MODULE: ./build/stages/verify-plan.js
// The plan of `verify`, made before the build: the VM's disks from the host
// config, the files it would write (never over a file), the tools it needs,
// and the commands it runs (what validate-only prints). verify.ts runs it.














/** The installed disk files kept in verify-disk-dir are named after the disk ids, made safe for a file name. */
function keptDiskName(id) {
    return `${id.replace(/[^A-Za-z0-9._-]/g, '_')}.qcow2`;
}
/** With a complete user config: the host config it puts at /etc/trident/config.yaml (os.additionalFiles, by source). */
function hostConfigOfConfig(config) {
    const parsed = (0,customizer_files/* readUserConfig */.AV)(config);
    const files = (0,yaml/* isMapping */.pi)(parsed.os) && Array.isArray(parsed.os.additionalFiles) ? parsed.os.additionalFiles : [];
    const entry = files.find((f) => (0,yaml/* isMapping */.pi)(f) && f.destination === customizer_config/* HOST_CONFIG_DESTINATION */.Ry && typeof f.source === 'string');
    return (0,yaml/* isMapping */.pi)(entry) && typeof entry.source === 'string' ? external_node_path_.resolve(external_node_path_.dirname(config), entry.source) : undefined;
}
/**
 * Everything a verification needs, checked before the build: the host
 * config's disks can be given to the VM, nothing would be overwritten, and
 * (unless only validating) QEMU and OVMF are installed.
 */
async function planVerification(options, sources, env, machine, log) {
    let disks;
    let hostname;
    if (sources.hostConfig) {
        const file = sources.hostConfig;
        const parsed = (0,host_config/* parseHostConfig */.qK)((0,limits/* readInputText */._)('host-config', file, 'hostConfig'));
        if ('error' in parsed)
            throw new problems/* HostConfigError */.jB(file, [parsed.error]);
        const os = (0,yaml/* isMapping */.pi)(parsed.value) ? parsed.value.os : undefined;
        if ((0,yaml/* isMapping */.pi)(os) && typeof os.hostname === 'string' && os.hostname)
            hostname = os.hostname;
        if (options.mode === 'install') {
            const { plan, problems } = planDisks(parsed.value, options.diskBytes);
            const first = problems[0];
            if (first) {
                const at = (0,host_config/* locatePointer */.AN)(parsed.doc, first.pointer);
                throw new errors/* InputError */.d(sources.hostConfigInput, `${file} names disks that the VM of verify: install cannot provide:\n${problems.map((p) => `  ${p.pointer}: ${p.message}`).join('\n')}`, { file, ...(at ?? {}) });
            }
            disks = plan;
            for (const d of plan.disks) {
                log(`VM disk '${d.id}': ${d.filler ? 'filler, ' : `${d.device}, `}${d.bus === 'sata' ? `SATA port ${d.position + 1}` : `virtio at PCI slot ${d.position.toString(16).padStart(2, '0')}`}, ${d.bytes} bytes`);
            }
            if (options.diskDir) {
                const folder = (0,lookup/* statIfAny */.k)(options.diskDir);
                if (!folder?.isDirectory())
                    throw new errors/* InputError */.d('verify-disk-dir', `${options.diskDir} does not exist or is not a folder; create it first.`);
                for (const d of plan.disks.filter((x) => !x.filler)) {
                    const kept = external_node_path_.join(options.diskDir, keptDiskName(d.id));
                    if (await (0,fs/* pathExists */.s)(kept))
                        throw new errors/* InputError */.d('verify-disk-dir', `${kept} already exists; the action never overwrites a file. Remove it or choose another folder.`);
                }
            }
        }
    }
    else if (options.mode === 'install') {
        throw new errors/* InputError */.d(sources.hostConfigInput, 'holds no host config the action can read, and verify: install needs one: the VM gets the disks it names.');
    }
    if (await (0,fs/* pathExists */.s)(sources.serialLog)) {
        throw new errors/* InputError */.d(sources.serialLogInput, `the serial log of verify would be written to ${sources.serialLog}, which already exists; the action never overwrites a file. Remove it first.`);
    }
    // validate-only prints the commands with what is installed, and needs nothing installed.
    const found = await (0,qemu.findVmTools)(env);
    let tools;
    if ('missing' in found) {
        if (machine)
            throw new errors/* InputError */.d('verify', `needs ${found.missing.join(', ')} on this machine. ${qemu.INSTALL_HINT}`);
    }
    else {
        tools = found;
        log(`VM: ${tools.qemu}, firmware ${tools.firmwareCode}`);
    }
    return {
        options,
        ...(tools ? { tools } : {}),
        ...(disks ? { disks } : {}),
        ...(hostname ? { hostname } : {}),
        login: (0,patterns/* loginPattern */.CA)(options.loginPattern, hostname),
        serialLog: sources.serialLog,
    };
}
/** The files of one verification, in the work folder. */
function vmFiles(work, plan) {
    const dir = external_node_path_.join(work.root, 'verify');
    const diskFiles = new Map((plan.disks?.disks ?? []).map((d, i) => [d.id, external_node_path_.join(dir, `${i}-${keptDiskName(d.id)}`)]));
    return { dir, vars: external_node_path_.join(dir, 'OVMF_VARS.fd'), diskFiles };
}
/** The accelerator to start with, and whether a KVM that fails to start the VM may give way to TCG. Pure. */
function chooseAccelerator(setting, kvmOpensHere) {
    if (setting === 'tcg')
        return { first: 'tcg', fallback: false };
    if (setting === 'kvm')
        return { first: 'kvm', fallback: false };
    return kvmOpensHere ? { first: 'kvm', fallback: true } : { first: 'tcg', fallback: false };
}
function vmSpec(plan, name, accelerator, files, iso) {
    const tools = plan.tools ?? {
        qemu: 'qemu-system-x86_64',
        qemuImg: 'qemu-img',
        firmwareCode: '/usr/share/OVMF/OVMF_CODE_4M.fd',
        firmwareVars: '/usr/share/OVMF/OVMF_VARS_4M.fd',
    };
    return {
        qemu: tools.qemu,
        name,
        accelerator,
        memoryMiB: plan.options.memoryMiB,
        cpus: plan.options.cpus,
        firmwareCode: tools.firmwareCode,
        firmwareVars: files.vars,
        serialLog: plan.serialLog,
        ...(iso ? { iso } : {}),
        plan: plan.disks ?? { disks: [], cdromPort: 0, nicSlot: 0x02 },
        diskFiles: files.diskFiles,
        // Installer run: its reboot ends QEMU. The installed OS may reboot on its own (it keeps running then).
        noReboot: iso !== undefined,
    };
}
/** The commands a verification runs, for validate-only. */
async function verifyPlanLines(plan, work, iso) {
    const files = vmFiles(work, plan);
    const { first } = chooseAccelerator(plan.options.accelerator, await (0,qemu.kvmOpens)());
    const tools = plan.tools ?? { qemuImg: 'qemu-img', firmwareVars: '/usr/share/OVMF/OVMF_VARS_4M.fd' };
    const lines = [['cp', tools.firmwareVars, files.vars]];
    for (const d of plan.disks?.disks ?? [])
        lines.push((0,qemu_argv/* diskCreateArgv */.S1)(tools.qemuImg, files.diskFiles.get(d.id) ?? '', d.bytes));
    const name = 'trident-iso-vm-<id>';
    lines.push((0,qemu_argv/* qemuArgv */.dX)(vmSpec(plan, name, first, files, iso)));
    if (plan.options.mode === 'install')
        lines.push((0,qemu_argv/* qemuArgv */.dX)(vmSpec(plan, name, first, files, undefined)));
    return lines;
}
/** The serial log of `verify` lies beside the ISO: installer.iso → installer.serial.log. Pure. */
function serialLogPath(iso) {
    return iso.replace(/(\.iso)?$/i, '.serial.log');
}


/***/ }),

/***/ 89466:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   INSTALL_HINT: () => (/* binding */ INSTALL_HINT),
/* harmony export */   OVMF_CANDIDATES: () => (/* binding */ OVMF_CANDIDATES),
/* harmony export */   createDisk: () => (/* binding */ createDisk),
/* harmony export */   findVmTools: () => (/* binding */ findVmTools),
/* harmony export */   kvmOpens: () => (/* binding */ kvmOpens),
/* harmony export */   runVm: () => (/* binding */ runVm),
/* harmony export */   stopLeftoverVm: () => (/* binding */ stopLeftoverVm)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _abortable_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10054);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57639);
// QEMU on the runner: finding it and the OVMF firmware, KVM, blank disks, and
// running a VM while its serial log is read as it grows. What the serial
// console means is the caller's (verify/); this module only moves bytes and
// processes.




/** node:fs/promises, loaded when this module first touches a file: validate-only loads this module and never does. */
const fs = () => process.getBuiltinModule('node:fs/promises');
/**
 * OVMF code and variable store pairs, the 4 MiB build first (the only one on
 * Ubuntu 24.04; Debian and Ubuntu's `ovmf`), then the 2 MiB one (older
 * Debian/Ubuntu), Fedora's edk2-ovmf and Arch's edk2-ovmf. Secure Boot
 * builds are left out: they refuse an unsigned loader.
 */
const OVMF_CANDIDATES = [
    ['/usr/share/OVMF/OVMF_CODE_4M.fd', '/usr/share/OVMF/OVMF_VARS_4M.fd'],
    ['/usr/share/OVMF/OVMF_CODE.fd', '/usr/share/OVMF/OVMF_VARS.fd'],
    ['/usr/share/edk2/ovmf/OVMF_CODE.fd', '/usr/share/edk2/ovmf/OVMF_VARS.fd'],
    ['/usr/share/edk2/x64/OVMF_CODE.4m.fd', '/usr/share/edk2/x64/OVMF_VARS.4m.fd'],
];
/** How to get what is missing, for the error message. */
const INSTALL_HINT = "On Debian or Ubuntu (GitHub-hosted ubuntu runners included): sudo apt-get install -y qemu-system-x86 qemu-utils ovmf. Firmware elsewhere: set OVMF_CODE and OVMF_VARS in the step's env to its code and variable store files.";
async function readable(file) {
    return fs()
        .access(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK)
        .then(() => true, () => false);
}
async function onPath(name, env) {
    for (const dir of (env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter).filter(Boolean)) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, name);
        if (await fs()
            .access(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK)
            .then(() => true, () => false))
            return file;
    }
    return undefined;
}
/** QEMU, qemu-img and an OVMF pair (OVMF_CODE and OVMF_VARS in env first), or what is missing. */
async function findVmTools(env) {
    const missing = [];
    const qemu = await onPath('qemu-system-x86_64', env);
    if (!qemu)
        missing.push('qemu-system-x86_64 (package qemu-system-x86)');
    const qemuImg = await onPath('qemu-img', env);
    if (!qemuImg)
        missing.push('qemu-img (package qemu-utils)');
    let firmware;
    if (env.OVMF_CODE || env.OVMF_VARS) {
        const pair = [env.OVMF_CODE ?? '', env.OVMF_VARS ?? ''];
        if ((await readable(pair[0])) && (await readable(pair[1])))
            firmware = pair;
        else
            missing.push(`the firmware files OVMF_CODE='${pair[0]}' and OVMF_VARS='${pair[1]}' (both must be readable)`);
    }
    else {
        for (const pair of OVMF_CANDIDATES) {
            if ((await readable(pair[0])) && (await readable(pair[1]))) {
                firmware = pair;
                break;
            }
        }
        if (!firmware)
            missing.push(`OVMF UEFI firmware (package ovmf; looked for ${OVMF_CANDIDATES.map(([code]) => code).join(', ')})`);
    }
    if (!qemu || !qemuImg || !firmware)
        return { missing };
    return { qemu, qemuImg, firmwareCode: firmware[0], firmwareVars: firmware[1] };
}
/** Whether this process may open /dev/kvm for reading and writing (GitHub's hosted Linux runners: after the udev rule in README). */
async function kvmOpens(device = '/dev/kvm') {
    return fs()
        .access(device, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK)
        .then(() => true, () => false);
}
/** A blank qcow2 disk: sparse, it takes space only as the guest writes. */
async function createDisk(exec, argv, signal) {
    await exec.runChecked(argv, { signal });
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Runs QEMU (argv) and reads the serial log as it grows until the VM ends,
 * a callback says stop, or the deadline passes; then QEMU (its process
 * group) is stopped and the call settles only when it has ended. Resolves
 * with how it ended and the byte offset the log reached.
 */
async function runVm(exec, argv, o) {
    const own = new AbortController();
    const signal = AbortSignal.any([o.signal, own.signal]);
    let wanted;
    const stopWith = (why) => {
        wanted ??= why;
        own.abort();
    };
    let stopAt;
    let lastOutputAt = Date.now();
    let exited;
    const running = exec
        .run(argv, {
        signal,
        onSpawn: (pid) => o.onStart?.(pid),
        onLine: (line) => {
            if (o.onQemuLine?.(line) === 'stop')
                stopWith('stop');
        },
    })
        .then((result) => {
        exited = { code: result.exitCode, lastLines: result.tail };
    }, (error) => {
        // Our own stop is how this ends; the run's cancellation, or a QEMU that would not start, is not.
        if (!own.signal.aborted || o.signal.aborted)
            throw error;
    });
    let ended = false;
    const done = running.finally(() => (ended = true));
    done.catch(() => undefined);
    let offset = o.from;
    const buffer = Buffer.alloc(64 * 1024);
    const drain = async () => {
        const handle = await fs()
            .open(o.serialLog, 'r')
            .catch(() => undefined);
        if (!handle)
            return;
        try {
            for (;;) {
                const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
                if (bytesRead === 0)
                    return;
                offset += bytesRead;
                lastOutputAt = Date.now();
                const said = o.onSerial(Buffer.from(buffer.subarray(0, bytesRead)));
                if (said === 'stop')
                    stopWith('stop');
                else if (said === 'finish')
                    stopAt ??= Date.now() + (o.finishMs ?? 3000);
            }
        }
        finally {
            await handle.close();
        }
    };
    while (!ended) {
        await drain();
        if (wanted === undefined && Date.now() >= o.deadline)
            stopWith('timeout');
        // A failing program prints its error's context in one burst: once the console is quiet, it has said it.
        if (wanted === undefined && stopAt !== undefined && (Date.now() >= stopAt || Date.now() - lastOutputAt >= (o.quietMs ?? 1000)))
            stopWith('stop');
        await Promise.race([done.catch(() => undefined), sleep(o.pollMs ?? 100)]);
    }
    await done; // rethrows the run's cancellation or a start failure
    if (o.signal.aborted)
        throw (0,_abortable_js__WEBPACK_IMPORTED_MODULE_2__/* .abortError */ .vt)(o.signal);
    // What QEMU wrote last (the rest of a line that matched, its last words).
    await drain();
    if (wanted === 'timeout')
        return { end: { kind: 'timeout' }, offset };
    if (wanted === 'stop')
        return { end: { kind: 'stopped' }, offset };
    return { end: { kind: 'exited', code: exited?.code ?? 1, lastLines: exited?.lastLines ?? [] }, offset };
}
/**
 * Stops a VM that outlived its step (the step was killed before it could):
 * only a process whose command line still holds the VM's unique name, so a
 * recycled pid is never touched. SIGTERM to its process group, SIGKILL after
 * graceMs. Returns whether it found one.
 */
async function stopLeftoverVm(pid, name, graceMs = 5_000) {
    const alive = async () => {
        const cmdline = await fs()
            .readFile(`/proc/${pid}/cmdline`, 'utf8')
            .catch(() => '');
        const stat = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_3__.procStat)(pid);
        return stat !== undefined && stat.state !== 'Z' && cmdline.split('\0').includes(name);
    };
    if (!(await alive()))
        return false;
    const signalGroup = (sig) => {
        try {
            process.kill(-pid, sig);
        }
        catch {
            try {
                process.kill(pid, sig);
            }
            catch {
                // gone
            }
        }
    };
    signalGroup('SIGTERM');
    for (let waited = 0; waited < graceMs; waited += 100) {
        if (!(await alive()))
            return true;
        await sleep(100);
    }
    signalGroup('SIGKILL');
    return true;
}


/***/ }),

/***/ 72701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S1: () => (/* binding */ diskCreateArgv),
/* harmony export */   dX: () => (/* binding */ qemuArgv)
/* harmony export */ });
/* unused harmony export optionValue */
/** A value inside a QEMU -drive/-chardev option list: commas are doubled. */
function optionValue(value) {
    return value.replaceAll(',', ',,');
}
function hex(n) {
    return `0x${n.toString(16).padStart(2, '0')}`;
}
function diskArgs(disk, index, file, bootIndex) {
    const drive = `disk${index}`;
    const serial = disk.serial ? `,serial=${disk.serial}` : '';
    const device = disk.bus === 'sata'
        ? `ide-hd,drive=${drive},bus=ide.${disk.position}${serial},bootindex=${bootIndex}`
        : `virtio-blk-pci,drive=${drive},addr=${hex(disk.position)}${serial},bootindex=${bootIndex}`;
    // Zeros the installer writes (the empty parts of filesystem images) stay unallocated in the sparse qcow2.
    return ['-drive', `if=none,id=${drive},format=qcow2,discard=unmap,detect-zeroes=unmap,file=${optionValue(file)}`, '-device', device];
}
function qemuArgv(spec) {
    const argv = [
        spec.qemu,
        '-name',
        optionValue(spec.name),
        '-machine',
        'q35',
        '-accel',
        spec.accelerator,
        // Under KVM the host's CPU; under TCG every feature QEMU emulates (the default qemu64 lacks what current kernels expect).
        '-cpu',
        spec.accelerator === 'kvm' ? 'host' : 'max',
        '-smp',
        String(spec.cpus),
        '-m',
        String(spec.memoryMiB),
        '-nodefaults',
        '-no-user-config',
        '-display',
        'none',
        '-drive',
        `if=pflash,format=raw,unit=0,readonly=on,file=${optionValue(spec.firmwareCode)}`,
        '-drive',
        `if=pflash,format=raw,unit=1,file=${optionValue(spec.firmwareVars)}`,
        '-chardev',
        `file,id=serial0,path=${optionValue(spec.serialLog)},append=on`,
        '-serial',
        'chardev:serial0',
        // A NIC with DHCP (QEMU's user network): the live OS's network-online.target and an http(s) COSI need one.
        '-netdev',
        'user,id=net0',
        '-device',
        `virtio-net-pci,netdev=net0,addr=${hex(spec.plan.nicSlot)}`,
    ];
    if (spec.iso) {
        argv.push('-drive', `if=none,id=cdrom,media=cdrom,readonly=on,format=raw,file=${optionValue(spec.iso)}`, '-device', `ide-cd,drive=cdrom,bus=ide.${spec.plan.cdromPort},bootindex=0`);
    }
    for (const [i, disk] of spec.plan.disks.entries()) {
        const file = spec.diskFiles.get(disk.id);
        if (file === undefined)
            throw new Error(`no disk file for '${disk.id}'`);
        argv.push(...diskArgs(disk, i, file, i + 1));
    }
    if (spec.noReboot)
        argv.push('-no-reboot');
    return argv;
}
/** `qemu-img create` of one blank disk. */
function diskCreateArgv(qemuImg, file, bytes) {
    return [qemuImg, 'create', '-q', '-f', 'qcow2', file, String(bytes)];
}


/***/ })

};
