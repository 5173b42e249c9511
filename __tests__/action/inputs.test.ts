import { parseInputs } from '../../src/action/inputs.js';
import { UsageError } from '../../src/util/errors.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('parseInputs', () => {
  it('applies the documented defaults', () => {
    expect(parseInputs(reader({ spec: 'job.yaml', 'github-token': 'tok' }))).toEqual({
      spec: 'job.yaml',
      workingDirectory: '.',
      runsDir: 'runs',
      cache: true,
      cacheFrom: [],
      cacheExport: undefined,
      shard: undefined,
      planShards: undefined,
      cacheKeyPrefix: '',
      resume: 'auto',
      uploadArtifact: 'on-failure',
      artifactRetentionDays: undefined,
      summary: true,
      planCost: false,
      comment: 'auto',
      commentMode: 'update',
      instance: '',
      resultStep: undefined,
      golden: undefined,
      concurrency: undefined,
      githubToken: 'tok',
      credentials: 'auto',
      failOnUnmeasured: false,
    });
  });

  it('credentials: none and fail-on-unmeasured; another credentials value is refused', () => {
    expect(parseInputs(reader({ spec: 'j.yaml', credentials: 'none', 'fail-on-unmeasured': 'true' }))).toMatchObject({
      credentials: 'none',
      failOnUnmeasured: true,
    });
    expect(() => parseInputs(reader({ spec: 'j.yaml', credentials: 'secrets' }))).toThrow(
      /input "credentials" must be one of auto, none; got "secrets"/,
    );
  });

  it('reads every input', () => {
    const i = parseInputs(
      reader({
        spec: ' ci/job.yaml ',
        'working-directory': 'app',
        'runs-dir': 'out/runs',
        cache: 'false',
        'cache-key-prefix': 'v2-',
        resume: 'never',
        'upload-artifact': 'always',
        'artifact-retention-days': '7',
        summary: 'false',
        comment: 'always',
        golden: 'golden',
        concurrency: '8',
        'github-token': 'x',
      }),
    );
    expect(i).toMatchObject({
      spec: 'ci/job.yaml',
      workingDirectory: 'app',
      runsDir: 'out/runs',
      cache: false,
      cacheKeyPrefix: 'v2-',
      resume: 'never',
      uploadArtifact: 'always',
      artifactRetentionDays: 7,
      summary: false,
      comment: 'always',
      golden: 'golden',
      concurrency: 8,
    });
  });

  it('reports every bad value at once, by input name', () => {
    let err: unknown;
    try {
      parseInputs(
        reader({
          cache: 'maybe',
          resume: 'sometimes',
          'upload-artifact': 'on-success',
          'artifact-retention-days': '91',
          concurrency: '0',
          comment: 'yes',
        }),
      );
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UsageError);
    const msg = (err as Error).message;
    expect((err as UsageError).code).toBe('E_ACTION_INPUT');
    for (const part of [
      'input "spec" is required',
      'input "cache" must be true or false; got "maybe"',
      'input "resume" must be one of auto, always, never; got "sometimes"',
      'input "upload-artifact" must be one of on-failure, always, never; got "on-success"',
      'input "artifact-retention-days" must be a whole number from 1 to 90; got "91"',
      'input "concurrency" must be a whole number from 1 to 1000; got "0"',
      'input "comment" must be one of auto, always, never; got "yes"',
    ])
      expect(msg).toContain(part);
  });

  it('rejects commas in the cache key prefix (actions/cache splits keys on them)', () => {
    expect(() => parseInputs(reader({ spec: 'j.yaml', 'cache-key-prefix': 'a,b' }))).toThrow(/cache-key-prefix/);
  });

  it('reads budget-usd as USD and rejects anything else by name', () => {
    expect(parseInputs(reader({ spec: 'j.yaml', 'budget-usd': '0.75' })).budgetUsd).toBe(0.75);
    expect(parseInputs(reader({ spec: 'j.yaml' })).budgetUsd).toBeUndefined();
    expect(() => parseInputs(reader({ spec: 'j.yaml', 'budget-usd': '$5' }))).toThrow(
      'input "budget-usd" must be an amount in USD like 0.50; got "$5"',
    );
  });
});

describe('parseInputs (2.1)', () => {
  it('takes instance, result-step and comment-mode, and refuses an instance that would break names and keys', () => {
    const ok = parseInputs(
      (n) =>
        (
          ({
            spec: 's.yaml',
            instance: 'ubuntu-node24',
            'result-step': 'review',
            'comment-mode': 'recreate',
          }) as Record<string, string>
        )[n] ?? '',
    );
    expect(ok).toMatchObject({ instance: 'ubuntu-node24', resultStep: 'review', commentMode: 'recreate' });
    expect(() =>
      parseInputs((n) => (({ spec: 's.yaml', instance: 'a:b,c' }) as Record<string, string>)[n] ?? ''),
    ).toThrow(/input "instance" may hold letters/);
    expect(() =>
      parseInputs((n) => (({ spec: 's.yaml', 'comment-mode': 'hide' }) as Record<string, string>)[n] ?? ''),
    ).toThrow(/comment-mode/);
  });
});

describe('parseInputs (matrix, 7.9)', () => {
  const parse = (v: Record<string, string>) => parseInputs((n) => v[n] ?? '');
  it('a shard is its own instance unless one is given; cache-from takes one folder a line', () => {
    expect(parse({ spec: 's.yaml', shard: '2/4' })).toMatchObject({
      shard: { index: 2, total: 4 },
      instance: 'shard-2-of-4',
    });
    expect(parse({ spec: 's.yaml', shard: '2/4', instance: 'linux-2' }).instance).toBe('linux-2');
    expect(parse({ spec: 's.yaml', 'cache-from': 'a\n\n b \n', 'cache-export': 'delta' })).toMatchObject({
      cacheFrom: ['a', 'b'],
      cacheExport: 'delta',
    });
    expect(parse({ spec: 's.yaml', 'plan-shards': '8' }).planShards).toBe(8);
  });
  it('refuses what a matrix cannot run', () => {
    expect(() => parse({ spec: 's.yaml', shard: '0/4' })).toThrow(/input "shard" must be K\/N/);
    expect(() => parse({ spec: 's.yaml', 'plan-shards': '257' })).toThrow(/plan-shards/);
    expect(() => parse({ spec: 's.yaml', 'cache-export': 'd', cache: 'false' })).toThrow(/need the cache/);
  });
});
