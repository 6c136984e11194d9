import type { ContractHandlers } from '../../../shared/ipc/contract.js';
import type { SyncDesk } from '../exchange/desk.js';
import { settle } from './settle.js';
import { chosenPath, settleAsync } from './sync.js';

type ExchangeMethods =
  | 'exchange.get'
  | 'exchange.chooseFolder'
  | 'exchange.clearFolder'
  | 'exchange.setAutoApply'
  | 'exchange.scan'
  | 'exchange.openItem';

/** The project's exchange folder: its setting, its inbox, a scan on demand. */
export function exchangeHandlers(desk: SyncDesk): Pick<ContractHandlers, ExchangeMethods> {
  return {
    'exchange.get': () => settle(() => desk.exchangeState()),
    'exchange.chooseFolder': ({ path }) =>
      settle(() => desk.chooseFolder(chosenPath(path, 'exchange folder'))),
    'exchange.clearFolder': () => settle(() => desk.clearFolder()),
    'exchange.setAutoApply': ({ autoApply }) => settle(() => desk.setAutoApply(autoApply)),
    'exchange.scan': () => settleAsync(() => desk.scan()),
    'exchange.openItem': ({ itemId }) => settleAsync(() => desk.openItem(itemId)),
  };
}
