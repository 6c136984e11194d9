import type { NodeTypes } from '@xyflow/react';
import type { NeedKind } from '../../../shared/model/index.js';
import { SystemNode } from './nodes/SystemNode.js';
import { SubsystemNode } from './nodes/SubsystemNode.js';
import { ComponentNode } from './nodes/ComponentNode.js';
import { MaterialNode } from './nodes/MaterialNode.js';
import { ProcessNode } from './nodes/ProcessNode.js';
import { TechFoundationNode } from './nodes/TechFoundationNode.js';
import { FarEndNode } from './nodes/FarEndNode.js';
import type { FAR_END } from './flow-model.js';

/** At module scope so React Flow never sees a new object and remounts every node. */
export const NODE_TYPES = {
  system: SystemNode,
  subsystem: SubsystemNode,
  component: ComponentNode,
  material: MaterialNode,
  process: ProcessNode,
  tech_foundation: TechFoundationNode,
  farEnd: FarEndNode,
} satisfies Record<NeedKind | typeof FAR_END, NodeTypes[string]>;
