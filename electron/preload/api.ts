import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type { ApiMethods, LongmaiApi } from '../../shared/ipc/api.js';
import type { MethodName } from '../../shared/ipc/contract.js';
import type { EventName } from '../../shared/ipc/events.js';
import { EVENT_CHANNEL_PREFIX, EVENT_NAMES } from '../../shared/ipc/events.js';
import { channelOf } from '../../shared/ipc/methods.js';

type Bridge = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name);
}

/**
 * Builds `window.api` over an ipcRenderer: one function per contract method and a listener
 * registry limited to the contract's events. The ipcRenderer itself never crosses the bridge,
 * and listeners get the payload only, not the event (whose `sender` is the ipcRenderer).
 */
export function createApi(ipc: Bridge): LongmaiApi {
  const call =
    <M extends MethodName>(method: M) =>
    (arg?: unknown): Promise<unknown> =>
      ipc.invoke(channelOf(method), arg);
  // Listed one by one, typed as the contract: a method missing here fails the typecheck.
  const invoke = {
    'session.get': call('session.get'),
    'session.setLocale': call('session.setLocale'),
    'project.openSample': call('project.openSample'),
    'project.openRecent': call('project.openRecent'),
    'project.load': call('project.load'),
    'node.create': call('node.create'),
    'node.update': call('node.update'),
    'node.move': call('node.move'),
    'node.delete': call('node.delete'),
    'edge.create': call('edge.create'),
    'edge.update': call('edge.update'),
    'edge.delete': call('edge.delete'),
    'graph.paste': call('graph.paste'),
    'node.duplicate': call('node.duplicate'),
    'node.deleteMany': call('node.deleteMany'),
    'node.updateMany': call('node.updateMany'),
    'history.undo': call('history.undo'),
    'history.redo': call('history.redo'),
    'history.state': call('history.state'),
    'party.create': call('party.create'),
    'party.update': call('party.update'),
    'party.delete': call('party.delete'),
    'party.merge': call('party.merge'),
    'link.create': call('link.create'),
    'link.update': call('link.update'),
    'link.delete': call('link.delete'),
    'link.move': call('link.move'),
    'link.report': call('link.report'),
    'link.approve': call('link.approve'),
    'stages.preview': call('stages.preview'),
    'stages.apply': call('stages.apply'),
    'stages.setPpapLevel': call('stages.setPpapLevel'),
    'evidence.open': call('evidence.open'),
    'metrics.get': call('metrics.get'),
    'metrics.whatIf': call('metrics.whatIf'),
    'identity.get': call('identity.get'),
    'identity.create': call('identity.create'),
    'sync.status': call('sync.status'),
    'sync.enable': call('sync.enable'),
    'sync.peers': call('sync.peers'),
    'sync.previewExport': call('sync.previewExport'),
    'sync.exportPacket': call('sync.exportPacket'),
    'sync.openPacket': call('sync.openPacket'),
    'sync.openDroppedPacket': call('sync.openDroppedPacket'),
    'sync.confirmSender': call('sync.confirmSender'),
    'sync.applyPacket': call('sync.applyPacket'),
    'sync.closePacket': call('sync.closePacket'),
    'sync.join': call('sync.join'),
    'sync.conflicts': call('sync.conflicts'),
    'sync.resolveConflict': call('sync.resolveConflict'),
    'exchange.get': call('exchange.get'),
    'exchange.chooseFolder': call('exchange.chooseFolder'),
    'exchange.clearFolder': call('exchange.clearFolder'),
    'exchange.setAutoApply': call('exchange.setAutoApply'),
    'exchange.scan': call('exchange.scan'),
    'exchange.openItem': call('exchange.openItem'),
  } satisfies Record<MethodName, unknown> as ApiMethods;

  return {
    invoke,
    on(event, listener) {
      if (!isEventName(event)) throw new Error(`Unknown Longmai event: ${String(event)}`);
      const channel = EVENT_CHANNEL_PREFIX + event;
      const forward = (_event: IpcRendererEvent, payload: unknown) =>
        listener(payload as Parameters<typeof listener>[0]);
      ipc.on(channel, forward);
      return () => {
        ipc.removeListener(channel, forward);
      };
    },
  };
}
