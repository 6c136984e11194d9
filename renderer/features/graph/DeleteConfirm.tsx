import { useCallback } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { useT, type Translate } from '../../i18n/use-t.js';
import { selectConfirm, selectNodes } from '../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';
import type { DeleteRequest } from '../../store/types.js';

function question(t: Translate, request: DeleteRequest, firstName: string): string {
  if (request.nodeIds.length === 1) return t('confirm.deleteOneNode', { name: firstName });
  if (request.nodeIds.length > 1)
    return t('confirm.deleteNodes', { count: request.nodeIds.length });
  return t('confirm.deleteEdges', { count: request.edgeIds.length });
}

/** Asks before a delete, saying how many needs edges and supply links go with it. */
export function DeleteConfirm() {
  const t = useT();
  const store = useAppStoreApi();
  const request = useAppStore(selectConfirm);
  const nodes = useAppStore(selectNodes);
  const onCancel = useCallback(() => store.getState().cancelConfirm(), [store]);
  const onConfirm = useCallback(() => void store.getState().confirmDelete(), [store]);
  if (!request) return null;

  const firstId = request.nodeIds[0];
  const firstName = firstId === undefined ? '' : (nodes[firstId]?.name ?? '');
  const detail =
    request.nodeIds.length > 0
      ? t('confirm.goesWith', { edges: request.edgeCount, links: request.linkCount })
      : t('confirm.edgeOnly');
  return (
    <ConfirmDialog
      title={t('confirm.deleteTitle')}
      message={question(t, request, firstName)}
      detail={detail}
      confirmLabel={t('confirm.delete')}
      cancelLabel={t('confirm.cancel')}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
