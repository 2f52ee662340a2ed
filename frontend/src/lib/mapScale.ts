// The 16000 x 9000 map fitted into a canvas, with a margin so pods slightly outside stay visible.
export const MAP_WIDTH = 16000;
export const MAP_HEIGHT = 9000;

export interface MapTransform {
  scale: number;
  offsetX: number;
  offsetY: number;
}

export function fitMap(width: number, height: number, margin = 400): MapTransform {
  const scale = Math.min(width / (MAP_WIDTH + 2 * margin), height / (MAP_HEIGHT + 2 * margin));
  const offsetX = (width - MAP_WIDTH * scale) / 2;
  const offsetY = (height - MAP_HEIGHT * scale) / 2;
  return { scale, offsetX, offsetY };
}

export function toScreen(t: MapTransform, x: number, y: number): [number, number] {
  return [t.offsetX + x * t.scale, t.offsetY + y * t.scale];
}

export function toMap(t: MapTransform, sx: number, sy: number): [number, number] {
  return [Math.round((sx - t.offsetX) / t.scale), Math.round((sy - t.offsetY) / t.scale)];
}

/** The canvas bitmap for a displayed content box of `clientWidth` x `clientHeight` CSS pixels: exactly its
 * device pixels, so the compositor copies the canvas instead of resampling it, never below 320 x 180. */
export function bitmapSize(clientWidth: number, clientHeight: number, pixelRatio: number): [number, number] {
  return [Math.max(320, Math.round(clientWidth * pixelRatio)), Math.max(180, Math.round(clientHeight * pixelRatio))];
}
