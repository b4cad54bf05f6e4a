/**
 * Snapshots as files: SVG as it is; PNG by drawing the SVG without its text on a canvas at twice
 * its size, then the text with the page's own fonts (the bundled Noto Sans SC for Chinese), which
 * an SVG drawn as an image cannot reach: without them every Chinese glyph would be a box on a
 * machine with no system CJK font.
 */
import type { Snapshot } from './snapshot-svg.ts';
import { ensureGlyphs } from './cjk-font.ts';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

export function svgFile(snap: Snapshot): Blob {
  return new Blob([XML_HEAD, snap.svg], { type: 'image/svg+xml;charset=utf-8' });
}

export async function pngFile(snap: Snapshot, scale = 2): Promise<Blob> {
  const img = new Image();
  img.width = snap.width;
  img.height = snap.height;
  const loaded = new Promise<void>((resolve, reject) => {
    img.onload = () => resolve();
    img.onerror = () => reject(new Error('the picture could not be drawn'));
  });
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(snap.svgWithoutText)}`;
  // the font slices the text needs, loaded into the page before the canvas draws with them (the
  // bundled CJK faces first, when the English page has not added them yet)
  await ensureGlyphs(snap.runs.map((r) => r.text).join(''));
  await Promise.all(snap.runs.map((r) => document.fonts.load(r.font, r.text).catch(() => [])));
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(snap.width * scale);
  canvas.height = Math.round(snap.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no canvas');
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0, snap.width, snap.height);
  for (const run of snap.runs) {
    const [a, b, c, d, e, f] = run.matrix;
    ctx.setTransform(a * scale, b * scale, c * scale, d * scale, e * scale, f * scale);
    ctx.font = run.font;
    ctx.textBaseline = run.baseline;
    ctx.textAlign = 'left';
    if (run.stroke) {
      ctx.strokeStyle = run.stroke.colour;
      ctx.lineWidth = run.stroke.width;
      ctx.lineJoin = 'round';
      ctx.strokeText(run.text, run.x, run.y);
    }
    ctx.fillStyle = run.fill;
    ctx.fillText(run.text, run.x, run.y);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
  );
}

/** Hands a file to the browser's downloads under a name. */
export function saveFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
