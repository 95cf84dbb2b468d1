// The check that the live OS still holds what the action wrote into it once
// every script of the config has run. Scripts (extra-config's
// scripts.postCustomization and finalizeCustomization) run in a chroot of the
// live OS as root and could rewrite the host config after it was checked. So
// the action appends its own script as the very last of
// scripts.finalizeCustomization, which Image Customizer runs after every
// other script and before the ISO is made
// (microsoft/azure-linux-image-tools toolkit/tools/pkg/imagecustomizerlib/customizeos.go,
// customizeOSContents; runscripts.go, runUserScript). The script is a fixed
// file: what it expects comes only as its arguments (SHA-256 digests the
// action computed, link targets the action chose), never templated into its
// text. When it fails, Image Customizer stops with its last stderr line in
// the error, and the action reports that line against extra-config. Pure.
import { createHash } from 'node:crypto';
import { isMapping } from '../context/yaml.js';
import { PLACEHOLDER_ISO_PATH } from '../iso/placeholder.js';
import { CDROM_LINK, CDROM_LINK_TARGET, HOST_CONFIG_DESTINATION, JOURNAL_TO_CONSOLE, type CustomizerConfig } from './config.js';

/** The script's file name in the config's folder (mounted at /_imageconfigs while scripts run). */
export const OWNED_CHECK_FILE = 'trident-iso-owned-files-check.sh';
/** Its name in Image Customizer's log. */
export const OWNED_CHECK_NAME = 'trident-iso-owned-files-check';
/** The start of the one line the script prints on standard error when it fails (Image Customizer keeps that line). */
export const OWNED_CHECK_FAILED = 'trident-iso-action: owned-files check failed:';

/** The script, a fixed text for /bin/sh (busybox or dash as much as bash). */
export const OWNED_CHECK_SCRIPT = `# trident-iso-action: the files and links the action wrote into the live OS,
# checked after every other script of the config (this runs last). What is
# expected comes as arguments, in threes:
#   file <path> <sha256>   a regular file (not a link) with that SHA-256
#   link <path> <target>   a symbolic link to exactly that target
problems=''
while [ "$#" -ge 3 ]; do
  kind=$1
  target=$2
  want=$3
  shift 3
  case $kind in
    file)
      if [ -h "$target" ] || [ ! -f "$target" ]; then
        problems="$problems $target (missing or not a regular file)"
      else
        got=$(sha256sum < "$target") || got=''
        got=\${got%% *}
        [ "$got" = "$want" ] || problems="$problems $target (changed)"
      fi
      ;;
    link)
      if [ ! -h "$target" ]; then
        problems="$problems $target (missing or not a symbolic link)"
      else
        got=$(readlink "$target") || got=''
        [ "$got" = "$want" ] || problems="$problems $target (points elsewhere)"
      fi
      ;;
    *)
      echo "trident-iso-action: owned-files check: unknown kind of entry: $kind" >&2
      exit 2
      ;;
  esac
done
if [ "$#" -ne 0 ]; then
  echo "trident-iso-action: owned-files check: arguments must come in threes" >&2
  exit 2
fi
if [ -n "$problems" ]; then
  echo "${OWNED_CHECK_FAILED}$problems" >&2
  exit 1
fi
echo "trident-iso-action: owned-files check passed"
`;

export type OwnedEntry = { kind: 'file'; path: string; sha256: string } | { kind: 'link'; path: string; target: string };

function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * What the live OS must hold at the end: the host config copy at
 * /etc/trident/config.yaml (or, patchable, the link to the placeholder on the
 * media), the journal drop-in, and the link to the ISO's mount.
 */
export function ownedEntries(o: { hostConfig?: Buffer; patchable: boolean }): OwnedEntry[] {
  const entries: OwnedEntry[] = [
    { kind: 'file', path: JOURNAL_TO_CONSOLE.destination, sha256: sha256('content' in JOURNAL_TO_CONSOLE ? JOURNAL_TO_CONSOLE.content : '') },
    { kind: 'link', path: CDROM_LINK, target: CDROM_LINK_TARGET },
  ];
  if (o.patchable) entries.push({ kind: 'link', path: HOST_CONFIG_DESTINATION, target: `${CDROM_LINK}${PLACEHOLDER_ISO_PATH}` });
  else if (o.hostConfig) entries.push({ kind: 'file', path: HOST_CONFIG_DESTINATION, sha256: sha256(o.hostConfig) });
  return entries;
}

/** The script entry, with what it expects as its arguments. */
export function ownedCheckScript(entries: readonly OwnedEntry[]): Record<string, unknown> {
  return {
    name: OWNED_CHECK_NAME,
    path: OWNED_CHECK_FILE,
    interpreter: '/bin/sh',
    arguments: entries.flatMap((e) => [e.kind, e.path, e.kind === 'file' ? e.sha256 : e.target]),
  };
}

/**
 * The config with the check appended as the last finalizeCustomization
 * script, after whatever extra-config put there. A value that is not a list
 * is left for the schema check to refuse.
 */
export function withOwnedCheck(config: CustomizerConfig, entries: readonly OwnedEntry[]): CustomizerConfig {
  const scripts: Record<string, unknown> = isMapping(config.scripts) ? { ...config.scripts } : {};
  const finalize = scripts.finalizeCustomization;
  if (finalize !== undefined && !Array.isArray(finalize)) return config;
  const before: unknown[] = Array.isArray(finalize) ? finalize : [];
  scripts.finalizeCustomization = [...before, ownedCheckScript(entries)];
  return { ...config, scripts };
}

/** The paths the check found changed, from the line of Image Customizer's log that reports the check failing (its fatal error quotes the script's last line), or undefined. */
export function ownedCheckFailure(line: string): string | undefined {
  const at = line.indexOf(OWNED_CHECK_FAILED);
  // Only in the error that names the check as the failing script: another script printing the same words says nothing.
  if (at < 0 || !ownedCheckBroken(line)) return undefined;
  // The rest of that line, up to where a quoted log message ends or goes on (logrus writes \n and " escaped).
  const rest = line.slice(at + OWNED_CHECK_FAILED.length);
  const end = rest.search(/\\n|\\"|"|\n/);
  return (end >= 0 ? rest.slice(0, end) : rest).trim();
}

/** Whether a line of Image Customizer's log says the check itself failed to run (runscripts.go: "script execution failed (script='<name>(<path>)')"). */
export function ownedCheckBroken(line: string): boolean {
  return line.includes(`(script='${OWNED_CHECK_NAME}`);
}
