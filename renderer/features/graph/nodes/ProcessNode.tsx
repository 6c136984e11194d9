import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNeedNode } from '../flow-model.js';
import { NeedNodeCard } from '../NeedNodeCard.js';

/** A need node of kind process: an advanced basic process (heat treatment, coating, precision grinding). */
export const ProcessNode = memo(function ProcessNode({ id }: NodeProps<FlowNeedNode>) {
  return <NeedNodeCard id={id} kind="process" />;
});
