import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNeedNode } from '../flow-model.js';
import { NeedNodeCard } from '../NeedNodeCard.js';

/** A need node of kind tech_foundation: an industrial technology foundation service (testing, metrology, standards). */
export const TechFoundationNode = memo(function TechFoundationNode({
  id,
}: NodeProps<FlowNeedNode>) {
  return <NeedNodeCard id={id} kind="tech_foundation" />;
});
