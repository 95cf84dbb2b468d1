// Private credential stores for the logins (oras's registry config, docker's
// config.json; podman's auth.json takes the same format).
import { writeFile } from 'node:fs/promises';

/**
 * Writes a private, docker-format config naming the registry before a login.
 * A config that already lists auths makes docker and oras store the login in
 * this file, instead of detecting an OS credential helper (pass, secretservice)
 * where the secret would outlive the work directory.
 */
export async function seedRegistryConfig(file: string, registry: string): Promise<void> {
  await writeFile(file, `${JSON.stringify({ auths: { [registry]: {} } }, null, 2)}\n`, { mode: 0o600 });
}
