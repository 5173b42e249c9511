/**
 * Loopback stand-ins for GitHub's services, so tests run the REAL @actions/cache and
 * @actions/artifact (and Octokit) with no network:
 * - azurite (the Azure Storage emulator) serves the signed blob URLs;
 * - a Twirp server speaks the results service (CacheService, ArtifactService);
 * - a small REST server answers the issue/comment endpoints the action uses.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer, connect } from 'node:net';
import { join } from 'node:path';
import {
  BlobSASPermissions, BlobServiceClient, SASProtocol, StorageSharedKeyCredential, generateBlobSASQueryParameters,
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
      sock.once('connect', () => { sock.destroy(); resolve(true); });
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
  const child: ChildProcess = spawn(bin, [
    '--blobHost', '127.0.0.1', '--blobPort', String(port), '--inMemoryPersistence', '--disableTelemetry', '--silent', '--loose', '--skipApiVersionCheck',
  ], { stdio: 'ignore' });
  await waitForPort(port, 20_000);
  return {
    port,
    blobEndpoint: `http://127.0.0.1:${port}/${ACCOUNT}`,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

/** An unsigned JWT carrying the results-service scope @actions/* read the backend ids from. */
export function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${runBackendId}:${jobBackendId}` })}.`;
}

interface CacheRecord { key: string; version: string; blob: string; finalized: boolean; createdAt: number }
export interface ArtifactRecord {
  id: number; runBackendId: string; jobBackendId: string; name: string; blob: string;
  size: string; digest?: string; expiresAt?: string; finalized: boolean; createdAt: string;
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

  /** Env the @actions/* packages need to talk to this emulator. */
  env(runBackendId = 'run-backend-1', jobBackendId = 'job-backend-1'): Record<string, string> {
    return {
      ACTIONS_CACHE_SERVICE_V2: '1',
      ACTIONS_RESULTS_URL: this.url,
      ACTIONS_RUNTIME_TOKEN: runtimeToken(runBackendId, jobBackendId),
    };
  }

  count(rpc: string): number {
    return this.calls.filter((c) => c === rpc).length;
  }

  private sas(container: string, blob: string): string {
    const q = generateBlobSASQueryParameters({
      containerName: container, blobName: blob, permissions: BlobSASPermissions.parse('racwd'),
      expiresOn: new Date(Date.now() + 3600_000), protocol: SASProtocol.HttpsAndHttp,
    }, new StorageSharedKeyCredential(ACCOUNT, ACCOUNT_KEY));
    return `${this.azurite.blobEndpoint}/${container}/${blob}?${q.toString()}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const m = /^\/twirp\/github\.actions\.results\.api\.v1\.(CacheService|ArtifactService)\/(\w+)$/.exec(req.url ?? '');
    if (!m || req.method !== 'POST') return send(res, 404, { code: 'bad_route', msg: req.url });
    const rpc = m[2];
    this.calls.push(rpc);
    const r = JSON.parse((await body(req)).toString('utf8') || '{}') as Json;
    switch (rpc) {
      case 'CreateCacheEntry': {
        const key = String(field(r, 'key')); const version = String(field(r, 'version'));
        if (this.caches.some((c) => c.key === key && c.version === version)) {
          return send(res, 409, { code: 'already_exists', msg: 'cache entry with the same key, version, and scope already exists' });
        }
        const blob = `c${this.nextId++}-${Buffer.from(key).toString('hex').slice(0, 40)}`;
        this.caches.push({ key, version, blob, finalized: false, createdAt: Date.now() + this.caches.length });
        return send(res, 200, { ok: true, signed_upload_url: this.sas('cache', blob) });
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = this.caches.find((c) => c.key === field(r, 'key') && c.version === field(r, 'version'));
        if (!entry) return send(res, 404, { code: 'not_found', msg: 'no such cache entry' });
        entry.finalized = true;
        return send(res, 200, { ok: true, entry_id: String(this.caches.indexOf(entry) + 1) });
      }
      case 'GetCacheEntryDownloadURL': {
        const key = String(field(r, 'key')); const version = String(field(r, 'version'));
        const restoreKeys = (field(r, 'restore_keys') as string[] | undefined) ?? [];
        const ready = this.caches.filter((c) => c.finalized && c.version === version).sort((a, b) => b.createdAt - a.createdAt);
        const hit = ready.find((c) => c.key === key) ?? restoreKeys.map((p) => ready.find((c) => c.key.startsWith(p))).find(Boolean);
        if (!hit) return send(res, 200, { ok: false });
        return send(res, 200, { ok: true, signed_download_url: this.sas('cache', hit.blob), matched_key: hit.key });
      }
      case 'CreateArtifact': {
        const run = String(field(r, 'workflow_run_backend_id')); const name = String(field(r, 'name'));
        if (this.artifacts.some((a) => a.runBackendId === run && a.name === name)) {
          return send(res, 409, { code: 'already_exists', msg: `an artifact with this name already exists on the workflow run: ${name}` });
        }
        const blob = `a${this.nextId++}-${name}.zip`;
        this.artifacts.push({
          id: this.nextId++, runBackendId: run, jobBackendId: String(field(r, 'workflow_job_run_backend_id')), name, blob,
          size: '0', finalized: false, createdAt: new Date().toISOString(), expiresAt: field(r, 'expires_at') as string | undefined,
        });
        return send(res, 200, { ok: true, signed_upload_url: this.sas('artifacts', blob) });
      }
      case 'FinalizeArtifact': {
        const a = this.artifacts.find((x) => x.runBackendId === field(r, 'workflow_run_backend_id') && x.name === field(r, 'name'));
        if (!a) return send(res, 404, { code: 'not_found', msg: 'no such artifact' });
        a.finalized = true;
        a.size = String(field(r, 'size') ?? '0');
        a.digest = field(r, 'hash') as string | undefined;
        return send(res, 200, { ok: true, artifact_id: String(a.id) });
      }
      case 'ListArtifacts': {
        const run = field(r, 'workflow_run_backend_id');
        const nameFilter = field(r, 'name_filter');
        const idFilter = field(r, 'id_filter');
        const list = this.artifacts.filter((a) => a.finalized && a.runBackendId === run
          && (nameFilter === undefined || a.name === nameFilter) && (idFilter === undefined || String(a.id) === String(idFilter)));
        return send(res, 200, {
          artifacts: list.map((a) => ({
            workflow_run_backend_id: a.runBackendId, workflow_job_run_backend_id: a.jobBackendId, database_id: String(a.id),
            name: a.name, size: a.size, created_at: a.createdAt, ...(a.digest ? { digest: a.digest } : {}),
          })),
        });
      }
      case 'GetSignedArtifactURL': {
        const a = this.artifacts.find((x) => x.finalized && x.runBackendId === field(r, 'workflow_run_backend_id') && x.name === field(r, 'name'));
        if (!a) return send(res, 404, { code: 'not_found', msg: 'no such artifact' });
        return send(res, 200, { signed_url: this.sas('artifacts', a.blob) });
      }
      case 'DeleteArtifact': {
        const i = this.artifacts.findIndex((x) => x.runBackendId === field(r, 'workflow_run_backend_id') && x.name === field(r, 'name'));
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
export async function startResultsService(): Promise<{ azurite: Azurite; results: ResultsEmulator; stop(): Promise<void> }> {
  const azurite = await startAzurite();
  const results = await new ResultsEmulator(azurite).start();
  return { azurite, results, stop: async () => { await results.stop(); await azurite.stop(); } };
}

export interface RestComment { id: number; issue: number; body: string }
export interface RestIssue { number: number; title: string; body: string; labels: string[]; state: 'open' | 'closed'; pull_request?: object }

/** The REST endpoints for comments, issues and pulls, with Link-header pagination like GitHub's. */
export class RestEmulator {
  comments: RestComment[] = [];
  issues: RestIssue[] = [];
  pulls = new Map<number, { head: { sha: string } }>();
  readonly requests: string[] = [];
  /** Writes answer 403 like a fork PR's read-only token. */
  readOnly = false;
  url = '';
  private server?: Server;
  private nextId = 1000;

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => send(res, 500, { message: String(e) }));
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => this.server?.close(() => r()) ?? r());
  }

  private page<T>(res: ServerResponse, url: URL, items: T[]): void {
    const per = Number(url.searchParams.get('per_page') ?? 30);
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / per));
    const headers: Record<string, string> = {};
    if (page < last) {
      const next = new URL(url); next.searchParams.set('page', String(page + 1));
      headers.link = `<${this.url}${next.pathname}${next.search}>; rel="next"`;
    }
    send(res, 200, items.slice((page - 1) * per, page * per), headers);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    this.requests.push(`${method} ${url.pathname}`);
    const payload = method === 'GET' ? {} : (JSON.parse((await body(req)).toString('utf8') || '{}') as Json);
    if (method !== 'GET' && this.readOnly) return send(res, 403, { message: 'Resource not accessible by integration', status: '403' });
    let m: RegExpExecArray | null;
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname))) {
      const issue = Number(m[1]);
      if (method === 'GET') return this.page(res, url, this.comments.filter((c) => c.issue === issue).map((c) => ({ id: c.id, body: c.body })));
      const c = { id: this.nextId++, issue, body: String(payload.body) };
      this.comments.push(c);
      return send(res, 201, { id: c.id, body: c.body, html_url: `https://github.test/comment/${c.id}` });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname)) && method === 'PATCH') {
      const c = this.comments.find((x) => x.id === Number(m![1]));
      if (!c) return send(res, 404, { message: 'Not Found' });
      c.body = String(payload.body);
      return send(res, 200, { id: c.id, body: c.body, html_url: `https://github.test/comment/${c.id}` });
    }
    if (/^\/repos\/[^/]+\/[^/]+\/issues$/.test(url.pathname)) {
      if (method === 'GET') {
        const labels = url.searchParams.get('labels')?.split(',').filter(Boolean) ?? [];
        const state = url.searchParams.get('state') ?? 'open';
        return this.page(res, url, this.issues.filter((i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels.includes(l)))
          .map((i) => ({ ...i, labels: i.labels.map((name) => ({ name })) })));
      }
      const issue: RestIssue = { number: this.nextId++, title: String(payload.title), body: String(payload.body ?? ''), labels: (payload.labels as string[]) ?? [], state: 'open' };
      this.issues.push(issue);
      return send(res, 201, { ...issue, labels: issue.labels.map((name) => ({ name })) });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/.exec(url.pathname)) && method === 'PATCH') {
      const issue = this.issues.find((i) => i.number === Number(m![1]));
      if (!issue) return send(res, 404, { message: 'Not Found' });
      Object.assign(issue, payload);
      return send(res, 200, { ...issue, labels: issue.labels.map((name) => ({ name })) });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(url.pathname))) {
      const pr = this.pulls.get(Number(m[1]));
      return pr ? send(res, 200, { number: Number(m[1]), ...pr }) : send(res, 404, { message: 'Not Found' });
    }
    return send(res, 404, { message: `Not Found: ${method} ${url.pathname}` });
  }
}
