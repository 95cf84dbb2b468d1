// What the ISO must hold of what the action wrote, for the check of the built
// ISO's bytes (src/iso/owned-check.ts, run after Image Customizer and before
// the ISO is delivered). Scripts of the config (extra-config's
// scripts.postCustomization and finalizeCustomization, or a user's own
// config's) run as root in a chroot of the live OS and could rewrite the host
// config after it was checked, with the image's own tools replaced so that a
// check run inside the image would lie: so the check reads the ISO from
// outside. Pure.
import type { MediaEntry, OwnedOnIso } from '../iso/owned-check.js';
import { PLACEHOLDER_ISO_PATH } from '../iso/placeholder.js';
import { CDROM_LINK, CDROM_LINK_TARGET, HOST_CONFIG_DESTINATION, JOURNAL_TO_CONSOLE } from './config.js';
import { bootOverridePaths } from './owned.js';

/**
 * The SHA-256 of bytes the action wrote, taken when the check after the build
 * first reads it: validate-only never does, and so never loads node:crypto
 * (a tenth of its start).
 */
function lazySha256(bytes: Buffer): () => string {
  let digest: string | undefined;
  return () => (digest ??= process.getBuiltinModule('node:crypto').createHash('sha256').update(bytes).digest('hex'));
}

function file(path: string, bytes: Buffer): OwnedOnIso['liveOs'][number] {
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

function mediaFile(path: string, bytes: Buffer): MediaEntry {
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
export function ownedOnIso(o: { hostConfig?: Buffer; placeholder?: Buffer; cosi?: { destination: string; size: number } }): OwnedOnIso {
  const journal = Buffer.from('content' in JOURNAL_TO_CONSOLE ? (JOURNAL_TO_CONSOLE.content ?? '') : '');
  const liveOs: OwnedOnIso['liveOs'] = [file(JOURNAL_TO_CONSOLE.destination, journal), { kind: 'link', path: CDROM_LINK, target: CDROM_LINK_TARGET }];
  const media: OwnedOnIso['media'] = [];
  if (o.placeholder) {
    liveOs.push({ kind: 'link', path: HOST_CONFIG_DESTINATION, target: `${CDROM_LINK}${PLACEHOLDER_ISO_PATH}` });
    media.push(mediaFile(PLACEHOLDER_ISO_PATH, o.placeholder));
  } else if (o.hostConfig) liveOs.push(file(HOST_CONFIG_DESTINATION, o.hostConfig));
  if (o.cosi) media.push({ path: o.cosi.destination, size: o.cosi.size });
  // With merged /usr/sbin (a link to bin), /usr/sbin/trident is /usr/bin/trident, Trident's own.
  return { liveOs, media, absent: bootOverridePaths(), mergedFolders: { '/usr/sbin': ['bin', '/usr/bin'] } };
}

/** For a user's own config: the host config it carries (os.additionalFiles), as it gave it; the rest of its config is its own. */
export function ownedOnIsoForUserConfig(hostConfig: Buffer | undefined): OwnedOnIso {
  return { liveOs: hostConfig ? [file(HOST_CONFIG_DESTINATION, hostConfig)] : [], media: [], absent: [] };
}
