// The plan of `verify`, made before the build: the VM's disks from the host
// config, the files it would write (never over a file), the tools it needs,
// and the commands it runs (what validate-only prints). verify.ts runs it.
import path from 'node:path';
import { InputError } from '../context/errors.js';
import { statIfAny } from '../context/lookup.js';
import type { InputName, VerifyOptions } from '../context/input-types.js';
import { readInputText } from '../context/limits.js';
import { isMapping } from '../context/yaml.js';
import { readUserConfig } from '../customizer/files.js';
import { HOST_CONFIG_DESTINATION } from '../customizer/config.js';
import type { StageLog } from '../run/stages.js';
import type { WorkDir } from '../run/workdir.js';
import type { StepEnv } from '../tools/exec.js';
import { pathExists } from '../tools/fs.js';
import { findVmTools, INSTALL_HINT, kvmOpens, type VmTools } from '../tools/qemu.js';
import { HostConfigError } from '../trident/problems.js';
import { locatePointer, parseHostConfig } from '../trident/host-config.js';
import { planDisks, type DiskPlan } from '../verify/disks.js';
import { loginPattern } from '../verify/patterns.js';
import { diskCreateArgv, qemuArgv, type Accelerator, type VmSpec } from '../verify/qemu-argv.js';

export interface VerifyPlan {
  options: VerifyOptions;
  /** Undefined only in validate-only, when they are not installed. */
  tools?: VmTools;
  /** verify: install: the disks, where the host config wants them. */
  disks?: DiskPlan;
  /** The installed OS's host name (os.hostname), if the host config sets one. */
  hostname?: string;
  /** The login pattern with {hostname} filled in. */
  login: string;
  serialLog: string;
}

/** Where the host config and the files a verification writes are, and the input to blame for each. */
export interface VerifySources {
  /** The host config the ISO carries (needed for install). */
  hostConfig?: string;
  /** The input that names it: host-config, or config (whose os.additionalFiles hold it). */
  hostConfigInput: InputName;
  serialLog: string;
  /** The input that decides the serial log's name (output; verify for the CLI). */
  serialLogInput: InputName;
}

/** The installed disk files kept in verify-disk-dir are named after the disk ids, made safe for a file name. */
export function keptDiskName(id: string): string {
  return `${id.replace(/[^A-Za-z0-9._-]/g, '_')}.qcow2`;
}

/** With a complete user config: the host config it puts at /etc/trident/config.yaml (os.additionalFiles, by source). */
export function hostConfigOfConfig(config: string): string | undefined {
  const parsed = readUserConfig(config);
  const files = isMapping(parsed.os) && Array.isArray(parsed.os.additionalFiles) ? (parsed.os.additionalFiles as unknown[]) : [];
  const entry = files.find((f) => isMapping(f) && f.destination === HOST_CONFIG_DESTINATION && typeof f.source === 'string');
  return isMapping(entry) && typeof entry.source === 'string' ? path.resolve(path.dirname(config), entry.source) : undefined;
}

/**
 * Everything a verification needs, checked before the build: the host
 * config's disks can be given to the VM, nothing would be overwritten, and
 * (unless only validating) QEMU and OVMF are installed.
 */
export async function planVerification(
  options: VerifyOptions,
  sources: VerifySources,
  env: StepEnv,
  machine: boolean,
  log: StageLog,
): Promise<VerifyPlan> {
  let disks: DiskPlan | undefined;
  let hostname: string | undefined;
  if (sources.hostConfig) {
    const file = sources.hostConfig;
    const parsed = parseHostConfig(readInputText('host-config', file, 'hostConfig'));
    if ('error' in parsed) throw new HostConfigError(file, [parsed.error]);
    const os = isMapping(parsed.value) ? parsed.value.os : undefined;
    if (isMapping(os) && typeof os.hostname === 'string' && os.hostname) hostname = os.hostname;
    if (options.mode === 'install') {
      const { plan, problems } = planDisks(parsed.value, options.diskBytes);
      const first = problems[0];
      if (first) {
        const at = locatePointer(parsed.doc, first.pointer);
        throw new InputError(
          sources.hostConfigInput,
          `${file} names disks that the VM of verify: install cannot provide:\n${problems.map((p) => `  ${p.pointer}: ${p.message}`).join('\n')}`,
          { file, ...(at ?? {}) },
        );
      }
      disks = plan;
      for (const d of plan.disks) {
        log(
          `VM disk '${d.id}': ${d.filler ? 'filler, ' : `${d.device}, `}${d.bus === 'sata' ? `SATA port ${d.position + 1}` : `virtio at PCI slot ${d.position.toString(16).padStart(2, '0')}`}, ${d.bytes} bytes`,
        );
      }
      if (options.diskDir) {
        const folder = statIfAny(options.diskDir);
        if (!folder?.isDirectory()) throw new InputError('verify-disk-dir', `${options.diskDir} does not exist or is not a folder; create it first.`);
        for (const d of plan.disks.filter((x) => !x.filler)) {
          const kept = path.join(options.diskDir, keptDiskName(d.id));
          if (await pathExists(kept))
            throw new InputError(
              'verify-disk-dir',
              `${kept} already exists; the action never overwrites a file. Remove it or choose another folder.`,
            );
        }
      }
    }
  } else if (options.mode === 'install') {
    throw new InputError(
      sources.hostConfigInput,
      'holds no host config the action can read, and verify: install needs one: the VM gets the disks it names.',
    );
  }
  if (await pathExists(sources.serialLog)) {
    throw new InputError(
      sources.serialLogInput,
      `the serial log of verify would be written to ${sources.serialLog}, which already exists; the action never overwrites a file. Remove it first.`,
    );
  }
  // validate-only prints the commands with what is installed, and needs nothing installed.
  const found = await findVmTools(env);
  let tools: VmTools | undefined;
  if ('missing' in found) {
    if (machine) throw new InputError('verify', `needs ${found.missing.join(', ')} on this machine. ${INSTALL_HINT}`);
  } else {
    tools = found;
    log(`VM: ${tools.qemu}, firmware ${tools.firmwareCode}`);
  }
  return {
    options,
    ...(tools ? { tools } : {}),
    ...(disks ? { disks } : {}),
    ...(hostname ? { hostname } : {}),
    login: loginPattern(options.loginPattern, hostname),
    serialLog: sources.serialLog,
  };
}

/** The files of one verification, in the work folder. */
export function vmFiles(work: WorkDir, plan: VerifyPlan) {
  const dir = path.join(work.root, 'verify');
  const diskFiles = new Map((plan.disks?.disks ?? []).map((d, i) => [d.id, path.join(dir, `${i}-${keptDiskName(d.id)}`)]));
  return { dir, vars: path.join(dir, 'OVMF_VARS.fd'), diskFiles };
}

/** The accelerator to start with, and whether a KVM that fails to start the VM may give way to TCG. Pure. */
export function chooseAccelerator(setting: VerifyOptions['accelerator'], kvmOpensHere: boolean): { first: Accelerator; fallback: boolean } {
  if (setting === 'tcg') return { first: 'tcg', fallback: false };
  if (setting === 'kvm') return { first: 'kvm', fallback: false };
  return kvmOpensHere ? { first: 'kvm', fallback: true } : { first: 'tcg', fallback: false };
}

export function vmSpec(plan: VerifyPlan, name: string, accelerator: Accelerator, files: ReturnType<typeof vmFiles>, iso: string | undefined): VmSpec {
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
export async function verifyPlanLines(plan: VerifyPlan, work: WorkDir, iso: string): Promise<string[][]> {
  const files = vmFiles(work, plan);
  const { first } = chooseAccelerator(plan.options.accelerator, await kvmOpens());
  const tools = plan.tools ?? { qemuImg: 'qemu-img', firmwareVars: '/usr/share/OVMF/OVMF_VARS_4M.fd' };
  const lines: string[][] = [['cp', tools.firmwareVars, files.vars]];
  for (const d of plan.disks?.disks ?? []) lines.push(diskCreateArgv(tools.qemuImg, files.diskFiles.get(d.id) ?? '', d.bytes));
  const name = 'trident-iso-vm-<id>';
  lines.push(qemuArgv(vmSpec(plan, name, first, files, iso)));
  if (plan.options.mode === 'install') lines.push(qemuArgv(vmSpec(plan, name, first, files, undefined)));
  return lines;
}

/** The serial log of `verify` lies beside the ISO: installer.iso → installer.serial.log. Pure. */
export function serialLogPath(iso: string): string {
  return iso.replace(/(\.iso)?$/i, '.serial.log');
}
