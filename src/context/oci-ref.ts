// Image references as the distribution spec writes them:
// [registry[:port]/]repository[:tag][@sha256:hex]. One reading for every use:
// the inputs' form check, the registry a login goes to, the version a tag
// names, and the reference pinned by the digest it resolved to.

// Lower-case path components as the distribution spec allows.
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const OCI_REF = new RegExp(
  `^(?:[a-zA-Z0-9][a-zA-Z0-9.-]*(?::[0-9]+)?/)?${COMPONENT}(?:/${COMPONENT})*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$`,
);

export interface ImageRef {
  /** The registry host as written, or undefined when the reference names none (Docker Hub). */
  registry?: string;
  /** Everything before the tag: [registry/]repository. */
  name: string;
  tag?: string;
  digest?: string;
}

/** Whether ref is a well-formed image reference (never one a tool would read as an option: it starts with a letter or digit). */
export function isImageRef(ref: string): boolean {
  return !ref.startsWith('-') && OCI_REF.test(ref);
}

/** Splits a reference into its parts (without judging its form: see isImageRef). */
export function parseImageRef(ref: string): ImageRef {
  const at = ref.indexOf('@');
  const withoutDigest = at < 0 ? ref : ref.slice(0, at);
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.indexOf(':', lastSlash + 1);
  const name = colon < 0 ? withoutDigest : withoutDigest.slice(0, colon);
  const first = name.split('/')[0] ?? '';
  // Docker's rule: the first component is a registry when it has a dot or a port, or is localhost.
  const hasRegistry = name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  return {
    name,
    ...(hasRegistry ? { registry: first } : {}),
    ...(colon < 0 ? {} : { tag: withoutDigest.slice(colon + 1) }),
    ...(at < 0 ? {} : { digest: ref.slice(at + 1) }),
  };
}

/** The registry host of an image reference (docker.io when it names none). */
export function registryOf(ref: string): string {
  return parseImageRef(ref).registry ?? 'docker.io';
}

/** ref by digest ([registry/]repository@sha256:...), so that what is pulled is what was resolved. */
export function pinnedRef(ref: string, digest: string): string {
  return `${parseImageRef(ref).name}@${digest}`;
}

/** The version in an image reference's tag (`...:1.6.0`, `...:v1.6.0`), if it has one. */
export function tagVersion(ref: string): string | undefined {
  const { tag } = parseImageRef(ref);
  return tag === undefined ? undefined : /^v?(\d+\.\d+\.\d+)/.exec(tag)?.[1];
}
