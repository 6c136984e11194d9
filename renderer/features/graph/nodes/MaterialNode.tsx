import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNeedNode } from '../flow-model.js';
import { NeedNodeCard } from '../NeedNodeCard.js';

/** A need node of kind material: a key basic material (bearing steel, casting iron, carbide). */
export const MaterialNode = memo(function MaterialNode({ id }: NodeProps<FlowNeedNode>) {
  return <NeedNodeCard id={id} kind="material" />;
});
