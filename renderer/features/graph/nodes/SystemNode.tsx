import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNeedNode } from '../flow-model.js';
import { NeedNodeCard } from '../NeedNodeCard.js';

/** A need node of kind system: the whole machine or product that pulls the chain. */
export const SystemNode = memo(function SystemNode({ id }: NodeProps<FlowNeedNode>) {
  return <NeedNodeCard id={id} kind="system" />;
});
