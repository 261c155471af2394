import type { Dimension } from '../figures/units';
import type { Range } from '../model';
import type { Stage } from './stages';

export interface OutlineSection {
  /** Marker as written, e.g. `（一）`; empty for unnumbered headings. */
  marker: string;
  title: string;
  range: Range;
  children: OutlineSection[];
}

/** A quantified statement: a goal (plan part) or an achievement (review part), one per indicator. */
export interface OutlineStatement {
  kind: 'goal' | 'achievement';
  /** The statement as written: indicator (when written here), value, unit, comparator. */
  text: string;
  /** Title path of the enclosing section, e.g. `四、2022年工作安排 / （一）坚持项目为王`. */
  section: string;
  range: Range;
  /** What is measured, e.g. `城镇新增就业`. */
  indicator: string;
  /** Value as written: `5.5`, `XX`, `5-5.5`. */
  value: string;
  /** The number with its 万/亿 scale applied; absent when unfilled. */
  amount?: number;
  upper?: number;
  /** Unit with its scale as written: `万人`, `亿元`, `%`. */
  unit: string;
  dimension?: Dimension;
  comparator?: string;
  change?: string;
  period?: string;
  /** The value is a placeholder (`XX`) still to be filled. */
  unfilled: boolean;
  /** Exactly the value and unit. */
  valueRange: Range;
}

export interface OutlineProject {
  name: string;
  /** Investment as written, e.g. `XX亿元`. */
  investment?: string;
  /** Status as written, e.g. `竣工投产`, `完成主要设备安装`. */
  status?: string;
  /** The status on a fixed scale (前期 … 投入使用). */
  stage?: Stage;
  section: string;
  range: Range;
}

export interface Outline {
  sections: OutlineSection[];
  goals: OutlineStatement[];
  achievements: OutlineStatement[];
  projects: OutlineProject[];
}
