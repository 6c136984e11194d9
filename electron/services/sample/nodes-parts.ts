import type { SampleNode } from './types.js';

/** Parts of parts: the deeper components that decide import dependence. */
export const PART_NODES: readonly SampleNode[] = [
  {
    key: 'fpga_chip',
    kind: 'component',
    name: '高性能 FPGA 芯片',
    code: 'High-performance FPGA',
    keyItem: true,
  },
  {
    key: 'igbt_module',
    kind: 'component',
    name: 'IGBT 功率模块',
    code: 'IGBT power module',
    keyItem: true,
  },
  {
    key: 'motor_encoder',
    kind: 'component',
    name: '绝对式电机编码器',
    code: 'Absolute motor encoder',
    needs: ['grating_glass'],
  },
  {
    key: 'spindle_bearing',
    kind: 'component',
    name: '主轴精密角接触轴承',
    code: 'Spindle angular-contact bearing (P4, hybrid ceramic)',
    keyItem: true,
    needs: [
      'bearing_steel',
      ['ceramic_balls', 18, '粒'],
      'heat_treatment',
      'ring_superfinishing',
      'bearing_life_test',
    ],
  },
  {
    key: 'spindle_shaft',
    kind: 'component',
    name: '主轴轴芯',
    code: 'Spindle shaft',
    needs: ['alloy_steel', 'nitriding', 'precision_grinding'],
  },
  {
    key: 'builtin_motor',
    kind: 'component',
    name: '内装式主轴电机',
    code: 'Built-in spindle motor',
    needs: ['silicon_steel', 'motor_test'],
  },
  { key: 'disc_spring', kind: 'component', name: '碟形弹簧', code: 'Disc springs' },
  {
    key: 'steel_balls',
    kind: 'component',
    name: '精密钢球',
    code: 'Precision steel balls (G5)',
    needs: ['bearing_steel', 'heat_treatment'],
  },
  { key: 'scale_readhead', kind: 'component', name: '光栅读数头', code: 'Scale readhead' },
  {
    key: 'ceramic_balls',
    kind: 'material',
    name: '氮化硅陶瓷球',
    code: 'Silicon nitride (Si3N4) ceramic balls',
    keyItem: true,
  },
];
