import type { Figure } from '../figures';
import type { Range } from '../model';
import type { Stage } from './stages';

export interface OutlineSection {
  /** Marker as written, e.g. `（一）`; empty for unnumbered headings. */
  marker: string;
  title: string;
  range: Range;
  children: OutlineSection[];
}

/** A quantified statement: a goal (plan part) or an achievement (review part), one per indicator (a figure). */
export interface OutlineStatement extends Omit<Figure, 'kind'> {
  kind: 'goal' | 'achievement';
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
