/**
 * Keeps secrets out of /proc/PID/environ (docs/reference.md: Command environments).
 *
 * A command step runs as the engine's child under the same user, so it can read
 * `/proc/$PPID/environ`: the environment the engine was exec'd with. Deleting from process.env
 * does not change that file. What does: exec'ing again with a smaller environment. So a face
 * (the CLI, the action), before any step runs, calls `reexecWithoutSecrets(names)`: it writes the
 * values of those variables to a 0600 file in a fresh 0700 temp folder and replaces the process
 * (`process.execve`, Node >= 22.15; same pid, same stdio) with the same command line and an
 * environment without them plus HANDOFF_VARIABLE naming the file. The new process calls
 * `receiveHandedOverSecrets()` first thing: it reads the file, deletes it, and puts the values
 * back into process.env (memory only), so providers and the action's toolkit find them as before.
 * Values never travel through argv (world-readable in /proc/PID/cmdline).
 *
 * A signal can end the new process before it has read the file (Ctrl-C while Node starts). So
 * the file holds the values encrypted (AES-256-GCM) under a one-time key that travels only in
 * HANDOFF_VARIABLE, i.e. in the new process's memory and environ, which die with it: a file left
 * behind is noise. Its folder is named after the pid, and a later start removes the folders of
 * processes that are gone. The CLI's entry reads the file before loading anything else.
 *
 * Only faces call these (they replace the running process); the engine used in-process cannot
 * protect its host's environment, see docs/security.md.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { isMainThread } from 'node:worker_threads';

export const HANDOFF_VARIABLE = 'ORCHESTRATOR_SECRETS_FILE';

/** Names that look like credentials, scrubbed from environ besides the ones a caller names. */
const CREDENTIAL_NAME = /(^|_)(API_?KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIALS?)($|_)/i;

let received = false;
const FOLDER_PREFIX = 'orchestrator-secrets-';

/** Variables of `env` to take out of the exec'd environment: `names` plus credential-like names. */
export function sensitiveVariableNames(env: Record<string, string | undefined>, names: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const n of names) if (env[n] !== undefined) out.add(n);
  for (const [k, v] of Object.entries(env)) if (v !== undefined && CREDENTIAL_NAME.test(k)) out.add(k);
  out.delete(HANDOFF_VARIABLE);
  return [...out].sort();
}

/** Whether this process can re-exec itself (Node >= 22.15 on a POSIX system, main thread). */
export function canReexec(): boolean {
  return typeof process.execve === 'function' && process.platform !== 'win32' && isMainThread;
}

/**
 * Re-execs the process without `names` in its environment (see above). Returns without doing
 * anything when none of them is set, when this process was already re-exec'd, or when the
 * platform cannot (then returns false, and the caller may warn: /proc/PID/environ still holds them).
 */
export function reexecWithoutSecrets(names: readonly string[], env: NodeJS.ProcessEnv = process.env): boolean {
  const present = names.filter((n) => env[n] !== undefined && n !== HANDOFF_VARIABLE);
  if (received || present.length === 0) return true;
  if (!canReexec()) return false;
  sweepStaleHandoffs();
  // mkdtemp makes the folder 0700; the file is 0600 and written once (wx).
  const dir = mkdtempSync(join(tmpdir(), `${FOLDER_PREFIX}${process.pid}-`));
  const file = join(dir, 'env.bin');
  const values: Record<string, string> = {};
  for (const n of present) values[n] = env[n]!;
  const key = randomBytes(32);
  writeFileSync(file, seal(JSON.stringify(values), key), { mode: 0o600, flag: 'wx' });
  const next: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && !(k in values)) next[k] = v;
  next[HANDOFF_VARIABLE] = `${file}${KEY_SEPARATOR}${key.toString('hex')}`;
  try {
    process.execve!(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], next);
  } catch {
    // execve failed (a sandbox refusing it): the process goes on as it was.
    rmSync(dir, { recursive: true, force: true });
    return false;
  }
  return true; // not reached: execve replaced the process
}

/**
 * In a re-exec'd process: takes the handed-over values back into `env` and deletes the file.
 * A file that is not a regular file owned by this user with no group/other access is refused
 * (ignored): something other than reexecWithoutSecrets made it.
 */
export function receiveHandedOverSecrets(env: NodeJS.ProcessEnv = process.env): void {
  const handoff = env[HANDOFF_VARIABLE];
  delete env[HANDOFF_VARIABLE];
  if (!handoff) return;
  received = true;
  const cut = handoff.lastIndexOf(KEY_SEPARATOR);
  const file = cut === -1 ? handoff : handoff.slice(0, cut);
  try {
    const st = lstatSync(file);
    const own = typeof process.getuid !== 'function' || st.uid === process.getuid();
    if (!st.isFile() || !own || (st.mode & 0o077) !== 0 || cut === -1) return;
    const values = JSON.parse(open(readFileSync(file), Buffer.from(handoff.slice(cut + 1), 'hex'))) as Record<
      string,
      unknown
    >;
    for (const [k, v] of Object.entries(values)) if (typeof v === 'string' && env[k] === undefined) env[k] = v;
  } catch {
    // Unreadable or gone: the process goes on without the values (a missing key is reported as such).
  } finally {
    rmSync(file, { force: true });
    // Only the folder reexecWithoutSecrets made, and only if empty: never a folder the variable names by accident.
    if (basename(dirname(file)).startsWith(FOLDER_PREFIX)) {
      try {
        rmdirSync(dirname(file));
      } catch {
        /* not empty or gone */
      }
    }
  }
}

const KEY_SEPARATOR = '#';

/** iv (12 bytes) + tag (16) + AES-256-GCM ciphertext. */
function seal(text: string, key: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function open(data: Buffer, key: Buffer): string {
  const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
  decipher.setAuthTag(data.subarray(12, 28));
  return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
}

/** Removes hand-off folders of this user whose process is gone (killed before it read its file). */
export function sweepStaleHandoffs(dir: string = tmpdir()): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = new RegExp(`^${FOLDER_PREFIX}(\\d+)-`).exec(name);
    if (!m) continue;
    const path = join(dir, name);
    try {
      const st = lstatSync(path);
      if (!st.isDirectory() || (typeof process.getuid === 'function' && st.uid !== process.getuid())) continue;
      if (pidAlive(Number(m[1]))) continue;
      rmSync(path, { recursive: true, force: true });
    } catch {
      /* gone meanwhile, or not ours */
    }
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
