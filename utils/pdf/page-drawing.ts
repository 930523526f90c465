// What a page draws besides its text content: every glyph with its position, size and fill colour,
// and the horizontal rules (stroked lines, thin filled rectangles) that word processors draw for
// underline and strike-through. Read from pdf.js's operator list, following the graphics and text
// state the way a renderer does, so it needs no canvas.
import type { PDFPageProxy } from 'pdfjs-dist';

export interface DrawnGlyph {
  /** Unicode text of the glyph ("fi" for a ligature); " " for spaces. */
  str: string;
  /** Baseline origin and advance, PDF user space (origin bottom-left). */
  x: number;
  y: number;
  width: number;
  size: number;
  /** Fill colour "#rrggbb", or null where it could not be known (patterns). */
  color: string | null;
}

export interface DrawnRule {
  x1: number;
  x2: number;
  /** Middle of the rule. */
  y: number;
  thickness: number;
  color: string | null;
}

export interface PageDrawing {
  glyphs: DrawnGlyph[];
  rules: DrawnRule[];
}

/** pdf.js OPS codes (a stable part of its API; the test checks them against pdf.js). */
export const OPS = {
  setLineWidth: 2,
  setGState: 9,
  save: 10,
  restore: 11,
  transform: 12,
  rectangle: 19,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
  endPath: 28,
  beginText: 31,
  endText: 32,
  setCharSpacing: 33,
  setWordSpacing: 34,
  setHScale: 35,
  setLeading: 36,
  setFont: 37,
  setTextRise: 39,
  moveText: 40,
  setLeadingMoveText: 41,
  setTextMatrix: 42,
  nextLine: 43,
  showText: 44,
  showSpacedText: 45,
  nextLineShowText: 46,
  nextLineSetSpacingShowText: 47,
  setStrokeGray: 56,
  setFillGray: 57,
  setStrokeRGBColor: 58,
  setFillRGBColor: 59,
  setStrokeCMYKColor: 60,
  setFillCMYKColor: 61,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  constructPath: 91,
} as const;

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The matrix that applies `inner`, then `outer`. */
function compose(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [ia, ib, ic, id, ie, iff] = inner;
  return [a * ia + c * ib, b * ia + d * ib, a * ic + c * id, b * ic + d * id, a * ie + c * iff + e, b * ie + d * iff + f];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

interface GraphicsState {
  ctm: Matrix;
  fill: string | null;
  stroke: string | null;
  lineWidth: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  fontName: string;
  fontSize: number;
  rise: number;
}

interface GlyphLike {
  unicode?: string;
  width?: number;
  isSpace?: boolean;
}

/** The operator list as pdf.js returns it. */
export interface OperatorListLike {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

/**
 * Glyphs and rules of one page's operator list. `fontScale` gives a font's glyph-space scale (0.001 for
 * all but Type3 fonts, whose matrix pdf.js knows).
 */
export function drawingFromOperatorList(list: OperatorListLike, fontScale: (fontName: string) => number = () => 0.001): PageDrawing {
  const glyphs: DrawnGlyph[] = [];
  const rules: DrawnRule[] = [];
  let gs: GraphicsState = { ctm: IDENTITY, fill: '#000000', stroke: '#000000', lineWidth: 1, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, fontName: '', fontSize: 0, rise: 0 };
  const stack: GraphicsState[] = [];
  let tm: Matrix = IDENTITY;
  let tlm: Matrix = IDENTITY;
  let pathBox: [number, number, number, number] | null = null;

  const moveText = (tx: number, ty: number) => {
    tlm = compose(tlm, [1, 0, 0, 1, tx, ty]);
    tm = tlm;
  };
  const showText = (items: unknown) => {
    if (!Array.isArray(items)) return;
    const scale = fontScale(gs.fontName);
    for (const g of items as (GlyphLike | number | null)[]) {
      if (typeof g === 'number') {
        tm = compose(tm, [1, 0, 0, 1, -g * 0.001 * gs.fontSize * gs.hScale, 0]);
        continue;
      }
      if (!g) continue;
      const advance = ((g.width ?? 0) * scale * gs.fontSize + gs.charSpacing + (g.isSpace ? gs.wordSpacing : 0)) * gs.hScale;
      const trm = compose(gs.ctm, tm);
      const [x, y] = apply(trm, 0, gs.rise);
      const [x2, y2] = apply(trm, advance, gs.rise);
      const [, top] = apply(trm, 0, gs.rise + gs.fontSize);
      const str = (g.unicode ?? '').normalize('NFKC');
      if (str) glyphs.push({ str, x, y, width: Math.hypot(x2 - x, y2 - y), size: Math.abs(top - y), color: gs.fill });
      tm = compose(tm, [1, 0, 0, 1, advance, 0]);
    }
  };
  const paint = (op: number) => {
    if (!pathBox) return;
    const [minX, minY, maxX, maxY] = pathBox;
    pathBox = null;
    if (op === OPS.endPath) return;
    const corners = [apply(gs.ctm, minX, minY), apply(gs.ctm, maxX, maxY), apply(gs.ctm, minX, maxY), apply(gs.ctm, maxX, minY)];
    const xs = corners.map((p) => p[0]);
    const ys = corners.map((p) => p[1]);
    const x1 = Math.min(...xs);
    const x2 = Math.max(...xs);
    const y1 = Math.min(...ys);
    const y2 = Math.max(...ys);
    const stroked = op === OPS.stroke || op === OPS.closeStroke;
    const scale = Math.hypot(gs.ctm[2], gs.ctm[3]) || 1;
    const thickness = stroked ? Math.max(y2 - y1, gs.lineWidth * scale) : y2 - y1;
    // Horizontal and thin: an underline or a strike-through (change bars and borders are vertical or boxes).
    if (x2 - x1 >= 1 && thickness <= 3 && x2 - x1 > 3 * thickness) rules.push({ x1, x2, y: (y1 + y2) / 2, thickness, color: stroked ? gs.stroke : gs.fill });
  };

  const { fnArray, argsArray } = list;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    switch (fn) {
      case OPS.save:
        stack.push({ ...gs });
        break;
      case OPS.restore:
        gs = stack.pop() ?? gs;
        break;
      case OPS.transform:
        gs.ctm = compose(gs.ctm, toMatrix(args));
        break;
      case OPS.paintFormXObjectBegin:
        stack.push({ ...gs });
        if (Array.isArray(args) && args[0]) gs.ctm = compose(gs.ctm, toMatrix(args[0] as unknown[]));
        break;
      case OPS.paintFormXObjectEnd:
        gs = stack.pop() ?? gs;
        break;
      case OPS.setLineWidth:
        gs.lineWidth = Number(args?.[0]) || 0;
        break;
      case OPS.setFillRGBColor:
      case OPS.setFillGray:
      case OPS.setFillCMYKColor:
        gs.fill = colorOf(fn, args);
        break;
      case OPS.setStrokeRGBColor:
      case OPS.setStrokeGray:
      case OPS.setStrokeCMYKColor:
        gs.stroke = colorOf(fn === OPS.setStrokeRGBColor ? OPS.setFillRGBColor : fn === OPS.setStrokeGray ? OPS.setFillGray : OPS.setFillCMYKColor, args);
        break;
      case OPS.beginText:
        tm = IDENTITY;
        tlm = IDENTITY;
        break;
      case OPS.setCharSpacing:
        gs.charSpacing = Number(args?.[0]) || 0;
        break;
      case OPS.setWordSpacing:
        gs.wordSpacing = Number(args?.[0]) || 0;
        break;
      case OPS.setHScale:
        gs.hScale = (Number(args?.[0]) || 100) / 100;
        break;
      case OPS.setLeading:
        gs.leading = Number(args?.[0]) || 0;
        break;
      case OPS.setFont:
        gs.fontName = String(args?.[0] ?? '');
        gs.fontSize = Number(args?.[1]) || 0;
        break;
      case OPS.setTextRise:
        gs.rise = Number(args?.[0]) || 0;
        break;
      case OPS.moveText:
        moveText(Number(args?.[0]) || 0, Number(args?.[1]) || 0);
        break;
      case OPS.setLeadingMoveText:
        gs.leading = -(Number(args?.[1]) || 0);
        moveText(Number(args?.[0]) || 0, Number(args?.[1]) || 0);
        break;
      case OPS.setTextMatrix:
        tlm = toMatrix(args);
        tm = tlm;
        break;
      case OPS.nextLine:
        moveText(0, -gs.leading);
        break;
      case OPS.showText:
      case OPS.showSpacedText:
        showText(args?.[0]);
        break;
      case OPS.nextLineShowText:
        moveText(0, -gs.leading);
        showText(args?.[0]);
        break;
      case OPS.nextLineSetSpacingShowText:
        gs.wordSpacing = Number(args?.[0]) || 0;
        gs.charSpacing = Number(args?.[1]) || 0;
        moveText(0, -gs.leading);
        showText(args?.[2]);
        break;
      case OPS.rectangle: {
        const [x, y, w, h] = (args ?? []).map(Number) as number[];
        pathBox = unionBox(pathBox, [Math.min(x!, x! + w!), Math.min(y!, y! + h!), Math.max(x!, x! + w!), Math.max(y!, y! + h!)]);
        break;
      }
      case OPS.constructPath: {
        // pdf.js ≥ 5: [paint op, [path data], [minX, minY, maxX, maxY]]; older: [ops, coords, minMax].
        const box = toBox(args?.[2]);
        if (box) pathBox = unionBox(pathBox, box);
        if (typeof args?.[0] === 'number') paint(args[0]);
        break;
      }
      case OPS.stroke:
      case OPS.closeStroke:
      case OPS.fill:
      case OPS.eoFill:
      case OPS.fillStroke:
      case OPS.eoFillStroke:
      case OPS.closeFillStroke:
      case OPS.closeEOFillStroke:
      case OPS.endPath:
        paint(fn);
        break;
      default:
        break;
    }
  }
  return { glyphs, rules };
}

function toMatrix(args: unknown): Matrix {
  const list = Array.isArray(args) || ArrayBuffer.isView(args) ? Array.from(args as ArrayLike<number>, Number) : [];
  return list.length >= 6 && list.slice(0, 6).every(Number.isFinite) ? (list.slice(0, 6) as Matrix) : IDENTITY;
}

function toBox(value: unknown): [number, number, number, number] | null {
  if (!value || !(Array.isArray(value) || ArrayBuffer.isView(value))) return null;
  const [a, b, c, d] = Array.from(value as ArrayLike<number>, Number);
  return [a, b, c, d].every((n) => Number.isFinite(n)) ? [a!, b!, c!, d!] : null;
}

function unionBox(a: [number, number, number, number] | null, b: [number, number, number, number]): [number, number, number, number] {
  return a ? [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])] : b;
}

const hex = (n: number): string => Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, '0');

/** pdf.js gives "#rrggbb" for RGB; gray and CMYK come as numbers in 0..1 in some versions. */
function colorOf(fn: number, args: unknown[] | null): string | null {
  const first = args?.[0];
  if (typeof first === 'string') return first.toLowerCase();
  const values = (args ?? []).map(Number);
  if (fn === OPS.setFillGray && values.length >= 1) return `#${hex(values[0]! * 255).repeat(3)}`;
  if (fn === OPS.setFillCMYKColor && values.length >= 4) {
    const [c, m, y, k] = values as [number, number, number, number];
    return `#${hex(255 * (1 - c) * (1 - k))}${hex(255 * (1 - m) * (1 - k))}${hex(255 * (1 - y) * (1 - k))}`;
  }
  if (values.length >= 3) return `#${values.slice(0, 3).map((v) => hex(v <= 1 ? v * 255 : v)).join('')}`;
  return null;
}

/** Reads a page's drawing through pdf.js (fonts' glyph scales from the page's loaded fonts). */
export async function readPageDrawing(page: PDFPageProxy): Promise<PageDrawing> {
  const list = await page.getOperatorList();
  const scaleOf = new Map<string, number>();
  const fontScale = (name: string): number => {
    let scale = scaleOf.get(name);
    if (scale === undefined) {
      scale = 0.001;
      try {
        const font = page.commonObjs.has(name) ? (page.commonObjs.get(name) as { fontMatrix?: number[] } | null) : null;
        if (font?.fontMatrix && Number.isFinite(font.fontMatrix[0])) scale = Math.abs(font.fontMatrix[0]!) || 0.001;
      } catch {
        // unknown font: the usual 1/1000 of a text space unit
      }
      scaleOf.set(name, scale);
    }
    return scale;
  };
  return drawingFromOperatorList(list, fontScale);
}
