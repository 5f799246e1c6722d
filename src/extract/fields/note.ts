/** Why a record field has its value, when no single line decision says it: for `inspect --explain`. */
export interface FieldNote {
  field: string;
  rule: string;
  reason: string;
  line: number | null;
}
