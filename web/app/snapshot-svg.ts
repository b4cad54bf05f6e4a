/**
 * A picture of part of the page as a standalone SVG, for the PNG and SVG downloads. Charts are SVG
 * already, but their titles and legends (and the whole comparison table) are HTML; rather than draw
 * each a second time, this copies what the browser has laid out: every box with a background or a
 * border becomes a rect or line, every line of text a <text> at its place, every inline <svg> a
 * copy with its CSS styles written into it. Controls (selects, inputs, the download buttons) are
 * left out.
 *
 * For the PNG the text is not in the SVG but listed as runs the canvas draws itself: an SVG drawn
 * as an image cannot use the page's web fonts (fonts written into it load too late, if at all), so
 * Chinese would be boxes; the canvas draws with the page's own, already loaded fonts.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
const SVG_STYLE_PROPS = [
  'display',
  'visibility',
  'opacity',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'vector-effect',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const;
const SKIPPED = 'select, input, textarea, .no-export, .sr-only, [hidden]';

/** One run of text as the canvas draws it: where, in which font and colours. */
interface TextRun {
  text: string;
  /** CSS font shorthand */
  font: string;
  fill: string;
  /** a halo drawn under the text (map labels), if any */
  stroke?: { colour: string; width: number };
  x: number;
  y: number;
  baseline: 'middle' | 'alphabetic';
  /** user space → snapshot pixels, for text inside an SVG (translations, rotated axis titles) */
  matrix: [number, number, number, number, number, number];
}

export interface Snapshot {
  /** the picture with its text, for the SVG download */
  svg: string;
  /** the same without text, for the PNG, with the text as runs */
  svgWithoutText: string;
  runs: TextRun[];
  width: number;
  height: number;
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const visibleColour = (c: string): boolean =>
  c !== '' && c !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(c);

const px = (n: number): string => String(Math.round(n * 100) / 100);

const fontOf = (cs: CSSStyleDeclaration): string =>
  `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;

/** The text runs of an inline SVG: each <text> or <tspan> with its own characters, placed as drawn. */
function svgRuns(src: SVGSVGElement, origin: DOMRect): TextRun[] {
  const runs: TextRun[] = [];
  for (const el of src.querySelectorAll<SVGTextContentElement>('text, tspan')) {
    const own = [...el.childNodes]
      .filter((n): n is Text => n instanceof Text)
      .map((n) => n.data)
      .join('');
    if (own.trim() === '' || el.getNumberOfChars() === 0) continue;
    if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
    const m = el.getScreenCTM();
    if (!m) continue;
    // the first of this element's own characters (a <text> with tspans starts after them)
    const start = el.tagName === 'text' ? el.getNumberOfChars() - own.length : 0;
    const pos = el.getStartPositionOfChar(Math.max(0, start));
    const cs = getComputedStyle(el);
    const strokeW = parseFloat(cs.strokeWidth) || 0;
    runs.push({
      text: own,
      font: fontOf(cs),
      fill: cs.fill,
      ...(cs.stroke !== 'none' && strokeW > 0
        ? { stroke: { colour: cs.stroke, width: strokeW } }
        : {}),
      x: pos.x,
      y: pos.y,
      baseline: 'alphabetic',
      matrix: [m.a, m.b, m.c, m.d, m.e - origin.left, m.f - origin.top],
    });
  }
  return runs;
}

/** A copy of an inline SVG with its computed styles written into it, so it looks the same alone. */
function inlineSvg(src: SVGSVGElement, box: DOMRect, origin: DOMRect, withText: boolean): string {
  const clone = src.cloneNode(true) as SVGSVGElement;
  const from = [src, ...src.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((el, i) => {
    const target = to[i];
    if (!target) return;
    const cs = getComputedStyle(el);
    target.setAttribute(
      'style',
      SVG_STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';'),
    );
    target.removeAttribute('class');
    target.removeAttribute('tabindex');
  });
  for (const t of clone.querySelectorAll(withText ? 'title, desc' : 'title, desc, text'))
    t.remove();
  clone.setAttribute('x', px(box.left - origin.left));
  clone.setAttribute('y', px(box.top - origin.top));
  clone.setAttribute('width', px(box.width));
  clone.setAttribute('height', px(box.height));
  if (!clone.hasAttribute('viewBox'))
    clone.setAttribute('viewBox', `0 0 ${px(box.width)} ${px(box.height)}`);
  clone.setAttribute('overflow', 'hidden');
  return new XMLSerializer().serializeToString(clone);
}

let gradientCount = 0;

function boxShapes(el: Element, box: DOMRect, origin: DOMRect, defs: string[]): string {
  const cs = getComputedStyle(el);
  const x = box.left - origin.left;
  const y = box.top - origin.top;
  const out: string[] = [];
  const rx = parseFloat(cs.borderTopLeftRadius) || 0;
  const rect = (fill: string) =>
    `<rect x="${px(x)}" y="${px(y)}" width="${px(box.width)}" height="${px(box.height)}" rx="${px(Math.min(rx, box.height / 2))}" fill="${fill}"/>`;
  if (visibleColour(cs.backgroundColor)) out.push(rect(cs.backgroundColor));
  const colours = cs.backgroundImage.startsWith('linear-gradient')
    ? (cs.backgroundImage.match(/rgba?\([^)]*\)|#[0-9a-f]{3,8}/gi) ?? [])
    : [];
  if (colours.length >= 2) {
    const id = `g${++gradientCount}`;
    const stops = colours
      .map((c, i) => `<stop offset="${i / (colours.length - 1)}" stop-color="${c}"/>`)
      .join('');
    defs.push(`<linearGradient id="${id}">${stops}</linearGradient>`);
    out.push(rect(`url(#${id})`));
  }
  const sides = [
    ['Top', x, y, x + box.width, y],
    ['Bottom', x, y + box.height, x + box.width, y + box.height],
    ['Left', x, y, x, y + box.height],
    ['Right', x + box.width, y, x + box.width, y + box.height],
  ] as const;
  const widths = sides.map(([side]) =>
    parseFloat(cs.getPropertyValue(`border-${side.toLowerCase()}-width`)),
  );
  const top = cs.borderTopColor;
  const even =
    widths.every((w) => w === widths[0] && w > 0) &&
    sides.every(([side]) => cs.getPropertyValue(`border-${side.toLowerCase()}-color`) === top) &&
    cs.borderTopStyle !== 'none';
  // a box bordered all round (a round swatch, a panel) keeps its rounded corners
  if (even && visibleColour(top)) {
    const w = widths[0] ?? 1;
    out.push(
      `<rect x="${px(x + w / 2)}" y="${px(y + w / 2)}" width="${px(box.width - w)}" height="${px(box.height - w)}" rx="${px(Math.max(0, Math.min(rx, box.height / 2) - w / 2))}" fill="none" stroke="${top}" stroke-width="${px(w)}"/>`,
    );
    return out.join('');
  }
  for (const [side, x1, y1, x2, y2] of sides) {
    const w = parseFloat(cs.getPropertyValue(`border-${side.toLowerCase()}-width`));
    const colour = cs.getPropertyValue(`border-${side.toLowerCase()}-color`);
    const style = cs.getPropertyValue(`border-${side.toLowerCase()}-style`);
    if (w > 0 && style !== 'none' && visibleColour(colour))
      out.push(
        `<line x1="${px(x1)}" y1="${px(y1)}" x2="${px(x2)}" y2="${px(y2)}" stroke="${colour}" stroke-width="${px(w)}"${style === 'dashed' ? ' stroke-dasharray="4 3"' : ''}/>`,
      );
  }
  return out.join('');
}

/** The lines a text node is laid out in, with their boxes (one range per character when it wraps). */
function textLines(node: Text): { text: string; box: DOMRect }[] {
  const range = document.createRange();
  range.selectNodeContents(node);
  const rects = [...range.getClientRects()].filter((r) => r.width > 0);
  if (rects.length <= 1) {
    const box = range.getBoundingClientRect();
    return box.width > 1 ? [{ text: node.data, box }] : [];
  }
  const lines: { text: string; box: DOMRect }[] = [];
  let text = '';
  let first: DOMRect | undefined;
  let last: DOMRect | undefined;
  const flush = () => {
    if (first && last && text.trim() !== '')
      lines.push({
        text,
        box: new DOMRect(first.left, first.top, last.right - first.left, first.height),
      });
    text = '';
    first = undefined;
  };
  for (let i = 0; i < node.data.length; i++) {
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const r = range.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (first && Math.abs(r.top - first.top) > first.height / 2) flush();
    first ??= r;
    last = r;
    text += node.data[i];
  }
  flush();
  return lines;
}

function htmlText(
  parent: Element,
  line: { text: string; box: DOMRect },
  origin: DOMRect,
): { svg: string; run: TextRun } | undefined {
  const cs = getComputedStyle(parent);
  const text = line.text.replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  const x = line.box.left - origin.left;
  const y = line.box.top + line.box.height / 2 - origin.top;
  const family = esc(cs.fontFamily);
  return {
    svg: `<text x="${px(x)}" y="${px(y)}" dominant-baseline="central" fill="${cs.color}" font-family="${family}" font-size="${cs.fontSize}" font-weight="${cs.fontWeight}" font-style="${cs.fontStyle}">${esc(text)}</text>`,
    run: {
      text,
      font: fontOf(cs),
      fill: cs.color,
      x,
      y,
      baseline: 'middle',
      matrix: [1, 0, 0, 1, 0, 0],
    },
  };
}

function hidden(el: Element): boolean {
  const cs = getComputedStyle(el);
  return cs.display === 'none' || cs.visibility === 'hidden' || cs.opacity === '0';
}

/** The element as an SVG picture the size it has on the page, on white. */
export function snapshotSvg(root: HTMLElement): Snapshot {
  const origin = root.getBoundingClientRect();
  const defs: string[] = [];
  const body: string[] = [];
  const bodyWithoutText: string[] = [];
  const runs: TextRun[] = [];
  const shape = (markup: string) => {
    body.push(markup);
    bodyWithoutText.push(markup);
  };
  const walk = (el: Element): void => {
    if (el !== root && (el.matches(SKIPPED) || hidden(el))) return;
    const box = el.getBoundingClientRect();
    if (el instanceof SVGSVGElement) {
      if (box.width > 1 && box.height > 1) {
        body.push(inlineSvg(el, box, origin, true));
        bodyWithoutText.push(inlineSvg(el, box, origin, false));
        runs.push(...svgRuns(el, origin));
      }
      return;
    }
    if (el !== root && box.width > 1 && box.height > 1) shape(boxShapes(el, box, origin, defs));
    for (const child of el.childNodes) {
      if (child instanceof Element) walk(child);
      else if (child instanceof Text && child.data.trim() !== '') {
        for (const line of textLines(child)) {
          const text = htmlText(el, line, origin);
          if (!text) continue;
          body.push(text.svg);
          runs.push(text.run);
        }
      }
    }
  };
  walk(root);
  const width = Math.ceil(origin.width);
  const height = Math.ceil(origin.height);
  const wrap = (parts: string[]) =>
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<defs>${defs.join('')}</defs><rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>`;
  return { svg: wrap(body), svgWithoutText: wrap(bodyWithoutText), runs, width, height };
}
