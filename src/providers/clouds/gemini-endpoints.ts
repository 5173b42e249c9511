/**
 * Where the two Gemini provider types send requests (docs/reference.md, `google` and `vertex`):
 *
 * - `google` (the Gemini API): `https://generativelanguage.googleapis.com/v1beta`, then
 *   `/models/MODEL:generateContent` (ai.google.dev/api/generate-content);
 * - `vertex`: `https://LOCATION-aiplatform.googleapis.com/v1/projects/P/locations/L/publishers/google`,
 *   then `/models/MODEL:generateContent`, as
 * cloud.google.com/vertex-ai/generative-ai/docs/reference/rest/v1/projects.locations.publishers.models/generateContent
 *   describes it;
 *   location `global` is served by `aiplatform.googleapis.com`, the multi-regions `us` and `eu` by
 *   `aiplatform.us.rep.googleapis.com` / `aiplatform.eu.rep.googleapis.com`.
 *
 * `base_url` replaces the origin (and version) for tests, gateways and sovereign clouds: an origin
 * alone gets the API's own version path, a base that already names `/projects/P/locations/L` is
 * used as it stands.
 */
import type { HttpProviderSpec } from '../../jobspec/schema.js';
import type { Env } from '../auth/oidc.js';

export const GEMINI_API_BASE = 'https://generativelanguage.googleapis.com/v1beta';

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}

/** The Gemini API base the AI SDK appends `/models/...` to. */
export function googleApiBase(spec: Pick<HttpProviderSpec, 'base_url'>): string {
  if (!spec.base_url) return GEMINI_API_BASE;
  const base = trimSlash(spec.base_url);
  return pathOf(base) === '' ? `${base}/v1beta` : base;
}

export interface VertexPlace {
  project?: string;
  location?: string;
  /** Where each came from, for messages. */
  projectFrom?: 'project' | 'GOOGLE_VERTEX_PROJECT';
  locationFrom?: 'location' | 'GOOGLE_VERTEX_LOCATION';
}

type VertexFields = HttpProviderSpec & { project?: string; location?: string };

export function vertexPlace(spec: HttpProviderSpec, env: Env): VertexPlace {
  const s = spec as VertexFields;
  const place: VertexPlace = {};
  const project = s.project ?? env.GOOGLE_VERTEX_PROJECT?.trim();
  if (project) {
    place.project = project;
    place.projectFrom = s.project ? 'project' : 'GOOGLE_VERTEX_PROJECT';
  }
  const location = s.location ?? env.GOOGLE_VERTEX_LOCATION?.trim();
  if (location) {
    place.location = location;
    place.locationFrom = s.location ? 'location' : 'GOOGLE_VERTEX_LOCATION';
  }
  return place;
}

/** Whether base_url already names the project and location (a full Vertex resource base). */
export function baseNamesProject(baseUrl: string | undefined): boolean {
  return baseUrl !== undefined && /\/projects\/[^/]+\/locations\/[^/]+/.test(pathOf(baseUrl));
}

/** The regional host; `global` and the multi-regions `us`/`eu` have their own (as @ai-sdk/google-vertex has them). */
export function vertexHost(location: string): string {
  if (location === 'global') return 'aiplatform.googleapis.com';
  if (location === 'us' || location === 'eu') return `aiplatform.${location}.rep.googleapis.com`;
  return `${location}-aiplatform.googleapis.com`;
}

/**
 * The Vertex base up to `/publishers/google` (the AI SDK appends `/models/MODEL:ACTION`). The
 * caller has checked that project and location are known unless base_url names them.
 */
export function vertexBase(spec: HttpProviderSpec, place: VertexPlace): string {
  const resource = () => `/projects/${place.project!}/locations/${place.location!}`;
  if (!spec.base_url) return `https://${vertexHost(place.location!)}/v1${resource()}/publishers/google`;
  const base = trimSlash(spec.base_url);
  if (baseNamesProject(base)) return /\/publishers\/google$/.test(base) ? base : `${base}/publishers/google`;
  const version = pathOf(base) === '' ? '/v1' : '';
  return `${base}${version}${resource()}/publishers/google`;
}
