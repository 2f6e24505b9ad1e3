/** A figure read from the clerk's prose, with the words it counts. */

export const FigureKind = {
  /** A whole count of things: "03 đề tài", "3.339". */
  Count: "count",
  /** A percentage: "2,08%". */
  Percent: "percent",
  /** Money: "2.550.000 đồng", "5 triệu đồng" (value in đồng). */
  Amount: "amount",
  /** A measure with decimals or a unit of measure: "6.020 kg", "2,5 ha". */
  Measure: "measure",
} as const;
export type FigureKind = (typeof FigureKind)[keyof typeof FigureKind];

export interface TextFigure {
  readonly kind: FigureKind;
  /** As printed: "03", "3.339", "2,08%", "2.550.000". */
  readonly text: string;
  /** The number written (for money, in đồng). */
  readonly value: number;
  /** Printed decimals: the precision a percentage is checked to. */
  readonly decimals: number;
  /** What one printed unit is worth: 1, or 1.000.000 for "triệu đồng". */
  readonly scale: number;
  /** The words it counts, as typed: "đề tài", "mẫu xăng", "Giấy chứng nhận đăng ký"; "" when none follow. */
  readonly unit: string;
  /** The words before it in its clause, as typed: "Mã cân đúng là", "Cấp". */
  readonly label: string;
  /** "trên 600 người", "hơn 400 người", "khoảng 30": not meant exactly. */
  readonly approximate: boolean;
  /** Offsets of the number in its part's text. */
  readonly start: number;
  readonly end: number;
  /** Offset just after the counted words (where a list in brackets may open). */
  readonly unitEnd: number;
}
