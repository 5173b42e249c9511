/**
 * Loopback stand-ins for GitHub's services, so tests run the REAL @actions/cache and
 * @actions/artifact (and Octokit) with no network:
 * - azurite (the Azure Storage emulator) serves the signed blob URLs;
 * - a Twirp server speaks the results service (CacheService, ArtifactService), attempt-scoped for
 *   artifact downloads the way github.com is since July 2026;
 * - a small REST server answers the public API the action uses: issue comments, issues, pulls, and
 *   the run-scoped artifact list + zip redirect that @actions/artifact calls with `findBy`.
 * Tokens are checked as GitHub checks them: an unknown one is 401, a missing permission 403.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer, connect } from 'node:net';
import { join } from 'node:path';
import {
  BlobSASPermissions,
  BlobServiceClient,
  SASProtocol,
  StorageSharedKeyCredential,
  generateBlobSASQueryParameters,
} from '@azure/storage-blob';

const ACCOUNT = 'devstoreaccount1';
const ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createNetServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const sock = connect(port, '127.0.0.1');
      sock.once('connect', () => {
        sock.destroy();
        resolve(true);
      });
      sock.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`azurite did not listen on ${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface Azurite {
  port: number;
  blobEndpoint: string;
  stop(): Promise<void>;
}

export async function startAzurite(): Promise<Azurite> {
  const port = await freePort();
  const bin = join(process.cwd(), 'node_modules', '.bin', 'azurite-blob');
  const child: ChildProcess = spawn(
    bin,
    [
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      String(port),
      '--inMemoryPersistence',
      '--disableTelemetry',
      '--silent',
      '--loose',
      '--skipApiVersionCheck',
    ],
    { stdio: 'ignore' },
  );
  await waitForPort(port, 20_000);
  return {
    port,
    blobEndpoint: `http://127.0.0.1:${port}/${ACCOUNT}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * A cache scope in the runtime token's `ac` claim, as GitHub issues it: the job's own ref with read
 * and write (Permission 3), and for a pull request its base branch (and the default branch) read
 * only (Permission 1). The cache service looks caches up in these scopes, in this order.
 */
export interface CacheScope {
  Scope: string;
  Permission: number;
}

/** An unsigned JWT carrying the results-service scope @actions/* read the backend ids from (and, given, the cache scopes). */
export function runtimeToken(runBackendId: string, jobBackendId: string, cacheScopes?: CacheScope[]): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({
    scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${runBackendId}:${jobBackendId}`,
    ...(cacheScopes ? { ac: JSON.stringify(cacheScopes) } : {}),
  })}.`;
}

export interface CacheRecord {
  key: string;
  version: string;
  /** The ref that wrote it ('' when the token carries no cache scopes: every cache is visible). */
  scope: string;
  blob: string;
  finalized: boolean;
  createdAt: number;
}

/** Which workflow run and attempt a run backend id belongs to (each attempt gets its own, as on GitHub). */
export interface RunAttemptRef {
  runId: string;
  attempt: number;
}

/** The run backend id the emulator gives attempt `attempt` of run `runId`. */
export function runBackendId(runId: string, attempt: number): string {
  return `run-${runId}-attempt-${attempt}`;
}

function bearerScope(
  req: IncomingMessage,
): { runBackendId: string; jobBackendId: string; cacheScopes?: CacheScope[] } | undefined {
  const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (!token) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      scp?: string;
      ac?: string;
    };
    const m = /Actions\.Results:([^:\s]+):([^\s]+)/.exec(claims.scp ?? '');
    if (!m) return undefined;
    return {
      runBackendId: m[1],
      jobBackendId: m[2],
      ...(claims.ac ? { cacheScopes: JSON.parse(claims.ac) as CacheScope[] } : {}),
    };
  } catch {
    return undefined;
  }
}
export interface ArtifactRecord {
  id: number;
  runBackendId: string;
  jobBackendId: string;
  name: string;
  blob: string;
  size: string;
  digest?: string;
  expiresAt?: string;
  finalized: boolean;
  createdAt: string;
}

type Json = Record<string, unknown>;

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** protobuf-ts accepts proto (snake_case) and JSON (camelCase) names; so does this. */
function field(req: Json, snake: string): unknown {
  const camel = snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  return req[snake] ?? req[camel];
}

export class ResultsEmulator {
  readonly caches: CacheRecord[] = [];
  readonly artifacts: ArtifactRecord[] = [];
  readonly calls: string[] = [];
  private server?: Server;
  private nextId = 1;
  private blobs?: BlobServiceClient;
  /** Run backend id -> run and attempt; filled by env() and runBackendId(). */
  private readonly runs = new Map<string, RunAttemptRef>();
  url = '';

  constructor(private readonly azurite: Azurite) {}

  async start(): Promise<this> {
    this.blobs = new BlobServiceClient(this.azurite.blobEndpoint, new StorageSharedKeyCredential(ACCOUNT, ACCOUNT_KEY));
    for (const c of ['cache', 'artifacts']) await this.blobs.getContainerClient(c).createIfNotExists();
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => send(res, 500, { code: 'internal', msg: String(e) }));
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => this.server?.close(() => r()) ?? r());
  }

  /**
   * Env the @actions/* packages need to talk to this emulator as attempt `attempt` of run `runId`
   * (a fresh run backend id per attempt, as on GitHub). The 2.0 form `env(runBackendId,
   * jobBackendId)` (two strings) still works: it uses those ids as given, one backend for every
   * attempt that passes the same id.
   */
  env(
    runId = '1',
    attempt: number | string = 1,
    jobBackendId?: string,
    cacheScopes?: CacheScope[],
  ): Record<string, string> {
    const legacy = typeof attempt === 'string';
    const backend = legacy ? runId : runBackendId(runId, attempt);
    if (!this.runs.has(backend)) this.runs.set(backend, { runId, attempt: legacy ? 1 : attempt });
    return {
      ACTIONS_CACHE_SERVICE_V2: '1',
      ACTIONS_RESULTS_URL: this.url,
      ACTIONS_RUNTIME_TOKEN: runtimeToken(
        backend,
        legacy ? attempt : (jobBackendId ?? `job-${runId}-${attempt}`),
        cacheScopes,
      ),
    };
  }

  /** The workflow run (not attempt) an artifact belongs to. */
  runOf(a: ArtifactRecord): RunAttemptRef | undefined {
    return this.runs.get(a.runBackendId);
  }

  /** A signed download URL for an artifact's zip (what the REST zip endpoint redirects to). */
  signedArtifactUrl(a: ArtifactRecord): string {
    return this.sas('artifacts', a.blob);
  }

  /** Stores `zip` as a finalized artifact of attempt `attempt` of run `runId`, bypassing upload (for hostile archives). */
  async putArtifact(runId: string, attempt: number, name: string, zip: Buffer): Promise<ArtifactRecord> {
    const backend = runBackendId(runId, attempt);
    this.runs.set(backend, { runId, attempt });
    const blob = `a${this.nextId++}-${name}.zip`;
    await this.blobs!.getContainerClient('artifacts').getBlockBlobClient(blob).uploadData(zip);
    const rec: ArtifactRecord = {
      id: this.nextId++,
      runBackendId: backend,
      jobBackendId: `job-${runId}-${attempt}`,
      name,
      blob,
      size: String(zip.length),
      finalized: true,
      createdAt: new Date().toISOString(),
    };
    this.artifacts.push(rec);
    return rec;
  }

  count(rpc: string): number {
    return this.calls.filter((c) => c === rpc).length;
  }

  private sas(container: string, blob: string): string {
    const q = generateBlobSASQueryParameters(
      {
        containerName: container,
        blobName: blob,
        permissions: BlobSASPermissions.parse('racwd'),
        expiresOn: new Date(Date.now() + 3600_000),
        protocol: SASProtocol.HttpsAndHttp,
      },
      new StorageSharedKeyCredential(ACCOUNT, ACCOUNT_KEY),
    );
    return `${this.azurite.blobEndpoint}/${container}/${blob}?${q.toString()}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const m = /^\/twirp\/github\.actions\.results\.api\.v1\.(CacheService|ArtifactService)\/(\w+)$/.exec(req.url ?? '');
    if (!m || req.method !== 'POST') return send(res, 404, { code: 'bad_route', msg: req.url });
    const rpc = m[2];
    this.calls.push(rpc);
    const scope = bearerScope(req);
    if (!scope) return send(res, 401, { code: 'unauthenticated', msg: 'missing or invalid runtime token' });
    const r = JSON.parse((await body(req)).toString('utf8') || '{}') as Json;
    switch (rpc) {
      case 'CreateCacheEntry': {
        const key = String(field(r, 'key'));
        const version = String(field(r, 'version'));
        // A job writes only into its own ref's scope (the one with write permission).
        const writeScope = scope.cacheScopes ? scope.cacheScopes.find((c) => (c.Permission & 2) !== 0)?.Scope : '';
        if (writeScope === undefined)
          return send(res, 403, { code: 'permission_denied', msg: 'the token may not write any cache scope' });
        if (this.caches.some((c) => c.key === key && c.version === version && c.scope === writeScope)) {
          return send(res, 409, {
            code: 'already_exists',
            msg: 'cache entry with the same key, version, and scope already exists',
          });
        }
        const blob = `c${this.nextId++}-${Buffer.from(key).toString('hex').slice(0, 40)}`;
        this.caches.push({
          key,
          version,
          scope: writeScope,
          blob,
          finalized: false,
          createdAt: Date.now() + this.caches.length,
        });
        return send(res, 200, { ok: true, signed_upload_url: this.sas('cache', blob) });
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = this.caches.find(
          (c) => c.key === field(r, 'key') && c.version === field(r, 'version') && !c.finalized,
        );
        if (!entry) return send(res, 404, { code: 'not_found', msg: 'no such cache entry' });
        entry.finalized = true;
        return send(res, 200, { ok: true, entry_id: String(this.caches.indexOf(entry) + 1) });
      }
      case 'GetCacheEntryDownloadURL': {
        const key = String(field(r, 'key'));
        const version = String(field(r, 'version'));
        const restoreKeys = (field(r, 'restore_keys') as string[] | undefined) ?? [];
        const ready = this.caches
          .filter((c) => c.finalized && c.version === version)
          .sort((a, b) => b.createdAt - a.createdAt);
        // GitHub's order: the key, then each restore key (newest match first), in the run's own ref;
        // then the same in the base branch and the default branch. No other ref's cache is visible.
        const scopes = scope.cacheScopes
          ? scope.cacheScopes.filter((c) => (c.Permission & 1) !== 0).map((c) => c.Scope)
          : [undefined];
        let hit: CacheRecord | undefined;
        for (const sc of scopes) {
          const visible = ready.filter((c) => sc === undefined || c.scope === sc);
          hit =
            visible.find((c) => c.key === key) ??
            restoreKeys.map((p) => visible.find((c) => c.key.startsWith(p))).find(Boolean);
          if (hit) break;
        }
        if (!hit) return send(res, 200, { ok: false });
        return send(res, 200, { ok: true, signed_download_url: this.sas('cache', hit.blob), matched_key: hit.key });
      }
      case 'CreateArtifact': {
        const run = String(field(r, 'workflow_run_backend_id'));
        const name = String(field(r, 'name'));
        if (run !== scope.runBackendId)
          return send(res, 403, { code: 'permission_denied', msg: 'token scope does not cover this workflow run' });
        // Names are unique per workflow run across its attempts (hence attempt-N in ours).
        const runId = this.runs.get(run)?.runId;
        if (
          this.artifacts.some(
            (a) =>
              (a.runBackendId === run || (runId !== undefined && this.runs.get(a.runBackendId)?.runId === runId)) &&
              a.name === name,
          )
        ) {
          return send(res, 409, {
            code: 'already_exists',
            msg: `an artifact with this name already exists on the workflow run: ${name}`,
          });
        }
        const blob = `a${this.nextId++}-${name}.zip`;
        this.artifacts.push({
          id: this.nextId++,
          runBackendId: run,
          jobBackendId: String(field(r, 'workflow_job_run_backend_id')),
          name,
          blob,
          size: '0',
          finalized: false,
          createdAt: new Date().toISOString(),
          expiresAt: field(r, 'expires_at') as string | undefined,
        });
        return send(res, 200, { ok: true, signed_upload_url: this.sas('artifacts', blob) });
      }
      case 'FinalizeArtifact': {
        const a = this.artifacts.find(
          (x) => x.runBackendId === field(r, 'workflow_run_backend_id') && x.name === field(r, 'name'),
        );
        if (!a) return send(res, 404, { code: 'not_found', msg: 'no such artifact' });
        a.finalized = true;
        a.size = String(field(r, 'size') ?? '0');
        a.digest = field(r, 'hash') as string | undefined;
        return send(res, 200, { ok: true, artifact_id: String(a.id) });
      }
      case 'ListArtifacts': {
        // github.com lists every attempt's artifacts of the run here (that is what makes the bug
        // below look like a missing artifact rather than a missing permission).
        const caller = this.runs.get(String(field(r, 'workflow_run_backend_id')));
        const nameFilter = field(r, 'name_filter');
        const idFilter = field(r, 'id_filter');
        const list = this.artifacts.filter(
          (a) =>
            a.finalized &&
            caller !== undefined &&
            this.runs.get(a.runBackendId)?.runId === caller.runId &&
            (nameFilter === undefined || a.name === nameFilter) &&
            (idFilter === undefined || String(a.id) === String(idFilter)),
        );
        return send(res, 200, {
          artifacts: list.map((a) => ({
            workflow_run_backend_id: a.runBackendId,
            workflow_job_run_backend_id: a.jobBackendId,
            database_id: String(a.id),
            name: a.name,
            size: a.size,
            created_at: a.createdAt,
            ...(a.digest ? { digest: a.digest } : {}),
          })),
        });
      }
      case 'GetSignedArtifactURL': {
        // Attempt-scoped since July 2026 (actions/download-artifact#486): the runtime token of
        // attempt N gets 404 "workflow run not found" for an artifact of attempt N-1, although
        // ListArtifacts just listed it. Only the public REST API (findBy) reaches it.
        if (field(r, 'workflow_run_backend_id') !== scope.runBackendId)
          return send(res, 404, { code: 'not_found', msg: 'workflow run not found' });
        const a = this.artifacts.find(
          (x) => x.finalized && x.runBackendId === field(r, 'workflow_run_backend_id') && x.name === field(r, 'name'),
        );
        if (!a) return send(res, 404, { code: 'not_found', msg: 'no such artifact' });
        return send(res, 200, { signed_url: this.sas('artifacts', a.blob) });
      }
      case 'DeleteArtifact': {
        const i = this.artifacts.findIndex(
          (x) => x.runBackendId === field(r, 'workflow_run_backend_id') && x.name === field(r, 'name'),
        );
        if (i < 0) return send(res, 404, { code: 'not_found', msg: 'no such artifact' });
        const [a] = this.artifacts.splice(i, 1);
        return send(res, 200, { ok: true, artifact_id: String(a.id) });
      }
      default:
        return send(res, 404, { code: 'bad_route', msg: rpc });
    }
  }
}

/** Starts azurite and the results emulator together; `stop()` ends both. */
export async function startResultsService(): Promise<{
  azurite: Azurite;
  results: ResultsEmulator;
  stop(): Promise<void>;
}> {
  const azurite = await startAzurite();
  const results = await new ResultsEmulator(azurite).start();
  return {
    azurite,
    results,
    stop: async () => {
      await results.stop();
      await azurite.stop();
    },
  };
}

export interface RestComment {
  id: number;
  issue: number;
  body: string;
  user?: { login: string; type?: string };
  minimized?: boolean;
}
export interface RestIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: 'open' | 'closed';
  pull_request?: object;
}

/** A token the REST emulator knows: who it acts as and what it may do (GitHub `permissions:`). */
export interface TokenGrant {
  login: string;
  /** Installation tokens (GITHUB_TOKEN) cannot call GET /user: 403 "Resource not accessible by integration". */
  installation?: boolean;
  permissions: Partial<Record<'actions' | 'issues' | 'pull-requests' | 'contents', 'read' | 'write'>>;
}

/**
 * A run artifact the REST emulator serves by itself (no results service, no azurite): for `pull`,
 * which reaches only the public API and the blob URL it redirects to.
 */
export interface HostedArtifact {
  id: number;
  repo: string;
  runId: string;
  name: string;
  zip: Buffer;
  /** What the listing says (default: the zip's length): a lying size tests the listed bound. */
  listedSize?: number;
  expired?: boolean;
}

/**
 * The blob host the zip endpoint redirects to, on its own loopback port (another origin, like
 * GitHub's blob storage). Strict like Azure Blob Storage: a request that carries an Authorization
 * header besides the SAS signature is refused (403), and so is a wrong or missing signature.
 */
class BlobHost {
  readonly requests: Array<{ path: string; authorization?: string }> = [];
  private readonly blobs = new Map<string, { zip: Buffer; sig: string }>();
  private server?: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const u = new URL(req.url ?? '/', this.url);
      this.requests.push({
        path: u.pathname,
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      });
      const blob = this.blobs.get(u.pathname);
      if (req.headers.authorization)
        return send(res, 403, { code: 'AuthenticationFailed', message: 'Authorization header and SAS both given' });
      if (!blob) return send(res, 404, { code: 'BlobNotFound' });
      if (u.searchParams.get('sig') !== blob.sig)
        return send(res, 403, { code: 'AuthenticationFailed', message: 'Signature did not match' });
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': blob.zip.length }).end(blob.zip);
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
  }

  put(id: number, zip: Buffer): string {
    const sig = `s${id}x${Math.floor(Math.random() * 1e9)}`;
    this.blobs.set(`/artifacts/${id}.zip`, { zip, sig });
    return `${this.url}/artifacts/${id}.zip?sv=2025-01-05&se=2099-01-01&sr=b&sp=r&sig=${sig}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => this.server?.close(() => r()) ?? r());
  }
}

/** The login GitHub shows for comments made with a workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * The REST endpoints for comments, issues, pulls and a run's artifacts, with Link-header pagination
 * like GitHub's. Every request needs a known token (`tokens`); each endpoint checks the permission
 * GitHub's docs name for it and answers 403 "Resource not accessible by integration" without it.
 */
export class RestEmulator {
  comments: RestComment[] = [];
  issues: RestIssue[] = [];
  pulls = new Map<number, { head: { sha: string } }>();
  readonly requests: string[] = [];
  readonly tokens = new Map<string, TokenGrant>();
  /** Source of the run's artifacts for /actions/runs/{id}/artifacts. */
  results?: ResultsEmulator;
  /** Writes answer 403 like a fork PR's read-only token. */
  readOnly = false;
  url = '';
  /** Artifacts served without the results service; once any is hosted, unknown repositories and runs are 404. */
  readonly hosted: HostedArtifact[] = [];
  /** Repository -> its known workflow runs (hosted mode). */
  readonly runs = new Map<string, Set<string>>();
  private blobHost?: BlobHost;
  private server?: Server;
  private nextId = 1000;

  /** A workflow run with no artifacts (hosted mode): listing it answers an empty list, not 404. */
  addRun(repo: string, runId: string): this {
    if (!this.runs.has(repo)) this.runs.set(repo, new Set());
    this.runs.get(repo)!.add(runId);
    return this;
  }

  /** Stores `zip` as artifact `name` of run `runId` in `repo`, served by the blob host. */
  async hostArtifact(
    repo: string,
    runId: string,
    name: string,
    zip: Buffer,
    extra: Partial<Pick<HostedArtifact, 'listedSize' | 'expired'>> = {},
  ): Promise<HostedArtifact> {
    if (!this.blobHost) {
      this.blobHost = new BlobHost();
      await this.blobHost.start();
    }
    this.addRun(repo, runId);
    const a: HostedArtifact = { id: this.nextId++, repo, runId, name, zip, ...extra };
    this.hosted.push(a);
    return a;
  }

  /** What the blob host saw (to check that no Authorization header reached it). */
  get blobRequests(): ReadonlyArray<{ path: string; authorization?: string }> {
    return this.blobHost?.requests ?? [];
  }

  /** Registers `token` as a workflow GITHUB_TOKEN with the given permissions. */
  grant(token: string, permissions: TokenGrant['permissions'], login = ACTIONS_BOT, installation = true): this {
    this.tokens.set(token, { login, permissions, installation });
    return this;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => send(res, 500, { message: String(e) }));
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await this.blobHost?.stop();
    await new Promise<void>((r) => this.server?.close(() => r()) ?? r());
  }

  private page<T>(res: ServerResponse, url: URL, items: T[]): void {
    const per = Number(url.searchParams.get('per_page') ?? 30);
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / per));
    const headers: Record<string, string> = {};
    if (page < last) {
      const next = new URL(url);
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${this.url}${next.pathname}${next.search}>; rel="next"`;
    }
    send(res, 200, items.slice((page - 1) * per, page * per), headers);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    this.requests.push(`${method} ${url.pathname}`);
    const payload = method === 'GET' ? {} : (JSON.parse((await body(req)).toString('utf8') || '{}') as Json);
    const token = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const grant = token ? this.tokens.get(token) : undefined;
    if (!grant) return send(res, 401, { message: 'Bad credentials', status: '401' });
    const forbidden = () => send(res, 403, { message: 'Resource not accessible by integration', status: '403' });
    const may = (area: keyof TokenGrant['permissions'], level: 'read' | 'write') => {
      const have = grant.permissions[area];
      return have === 'write' || have === level;
    };
    if (method !== 'GET' && this.readOnly) return forbidden();
    const issueArea = () =>
      may('issues', method === 'GET' ? 'read' : 'write') || may('pull-requests', method === 'GET' ? 'read' : 'write');
    let m: RegExpExecArray | null;
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname))) {
      if (!issueArea()) return forbidden();
      const issue = Number(m[1]);
      if (method === 'GET') {
        return this.page(
          res,
          url,
          this.comments
            .filter((c) => c.issue === issue)
            .map((c) => ({
              id: c.id,
              node_id: `IC_${c.id}`,
              body: c.body,
              user: c.user ?? { login: 'someone', type: 'User' },
            })),
        );
      }
      const c: RestComment = {
        id: this.nextId++,
        issue,
        body: String(payload.body),
        user: { login: grant.login, type: grant.installation ? 'Bot' : 'User' },
      };
      this.comments.push(c);
      return send(res, 201, { id: c.id, body: c.body, user: c.user, html_url: `https://github.test/comment/${c.id}` });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname)) && method === 'PATCH') {
      if (!issueArea()) return forbidden();
      const c = this.comments.find((x) => x.id === Number(m![1]));
      if (!c) return send(res, 404, { message: 'Not Found' });
      // A GITHUB_TOKEN may edit only its own comments unless the repository grants more; GitHub
      // answers 403 for someone else's (the case 2.0 misreported as a read-only token).
      if (c.user?.login !== grant.login) return forbidden();
      c.body = String(payload.body);
      return send(res, 200, { id: c.id, body: c.body, html_url: `https://github.test/comment/${c.id}` });
    }
    if (/^\/repos\/[^/]+\/[^/]+\/issues$/.test(url.pathname)) {
      if (!may('issues', method === 'GET' ? 'read' : 'write')) return forbidden();
      if (method === 'GET') {
        const labels = url.searchParams.get('labels')?.split(',').filter(Boolean) ?? [];
        const state = url.searchParams.get('state') ?? 'open';
        return this.page(
          res,
          url,
          this.issues
            .filter((i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels.includes(l)))
            .map((i) => ({ ...i, labels: i.labels.map((name) => ({ name })) })),
        );
      }
      const issue: RestIssue = {
        number: this.nextId++,
        title: String(payload.title),
        body: String(payload.body ?? ''),
        labels: (payload.labels as string[]) ?? [],
        state: 'open',
      };
      this.issues.push(issue);
      return send(res, 201, { ...issue, labels: issue.labels.map((name) => ({ name })) });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/.exec(url.pathname)) && method === 'PATCH') {
      if (!may('issues', 'write')) return forbidden();
      const issue = this.issues.find((i) => i.number === Number(m![1]));
      if (!issue) return send(res, 404, { message: 'Not Found' });
      Object.assign(issue, payload);
      return send(res, 200, { ...issue, labels: issue.labels.map((name) => ({ name })) });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname)) && method === 'DELETE') {
      if (!issueArea()) return forbidden();
      const i = this.comments.findIndex((x) => x.id === Number(m![1]));
      if (i < 0) return send(res, 404, { message: 'Not Found' });
      if (this.comments[i].user?.login !== grant.login) return forbidden();
      this.comments.splice(i, 1);
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === '/graphql' && method === 'POST') {
      // Only the mutation the action uses. GraphQL answers 200 with `errors`, as GitHub does.
      const query = String(payload.query ?? '');
      const id = String((payload.variables as Json | undefined)?.id ?? '');
      const c = this.comments.find((x) => `IC_${x.id}` === id);
      if (!/minimizeComment/.test(query))
        return send(res, 200, { errors: [{ message: 'unsupported query in emulator' }] });
      if (!c)
        return send(res, 200, {
          errors: [{ type: 'NOT_FOUND', message: `Could not resolve to a node with the global id of '${id}'` }],
        });
      if (c.user?.login !== grant.login || !issueArea())
        return send(res, 200, { errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] });
      c.minimized = true;
      return send(res, 200, { data: { minimizeComment: { minimizedComment: { isMinimized: true } } } });
    }
    if (url.pathname === '/user' && method === 'GET') {
      return grant.installation ? forbidden() : send(res, 200, { login: grant.login, type: 'User' });
    }
    if ((m = /^\/repos\/([^/]+\/[^/]+)\/actions\/runs\/(\d+)\/artifacts$/.exec(url.pathname)) && method === 'GET') {
      // Run-scoped: every attempt's artifacts, which is why re-run resume must come this way.
      if (!may('actions', 'read')) return forbidden();
      const [repo, runId] = [m[1]!, m[2]!];
      type Listed = { id: number; name: string; size: number; createdAt: string; digest?: string; expired?: boolean };
      let list: Listed[];
      if (this.runs.size > 0) {
        // Hosted mode: GitHub answers 404 for a repository or run it does not know (or the token cannot see).
        if (!this.runs.get(repo)?.has(runId)) return send(res, 404, { message: 'Not Found', status: '404' });
        list = this.hosted
          .filter((a) => a.repo === repo && a.runId === runId)
          .map((a) => ({
            id: a.id,
            name: a.name,
            size: a.listedSize ?? a.zip.length,
            createdAt: '2026-12-01T00:00:00Z',
            expired: a.expired,
          }));
      } else {
        list = (this.results?.artifacts ?? [])
          .filter((a) => a.finalized && this.results!.runOf(a)?.runId === runId)
          .map((a) => ({ id: a.id, name: a.name, size: Number(a.size), createdAt: a.createdAt, digest: a.digest }));
      }
      // per_page: 30 by default, at most 100; pages linked with Link: rel="next" (GitHub's pagination docs).
      const per = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
      const pageNo = Number(url.searchParams.get('page') ?? 1);
      const headers: Record<string, string> = {};
      if (pageNo * per < list.length) {
        const next = new URL(url);
        next.searchParams.set('page', String(pageNo + 1));
        headers.link = `<${this.url}${next.pathname}${next.search}>; rel="next"`;
      }
      return send(
        res,
        200,
        {
          total_count: list.length,
          artifacts: list.slice((pageNo - 1) * per, pageNo * per).map((a) => ({
            id: a.id,
            name: a.name,
            size_in_bytes: a.size,
            created_at: a.createdAt,
            expired: a.expired ?? false,
            ...(a.digest ? { digest: a.digest.startsWith('sha256:') ? a.digest : `sha256:${a.digest}` } : {}),
            workflow_run: { id: Number(runId) },
          })),
        },
        headers,
      );
    }
    if ((m = /^\/repos\/([^/]+\/[^/]+)\/actions\/artifacts\/(\d+)\/zip$/.exec(url.pathname)) && method === 'GET') {
      if (!may('actions', 'read')) return forbidden();
      const hosted = this.hosted.find((x) => x.id === Number(m![2]) && x.repo === m![1]);
      if (hosted) {
        if (hosted.expired) return send(res, 410, { message: 'Artifact has expired', status: '410' });
        res.writeHead(302, { location: this.blobHost!.put(hosted.id, hosted.zip), 'content-length': 0 }).end();
        return;
      }
      if (this.runs.size > 0) return send(res, 404, { message: 'Not Found', status: '404' });
      const a = this.results?.artifacts.find((x) => x.finalized && x.id === Number(m![2]));
      if (!a) return send(res, 404, { message: 'Not Found' });
      // GitHub answers 302 to a short-lived signed blob URL.
      res.writeHead(302, { location: this.results!.signedArtifactUrl(a), 'content-length': 0 }).end();
      return;
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(url.pathname))) {
      if (!may('pull-requests', 'read') && !may('contents', 'read')) return forbidden();
      const pr = this.pulls.get(Number(m[1]));
      return pr ? send(res, 200, { number: Number(m[1]), ...pr }) : send(res, 404, { message: 'Not Found' });
    }
    return send(res, 404, { message: `Not Found: ${method} ${url.pathname}` });
  }
}
