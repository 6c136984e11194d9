import { openProjectStore } from '../../services/store/index.js';
import { summarizeProject, type ProjectSummary } from '../../services/summary.js';
import { requiredArg } from '../args.js';
import type { CliCommand } from '../command.js';
import { EXIT_OK, writeJson } from '../output.js';

function counts(values: Record<string, number>, label: (key: string) => string): string {
  return Object.entries(values)
    .map(([key, n]) => `${label(key)} ${String(n)}`)
    .join(', ');
}

function describe(summary: ProjectSummary): string {
  return [
    `Project:       ${summary.project.name} (${summary.project.homeCountry})`,
    `Schema:        version ${String(summary.schemaVersion)}`,
    `Need nodes:    ${String(summary.nodes.total)} (${counts(summary.nodes.byKind, (k) => k)})`,
    `Key items:     ${String(summary.nodes.keyItems)}`,
    `Parties:       ${String(summary.parties)}`,
    `Needs edges:   ${String(summary.edges)}`,
    `Supply links:  ${String(summary.links.total)} (${counts(summary.links.byStage, (k) => `stage ${k}:`)})`,
    '',
  ].join('\n');
}

export const infoCommand: CliCommand = {
  words: ['info'],
  positionals: ['FILE'],
  options: {},
  usage: 'info FILE [--json]',
  summary: 'counts by kind, parties, links by stage, schema version',
  run(input, io) {
    const store = openProjectStore(requiredArg(input, 0), { readOnly: true });
    try {
      const summary = summarizeProject(store);
      if (input.json) writeJson(io, summary);
      else io.stdout(describe(summary));
    } finally {
      store.close();
    }
    return EXIT_OK;
  },
};
