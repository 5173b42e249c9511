import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jobJsonSchema } from '../../src/jobspec/schema.js';
import { REPO } from '../helpers/workspace.js';

describe('schema/job.schema.json', () => {
  it('is the JSON Schema the code produces (regenerate with `npm run schema`)', () => {
    const shipped: unknown = JSON.parse(readFileSync(join(REPO, 'schema', 'job.schema.json'), 'utf8'));
    expect(shipped).toEqual(jobJsonSchema());
  });

  it('lets editors flag unknown keys in steps', () => {
    const s = jobJsonSchema() as { properties: { steps: { additionalProperties: { additionalProperties: unknown } } } };
    expect(s.properties.steps.additionalProperties.additionalProperties).toBe(false);
  });
});
