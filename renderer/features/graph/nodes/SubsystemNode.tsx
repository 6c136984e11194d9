import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNeedNode } from '../flow-model.js';
import { NeedNodeCard } from '../NeedNodeCard.js';

/** A need node of kind subsystem: an assembly of the system (spindle unit, feed axis, control cabinet). */
export const SubsystemNode = memo(function SubsystemNode({ id }: NodeProps<FlowNeedNode>) {
  return <NeedNodeCard id={id} kind="subsystem" />;
});
