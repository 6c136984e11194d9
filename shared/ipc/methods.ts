import type { MethodName } from './contract.js';

/**
 * Method names as a plain list so preload can expose them without loading the schemas.
 * The `satisfies` clause plus the exhaustiveness check below keep it equal to the contract.
 */
export const METHOD_NAMES = [
  'session.get',
  'session.setLocale',
  'project.openSample',
  'project.openRecent',
  'project.load',
  'node.create',
  'node.update',
  'node.move',
  'node.delete',
  'edge.create',
  'edge.update',
  'edge.delete',
  'graph.paste',
  'node.duplicate',
  'node.deleteMany',
  'node.updateMany',
  'history.undo',
  'history.redo',
  'history.state',
  'party.create',
  'party.update',
  'party.delete',
  'party.merge',
  'link.create',
  'link.update',
  'link.delete',
  'link.move',
  'link.report',
  'link.approve',
  'stages.preview',
  'stages.apply',
  'stages.setPpapLevel',
  'evidence.open',
  'metrics.get',
  'metrics.whatIf',
  'identity.get',
  'identity.create',
  'sync.status',
  'sync.enable',
  'sync.peers',
  'sync.previewExport',
  'sync.exportPacket',
  'sync.openPacket',
  'sync.openDroppedPacket',
  'sync.confirmSender',
  'sync.applyPacket',
  'sync.closePacket',
  'sync.join',
  'sync.conflicts',
  'sync.resolveConflict',
  'exchange.get',
  'exchange.chooseFolder',
  'exchange.clearFolder',
  'exchange.setAutoApply',
  'exchange.scan',
  'exchange.openItem',
] as const satisfies readonly MethodName[];

type Missing = Exclude<MethodName, (typeof METHOD_NAMES)[number]>;
/** Fails to compile when a contract method is missing from METHOD_NAMES. */
export const ALL_METHODS_LISTED: [Missing] extends [never] ? true : Missing = true;

export const CHANNEL_PREFIX = 'longmai:';
export function channelOf(method: MethodName): string {
  return CHANNEL_PREFIX + method;
}
