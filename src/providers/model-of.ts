import type { HttpProviderSpec } from '../jobspec/schema.js';

/**
 * The model a provider entry calls: its `model`, or on azure (where requests name a deployment and
 * `model` is optional, for prices) the deployment.
 */
export function modelOf(spec: HttpProviderSpec): string {
  return spec.type === 'azure' ? (spec.model ?? spec.deployment) : spec.model;
}
