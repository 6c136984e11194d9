import { Suspense } from 'react';
import { useAppStore } from '../../store/react.js';
import type { AppState } from '../../store/types.js';
import { MoveDialog } from '../shell/lazy-views.js';

const selectMoveRequest = (s: AppState) => s.moveRequest;

/** Dialogs any view can open: the stage move (from the board, the inspector or a timeline). */
export function QualificationLayer() {
  const request = useAppStore(selectMoveRequest);
  return request ? (
    <Suspense fallback={null}>
      <MoveDialog
        key={`${request.linkId}:${request.mode}:${String(request.toStage)}`}
        request={request}
      />
    </Suspense>
  ) : null;
}
