import type { Range } from '../model';

export interface OutlineSection {
  /** Marker as written, e.g. `（一）`; empty for unnumbered headings. */
  marker: string;
  title: string;
  range: Range;
  children: OutlineSection[];
}

/** A quantified statement: a goal (plan part) or an achievement (review part). */
export interface OutlineStatement {
  kind: 'goal' | 'achievement';
  text: string;
  /** Title path of the enclosing section, e.g. `四、2022年工作安排 / （一）坚持项目为王`. */
  section: string;
  range: Range;
}

export interface OutlineProject {
  name: string;
  /** Investment as written, e.g. `XX亿元`. */
  investment?: string;
  /** Status as written, e.g. `竣工投产`. */
  status?: string;
  section: string;
  range: Range;
}

export interface Outline {
  sections: OutlineSection[];
  goals: OutlineStatement[];
  achievements: OutlineStatement[];
  projects: OutlineProject[];
}
