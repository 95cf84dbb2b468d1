// Private credential stores for the logins (oras's registry config, docker's
// config.json; podman's auth.json takes the same format).

/** node:fs/promises, loaded when this module first touches a file: validate-only loads this module and never does. */
const fs = () => process.getBuiltinModule('node:fs/promises');

/**
 * Writes a private, docker-format config naming the registry before a login.
 * A config that already lists auths makes docker and oras store the login in
 * this file, instead of detecting an OS credential helper (pass, secretservice)
 * where the secret would outlive the work directory.
 */
export async function seedRegistryConfig(file: string, registry: string): Promise<void> {
  await fs().writeFile(file, `${JSON.stringify({ auths: { [registry]: {} } }, null, 2)}\n`, { mode: 0o600 });
}
