import type { ContractHandlers } from '../../../shared/ipc/contract.js';
import { exportEvidence } from '../qualification/evidence-export.js';
import { createLink, deleteLink, updateLink } from '../qualification/links.js';
import { approveLink, moveLink, reportLink } from '../qualification/moves.js';
import { applyStages, previewStages, setPpapLevel } from '../qualification/stages.js';
import type { ProjectSession } from '../session.js';
import { settle } from './settle.js';

type QualificationMethods =
  | 'link.create'
  | 'link.update'
  | 'link.delete'
  | 'link.move'
  | 'link.report'
  | 'link.approve'
  | 'stages.preview'
  | 'stages.apply'
  | 'stages.setPpapLevel'
  | 'evidence.open';

export function qualificationHandlers(
  session: ProjectSession,
): Pick<ContractHandlers, QualificationMethods> {
  return {
    'link.create': (args) => settle(() => createLink(session.require(), args)),
    'link.update': (args) => settle(() => updateLink(session.require(), args)),
    'link.delete': (args) => settle(() => deleteLink(session.require(), args)),
    'link.move': (args) => settle(() => moveLink(session.require(), args)),
    'link.report': (args) => settle(() => reportLink(session.require(), args)),
    'link.approve': (args) => settle(() => approveLink(session.require(), args)),
    'stages.preview': (args) => settle(() => previewStages(session.require(), args)),
    'stages.apply': (args) => settle(() => applyStages(session.require(), args)),
    'stages.setPpapLevel': (args) => settle(() => setPpapLevel(session.require(), args)),
    'evidence.open': ({ evidenceId }) =>
      settle(() => ({ path: exportEvidence(session.require(), evidenceId) })),
  };
}
