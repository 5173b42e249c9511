/** `orchestrator doctor`: can each provider of a spec be used now (docs/reference.md, "doctor")? */
import { resolve } from 'node:path';
import { loadSpec } from '../../jobspec/load.js';
import { doctor, doctorNotes, type Check, type DoctorRow } from '../../providers/doctor.js';
import type { Io } from '../io.js';
import { resultWidth, table } from '../terminal.js';

export interface DoctorFlags {
  spec: string;
  online?: boolean;
  json?: boolean;
}

export async function doctorCommand(flags: DoctorFlags, io: Io): Promise<number> {
  const loaded = await loadSpec(resolve(flags.spec));
  const report = await doctor({ providers: loaded.spec.providers, env: io.env, online: flags.online === true });
  if (flags.json) {
    io.out(`${JSON.stringify({ file: loaded.file, ...report }, null, 2)}\n`);
    return report.usable ? 0 : 1;
  }
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
  if (!flags.online) io.err(e.dim('note: no model was called; --online makes one model lookup per provider\n'));
  return report.usable ? 0 : 1;
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
