import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNeedNode } from '../flow-model.js';
import { NeedNodeCard } from '../NeedNodeCard.js';

/** A need node of kind component: a core basic component (bearing, ball screw, servo motor). */
export const ComponentNode = memo(function ComponentNode({ id }: NodeProps<FlowNeedNode>) {
  return <NeedNodeCard id={id} kind="component" />;
});
