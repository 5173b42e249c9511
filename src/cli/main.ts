/**
 * The `orchestrator` CLI: a thin face over the engine. Parses argv with commander, runs one
 * command, and maps the outcome to an exit code (0 ok, 1 a step failed / drift, 2 bad spec or
 * usage, 130 interrupted). Results go to stdout, progress and errors to stderr.
 */
import { Command, CommanderError, Option } from 'commander';
import { reportError } from './errors.js';
import { errorRedactor } from './error-redaction.js';
import { processIo, type Io } from './io.js';
import { collect, positiveInt, sampleCount, stepList, usdAmount } from './parse.js';
import { UsageError } from '../util/errors.js';

// Each command loads its own modules when it runs: `tail` need not load the engine, `validate`
// not the diff library or OpenTelemetry. Start-up time and memory are part of the product.
const commands = {
  run: () => import('./commands/run.js'),
  show: () => import('./commands/show.js'),
  runs: () => import('./commands/runs.js'),
  tail: () => import('./commands/tail.js'),
  misc: () => import('./commands/misc.js'),
  pull: () => import('./commands/pull.js'),
  record: () => import('./commands/record.js'),
  report: () => import('./commands/report.js'),
  doctor: () => import('./commands/doctor.js'),
};

// Kept equal to package.json's version (a CLI test compares them).
const VERSION = '2.2.0';

const RUN_EXAMPLES = `
Examples:
  $ orchestrator run --spec examples/notes-app/job.yaml
  $ orchestrator run --spec job.yaml --only builder --concurrency 8
  $ orchestrator run --spec job.yaml --resume              # continue the latest run of this job
  $ orchestrator run --spec job.yaml --dry-run             # print every rendered prompt, call nothing
  $ orchestrator run --spec job.yaml --shard 2/4 --cache-dir cache-2   # one leg of a matrix
  $ orchestrator run --spec review.yaml --input base=main --input diff=@pr.diff
  $ orchestrator run --spec job.yaml --resume --budget-usd 2   # go on with a larger budget

Exit codes: 0 succeeded, 1 a step failed, 2 bad spec or usage, 130 interrupted (resumable).`;

function build(io: Io, setCode: (code: number) => void): Command {
  const program = new Command('orchestrator')
    .description('Run DAGs of LLM steps: parallel, cached, resumable, observable.')
    .version(VERSION, '-V, --version')
    .option('--debug', 'print stack traces with errors')
    // Parser errors are not printed as commander words them: main() reports them as error[E_USAGE].
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s), outputError: () => undefined })
    .exitOverride()
    .addHelpText(
      'after',
      `
Examples:
  $ orchestrator validate --spec job.yaml
  $ orchestrator run --spec job.yaml
  $ orchestrator runs                       # every run: job, status, age
  $ orchestrator show                       # the latest run
  $ orchestrator tail --type llm. --follow  # live provider calls
  $ orchestrator plan --spec job.yaml --format mermaid

Docs: README.md, docs/reference.md. Errors print as error[CODE]: message; see docs/errors.md.`,
    );

  const runsDir = () => new Option('--runs-dir <dir>', 'folder holding run folders').default('runs');
  const json = () => new Option('--json', 'machine-readable output on stdout');
  const quiet = () => new Option('-q, --quiet', 'nothing on stderr but errors (results still go to stdout)');
  const done = (p: Promise<number>) => p.then(setCode);
  // Values from outside the spec (docs/reference.md: Inputs from outside), on run, validate and plan.
  const withInputs = (cmd: Command): Command =>
    cmd
      .option('--input <name=value>', "set an input (repeatable); NAME=@FILE passes the file's UTF-8 content", collect)
      .option('--input-file <file>', 'a YAML or JSON mapping of input values (repeatable; --input wins)', collect);

  withInputs(
    program
      .command('run')
      .description('run a job spec (or resume a run)')
      .option('--spec <file>', 'the job spec (YAML, version: 2); required'),
  )
    .option('--resume [jobId]', 'continue a run in its own folder (the latest of this job if no id)')
    .option('--job-id <id>', 'name the run (folder RUNS_DIR/ID)')
    .addOption(runsDir())
    .addOption(quiet())
    .option('--cache-dir <dir>', 'local cache folder', '.orchestrator/cache')
    .option('--no-cache', 'neither read nor write the cache')
    .option('--concurrency <n>', 'steps running at once (default: defaults.concurrency)', positiveInt('--concurrency'))
    .option(
      '--samples <n>',
      'samples of every LLM step without its own samples: (1-100; replaces defaults.samples)',
      sampleCount,
    )
    .option('--only <ids>', 'run only these steps (comma-separated) and what they need', stepList)
    .option('--shard <k/n>', 'run shard K of N (plan --shards N) and what its steps need')
    .option('--from-run <jobId>', 'with --shard: weigh steps by the durations of this earlier run (as plan --from-run)')
    .option(
      '--budget-usd <usd>',
      'stop starting provider calls once the run has spent this much (overrides budget.usd; with --shard, ' +
        "the whole job's budget, of which the leg enforces its share)",
      usdAmount('--budget-usd'),
    )
    .option('--dry-run', 'print each rendered prompt; call nothing')
    .addOption(
      new Option(
        '--credentials <mode>',
        'none: make no call that needs a key or token (cache hits still serve; other steps are skipped ' +
          'needs_credentials)',
      ).choices(['auto', 'none']),
    )
    .option('--fail-on-unmeasured', 'with --credentials none: exit 1 when a step was skipped for credentials')
    .option(
      '--allow-key-exposure',
      'run with keys set although commands could read them (Node < 22.15 cannot hide them; docs/security.md)',
    )
    .option(
      '--oidc-token-file <file>',
      'a GitHub OIDC token (JWT) for providers with auth: {type: oidc} outside Actions (docs/reference.md, Keyless)',
    )
    .addOption(json())
    .addHelpText('after', RUN_EXAMPLES)
    .action(async (o) => done((await commands.run()).runCommand(o, io)));

  withInputs(
    program
      .command('validate')
      .description('check a spec: every problem, with FILE:LINE:COL')
      .option('--spec <file>', 'the job spec; required'),
  )
    .addOption(runsDir())
    .addOption(quiet())
    .addOption(json())
    .addHelpText('after', '\nExamples:\n  $ orchestrator validate --spec job.yaml\n\nExit codes: 0 valid, 2 invalid.')
    .action(async (o) => done((await commands.misc()).validateCommand(o, io)));

  program
    .command('show [jobId]')
    .description("a run's summary: steps, cache, providers, cost (latest run if no id)")
    .addOption(runsDir())
    .addOption(quiet())
    .addOption(json())
    .addHelpText(
      'after',
      '\nExamples:\n  $ orchestrator show\n  $ orchestrator show notes-app-20261121-101500-ab12 --json | jq .totals',
    )
    .action(async (jobId, o) => done((await commands.show()).showCommand(jobId, o, io)));

  program
    .command('runs [job]')
    .description('list the runs in the runs folder, newest first: job, status, age (of one job if named)')
    .option('-n, --limit <n>', 'at most this many', positiveInt('--limit'))
    .addOption(runsDir())
    .addOption(quiet())
    .addOption(json())
    .addHelpText(
      'after',
      '\nExamples:\n  $ orchestrator runs\n  $ orchestrator runs notes-app -n 5\n  $ orchestrator runs ' +
        '--json | jq -r \'.[] | select(.status=="failed") | .job_id\'',
    )
    .action(async (job, o) => done((await commands.runs()).runsCommand(job, o, io)));

  program
    .command('tail [jobId]')
    .description("a run's events, filtered (latest run if no id)")
    .option('--type <type>', 'an event type, or a prefix ending in "." (llm.)')
    .option('--step <id>', 'events of one step')
    .option('--level <level>', 'at least this level: debug, info, warn, error')
    .option('-f, --follow', 'keep printing new events until the job ends')
    .addOption(runsDir())
    .addOption(quiet())
    .addOption(json())
    .addHelpText(
      'after',
      '\nExamples:\n  $ orchestrator tail --type step. \n  $ orchestrator tail --step builder --level warn\n ' +
        ' $ orchestrator tail --follow --json | jq .type',
    )
    .action(async (jobId, o) => done((await commands.tail()).tailCommand(jobId, o, io)));

  withInputs(
    program
      .command('plan')
      .description('the DAG: levels and critical path')
      .option('--spec <file>', 'the job spec; required'),
  )
    .addOption(
      new Option('--format <format>', 'output format (matrix: with --shards, JSON for strategy.matrix)')
        .choices(['text', 'mermaid', 'json', 'matrix'])
        .default('text'),
    )
    .option('--full', "mermaid: draw every step and edge, past Mermaid's default limits (500 edges, 50,000 characters)")
    .option('--shards <n>', 'split the steps over N shards balanced by estimated work (1-256)', positiveInt('--shards'))
    .option(
      '--from-run <jobId>',
      'with --shards: weigh steps by the durations of this earlier run (id, or job name = its latest)',
    )
    .option(
      '--cost',
      'per step: cache hit or miss (from the local cache), input tokens, estimated cost of the misses, total',
    )
    .option('--cache-dir <dir>', 'with --cost: the local cache folder', '.orchestrator/cache')
    .option('--only <ids>', 'with --cost: price only what `run --only` with these steps would run', stepList)
    .option(
      '--budget-usd <usd>',
      "with --shards: the job's whole budget (overrides budget.usd), shared out by each shard's planned cost " +
        'as budget_usd',
      usdAmount('--budget-usd'),
    )
    .addOption(runsDir())
    .addOption(quiet())
    .addOption(json())
    .addHelpText(
      'after',
      '\nExamples:\n  $ orchestrator plan --spec job.yaml\n  $ orchestrator plan --spec job.yaml --format ' +
        'mermaid > dag.mmd\n  $ orchestrator plan --spec job.yaml --cost          # what a run would cost ' +
        'now\n  $ orchestrator plan --spec job.yaml --cost --only review   # what `run --only review` would cost' +
        '\n  $ orchestrator plan --spec job.yaml --shards 4 --format matrix   # with a budget: budget_usd ' +
        'per shard',
    )
    .action(async (o) => done((await commands.misc()).planCommand(o, io)));

  program
    .command('golden')
    .description(
      "compare a run's outputs with golden files: same, equivalent, drift, flaky or unmeasured per file " +
        '(exit 1 on drift or unmeasured)',
    )
    .option('--spec <file>', 'the job spec; required')
    .option('--golden <dir>', "folder of golden files; default: the spec's golden.dir (its rules apply either way)")
    .option('--update', 'rewrite the golden folder from the run')
    .option('--force', 'with --update: accept a failed or partial (--only) run')
    .option('--job-id <id>', 'the run to compare (default: the latest of this job)')
    .addOption(runsDir())
    .addOption(quiet())
    .addOption(json())
    .addHelpText(
      'after',
      '\nExamples:\n  $ orchestrator golden --spec job.yaml --golden golden/\n  $ orchestrator golden --spec ' +
        'job.yaml --golden golden/ --update',
    )
    .action(async (o) => done((await commands.misc()).goldenCommand(o, io)));

  program
    .command('schema')
    .description("print the spec's JSON Schema")
    .addOption(runsDir())
    .addOption(quiet())
    .addHelpText(
      'after',
      '\nExamples:\n  $ orchestrator schema > job.schema.json\n  # in a spec: # yaml-language-server: ' +
        '$schema=./node_modules/orchestrator-action/schema/job.schema.json',
    )
    .action(async () => done((await commands.misc()).schemaCommand(io)));

  program
    .command('trace [jobId]')
    .description('export a run as OTLP/JSON spans (stdout, --out FILE, or OTEL_EXPORTER_OTLP_ENDPOINT)')
    .option('--out <file>', 'write the OTLP/JSON here')
    .addOption(runsDir())
    .addOption(quiet())
    .addHelpText(
      'after',
      '\nExamples:\n  $ orchestrator trace --out trace.json\n  $ ' +
        'OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:4318 orchestrator trace',
    )
    .action(async (jobId, o) => done((await commands.misc()).traceCommand(jobId, o, io)));

  program
    .command('report [run]')
    .description(
      "write a run's report.html: one self-contained page (RUN: job id, job name or run folder path; latest " +
        'run if none)',
    )
    .option('--out <file>', 'write it here instead of RUN_FOLDER/report.html')
    .addOption(runsDir())
    .addOption(quiet())
    .addHelpText(
      'after',
      '\nExamples:\n  $ orchestrator report                      # the latest run\n  $ orchestrator report ' +
        'notes-app-20261121-101500-ab12 --out /tmp/r.html\n  $ orchestrator report ' +
        './artifact/notes-app-20261121-101500-ab12',
    )
    .action(async (run, o) => done((await commands.report()).reportCommand(run, o, io)));

  program
    .command('doctor')
    .description(
      "can each provider of a spec be used now: auth path, credential, the price registry's knowledge of the " +
        'model, and (--online) one model lookup; without --spec, which providers this environment has credentials for',
    )
    .option('--spec <file>', "the job spec whose providers are checked (without it: the environment's credentials)")
    .option(
      '--online',
      'make one cheap call per provider (a model lookup, never a generation); without it no model is called',
    )
    .addOption(json())
    .addOption(quiet())
    .addHelpText(
      'after',
      `
Per provider: AUTH is the path a run takes (api key from VAR; none for replay, ollama and local
servers), CREDENTIAL whether it is there now (the variable set and non-empty; its value is never
printed), REGISTRY what the price registry knows of the model (unknown: a warning; retired: not
usable), ONLINE with --online the answer of one model lookup (OpenAI and Anthropic
GET /v1/models/MODEL, Ollama GET /api/tags, OpenAI-compatible GET /v1/models).

Without --spec: one row per hosted type whose default credential is set (ANTHROPIC_API_KEY,
OPENAI_API_KEY, GOOGLE_GENERATIVE_AI_API_KEY, AZURE_API_KEY, AWS keys or AWS_PROFILE,
GOOGLE_APPLICATION_CREDENTIALS) and whether a GitHub OIDC token is available; no model is checked.

Examples:
  $ orchestrator doctor                                   # what can this machine reach?
  $ orchestrator doctor --spec job.yaml
  $ orchestrator doctor --spec job.yaml --online          # also ask each provider about its model
  $ orchestrator doctor --spec job.yaml --json | jq '.providers[] | select(.usable | not)'

Exit codes: 0 every provider usable, 1 some provider is not (without --spec: or no credential at all),
2 bad spec or usage. See docs/reference.md, "doctor".`,
    )
    .action(async (o) => done((await commands.doctor()).doctorCommand(o, io)));

  program
    .command('cache <action> [dir]')
    .description('the local cache: stats | prune | export --run JOB_ID DIR')
    .option('--cache-dir <dir>', 'local cache folder', '.orchestrator/cache')
    .option('--run <jobId>', 'export: the run whose used and created entries are copied to DIR')
    .option('--max-age <duration>', 'prune: remove entries unused for longer (e.g. 7d)')
    .option('--max-size <size>', 'prune: then remove least recently used entries above this size (e.g. 500MB)')
    .addOption(runsDir())
    .addOption(quiet())
    .addOption(json())
    .addHelpText(
      'after',
      '\nExamples:\n  $ orchestrator cache stats\n  $ orchestrator cache prune --max-age 7d --max-size ' +
        '500MB\n  $ orchestrator cache export --run notes-app-20261121-101500-ab12 delta/',
    )
    .action(async (action, dir, o) => done((await commands.misc()).cacheCommand(action, o, io, dir)));

  program
    .command('pull [url]')
    .description(
      "download a CI run's folder (its run artifact) into the runs folder: then show, tail, trace, golden, " +
        'run --resume',
    )
    .option('--repo <owner/repo>', 'the repository (with --run-id, instead of a URL)')
    .option('--run-id <id>', 'the workflow run id')
    .option('--attempt <n>', 'the run attempt (default: the newest that has a run artifact)', positiveInt('--attempt'))
    .option('--job <name>', "the spec's job name (when the run has several)")
    .option('--instance <id>', 'the matrix leg (input instance)')
    .option('--force', 'replace a run folder of the same id')
    .addOption(runsDir())
    .addOption(quiet())
    .addOption(json())
    .addHelpText(
      'after',
      '\nExamples:\n  $ orchestrator pull https://github.com/OWNER/REPO/actions/runs/123456789\n  $ ' +
        'orchestrator pull --repo OWNER/REPO --run-id 123456789 --attempt 2 --job notes-app\n\nToken: ' +
        'GH_TOKEN, then GITHUB_TOKEN, then `gh auth token` (needs actions: read). API: GITHUB_API_URL.\nExit ' +
        'codes: 0 pulled, 1 refused or failed, 2 usage (or several artifacts match).',
    )
    .action(async (url, o) => done((await commands.pull()).pullCommand(url, o, io)));

  program
    .command('record [jobId]')
    .description(
      "write a replay fixture from a run's logs: every LLM call's answer, with the prompt it answered and " +
        'its sha256 (latest run if no id)',
    )
    .option('--out <file>', 'the fixture file to write (YAML); required')
    .addOption(runsDir())
    .addOption(quiet())
    .addOption(json())
    .addHelpText(
      'after',
      '\nExamples:\n  $ orchestrator record notes-app-20261121-101500-ab12 --out ' +
        'fixtures/notes.responses.yaml\n  # then in the spec: offline: { type: replay, responses: ' +
        'fixtures/notes.responses.yaml, strict: true }',
    )
    .action(async (jobId, o) => done((await commands.record()).recordCommand(jobId, o, io)));

  // Required flags are checked after commander has rejected unknown options, so `--sepc` is
  // reported as the typo it is, not as a missing --spec.
  program.hook('preAction', (_root, cmd) => {
    for (const flag of REQUIRED[cmd.name()] ?? []) {
      if (cmd.opts()[flag] === undefined) {
        throw new UsageError('E_USAGE', `${cmd.name()} needs --${flag}`, {
          hint:
            `e.g. orchestrator ${cmd.name()} ` +
            `${REQUIRED[cmd.name()]!.map((f) => `--${f} ${f === 'spec' ? 'job.yaml' : `${f}/`}`).join(' ')}`,
        });
      }
    }
  });
  return program;
}

const REQUIRED: Record<string, string[]> = {
  run: ['spec'],
  validate: ['spec'],
  plan: ['spec'],
  golden: ['spec'],
  record: ['out'],
};

/** A parser error as one error[E_USAGE] line and a hint that says what to type instead. */
function reportUsage(e: CommanderError, argv: string[], io: Io): number {
  const p = io.paintErr;
  let message = e.message.replace(/^error:\s*/, '');
  const suggestion = /\s*\(Did you mean (.+)\?\)\s*$/.exec(message);
  if (suggestion) message = message.slice(0, suggestion.index);
  const command = argv.find((a) => !a.startsWith('-'));
  const known = command && KNOWN_COMMANDS.includes(command) ? command : undefined;
  let hint = suggestion
    ? `did you mean ${suggestion[1]}?`
    : `run \`orchestrator ${known ? `${known} ` : ''}--help\` for usage`;
  if (e.code === 'commander.excessArguments' && known && REQUIRED[known]?.includes('spec')) {
    const file = argv.slice(argv.indexOf(known) + 1).find((a) => !a.startsWith('-'));
    if (file) hint = `the spec is passed with --spec: orchestrator ${known} --spec ${file}`;
  }
  io.err(`${p.red('error[E_USAGE]')}: ${message}\n${p.dim(`hint: ${hint}`)}\n`);
  return 2;
}

const KNOWN_COMMANDS = [
  'run',
  'validate',
  'show',
  'runs',
  'tail',
  'plan',
  'golden',
  'schema',
  'trace',
  'report',
  'cache',
  'pull',
  'record',
  'doctor',
];

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let code = 0;
  const debug = argv.includes('--debug') || !!io.env.DEBUG;
  const program = build(io, (c) => (code = c));
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return 2;
    }
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are not errors; commander has already printed its message.
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help')
        return 0;
      return reportUsage(e, argv, io);
    }
    // A key typed where a name belongs (--input "$KEY") is not printed back.
    return reportError(errorRedactor(io.env).applyError(e), io.paintErr, debug, io.err);
  }
}
