/**
 * `orchestrator doctor`: can each provider of a spec be used now, or, without a spec, which
 * providers this environment has credentials for (docs/reference.md, "doctor")?
 */
import { resolve } from 'node:path';
import { loadSpec } from '../../jobspec/load.js';
import { doctor, doctorNotes, type Check, type DoctorReport, type DoctorRow } from '../../providers/doctor.js';
import {
  ENVIRONMENT_CREDENTIAL_VARIABLES,
  environmentProviders,
  oidcNote,
} from '../../providers/doctor-environment.js';
import type { Io } from '../io.js';
import { resultWidth, table } from '../terminal.js';

export interface DoctorFlags {
  spec?: string;
  online?: boolean;
  json?: boolean;
}

export async function doctorCommand(flags: DoctorFlags, io: Io): Promise<number> {
  if (flags.spec === undefined) return environmentDoctor(flags, io);
  const loaded = await loadSpec(resolve(flags.spec));
  const report = await doctor({ providers: loaded.spec.providers, env: io.env, online: flags.online === true });
  if (flags.json) {
    io.out(`${JSON.stringify({ file: loaded.file, ...report }, null, 2)}\n`);
    return report.usable ? 0 : 1;
  }
  printReport(report, io);
  if (!flags.online)
    io.err(io.paintErr.dim('note: no model was called; --online makes one model lookup per provider\n'));
  return report.usable ? 0 : 1;
}

/**
 * Without a spec there is no model to look up and no `api_key_env` to read: one row per hosted
 * type whose default credential is set; none at all is a problem (exit 1), since nothing could run.
 */
async function environmentDoctor(flags: DoctorFlags, io: Io): Promise<number> {
  const found = await doctor({ providers: environmentProviders(io.env), env: io.env });
  const none =
    `no provider credential in this environment (looked at ${ENVIRONMENT_CREDENTIAL_VARIABLES.join(', ')}); ` +
    'set one, or pass --spec job.yaml to check the providers a job declares';
  const report: DoctorReport = { ...found, usable: found.usable && found.providers.length > 0 };
  const oidc = oidcNote(io.env);
  if (flags.json) {
    const problems = found.providers.length === 0 ? [none] : [];
    io.out(`${JSON.stringify({ file: null, source: 'environment', ...report, oidc, problems }, null, 2)}\n`);
    return report.usable ? 0 : 1;
  }
  const e = io.paintErr;
  if (found.providers.length > 0) printReport(report, io);
  else io.err(`${e.red('problem')}: ${none}\n`);
  io.err(`note: ${oidc}\n`);
  io.err(
    e.dim(
      `note: no spec given, so no model was checked${flags.online ? ' and --online had nothing to look up' : ''}; ` +
        'doctor --spec job.yaml checks the providers a job declares\n',
    ),
  );
  return report.usable ? 0 : 1;
}

function printReport(report: DoctorReport, io: Io): void {
  const p = io.paintOut;
  const paint = (c: Check): string =>
    c.state === 'ok'
      ? p.green(c.label)
      : c.state === 'problem'
        ? p.red(c.label)
        : c.state === 'warning'
          ? p.yellow(c.label)
          : p.dim(c.label);
  const rows: string[][] = [['PROVIDER', 'TYPE', 'MODEL', 'AUTH', 'CREDENTIAL', 'REGISTRY', 'ONLINE', 'USABLE']];
  for (const r of report.providers) rows.push(row(r, paint, p.green, p.red));
  // The details are the columns that give way first when the terminal is narrow.
  io.out(`${table(rows, undefined, resultWidth(io.outColumns), [3, 2])}\n`);
  const { problems, warnings } = doctorNotes(report);
  const e = io.paintErr;
  for (const w of warnings) io.err(`${e.yellow('warning')}: ${w}\n`);
  for (const x of problems) io.err(`${e.red('problem')}: ${x}\n`);
}

function row(
  r: DoctorRow,
  paint: (c: Check) => string,
  ok: (s: string) => string,
  bad: (s: string) => string,
): string[] {
  return [
    r.provider,
    r.type,
    r.model || '-',
    r.auth.replace(/^api key from /, 'key '),
    paint(r.credential),
    paint(r.registry),
    paint(r.online),
    r.usable ? ok('yes') : bad('no'),
  ];
}
