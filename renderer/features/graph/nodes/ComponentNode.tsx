import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNeedNode } from '../flow-model.js';
import { NeedNodeCard } from '../NeedNodeCard.js';

/** A need node of kind component: a core basic component (bearing, ball screw, servo motor). */
export const ComponentNode = memo(function ComponentNode({ id, data }: NodeProps<FlowNeedNode>) {
  return data.farEnd ? null : <NeedNodeCard id={id} kind="component" />;
});
