// Keeps the labels the model chose that are in ORCHESTRATOR_INPUT_LABELS (comma-separated), so a
// model (or an issue that talks it into something) can never apply a label the project lacks.
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
const allowed = new Set(
  (process.env.ORCHESTRATOR_INPUT_LABELS ?? '')
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean),
);
const triage = JSON.parse(readFileSync(input, 'utf8'));
const labels = [...new Set(triage.labels)].filter((l) => allowed.has(l));
const dropped = triage.labels.filter((l) => !allowed.has(l));
writeFileSync(output, `${JSON.stringify({ labels, priority: triage.priority }, null, 2)}\n`);
console.log(`labels: ${labels.join(', ') || '(none)'}${dropped.length ? `; dropped: ${dropped.join(', ')}` : ''}`);
