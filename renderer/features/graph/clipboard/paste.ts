import { translate } from '../../../../shared/i18n/index.js';
import type { PastedNode } from '../../../../shared/ipc/contract.js';
import type { AppStore } from '../../../store/create-store.js';
import { viewCentre } from '../view-centre.js';
import { looksLikePayload } from './payload.js';
import { centreOn, gridAround } from './placement.js';
import { parseSheetRows } from './tsv-rows.js';

/** Problems shown in the refusal; the count says how many more there are. */
const SHOWN_PROBLEMS = 3;

/**
 * Paste clipboard text into the graph: Longmai's own payload (need nodes and needs edges,
 * from this project or another), else rows copied from a spreadsheet, which become need nodes
 * of the kind their row names (or the toolbar's kind). Validated whole before anything is made.
 */
export async function pasteText(store: AppStore, text: string): Promise<boolean> {
  const state = store.getState();
  if (text.trim() === '') return false;
  if (looksLikePayload(text)) {
    const { parsePayload } = await import('./payload-parse.js');
    const parsed = parsePayload(text);
    if (!parsed.ok) {
      const key = parsed.reason === 'newer' ? 'clipboard.newerPayload' : 'clipboard.badPayload';
      state.pushToast('error', key, { detail: parsed.detail });
      return false;
    }
    const { nodes, edges } = parsed.payload;
    return state.pasteGraph(centreOn(nodes, viewCentre()), edges);
  }
  const sheet = parseSheetRows(text);
  if (!sheet.ok) {
    const shown = sheet.problems
      .slice(0, SHOWN_PROBLEMS)
      .map((problem) => translate(state.locale, problem.key, problem.params));
    state.pushToast('error', 'paste.refused', {
      count: sheet.problems.length,
      problems: shown.join(' '),
    });
    return false;
  }
  const place = gridAround(sheet.rows.length, viewCentre());
  const nodes: PastedNode[] = sheet.rows.map((row, index) => ({
    ref: `row${String(row.row)}`,
    kind: row.kind ?? state.newNodeKind,
    name: row.name,
    code: row.code,
    spec: row.spec,
    keyItem: false,
    notes: row.notes,
    ...place(index),
  }));
  const pasted = await state.pasteGraph(nodes, []);
  if (pasted) store.getState().pushToast('info', 'paste.done', { count: nodes.length });
  return pasted;
}
