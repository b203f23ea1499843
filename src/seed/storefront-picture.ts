import { PNG } from 'pngjs';

const WIDTH = 96;
const HEIGHT = 64;

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return [Math.round(f(0) * 255), Math.round(f(8) * 255), Math.round(f(4) * 255)];
}

/** A small banner for a storefront product: a diagonal gradient of one hue with a light disc, as PNG bytes. */
export function productPicture(hue: number): Buffer {
  const png = new PNG({ width: WIDTH, height: HEIGHT });
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const t = (x + y) / (WIDTH + HEIGHT);
      const inDisc = (x - 70) ** 2 + (y - 32) ** 2 < 18 ** 2;
      const [r, g, b] = hslToRgb(hue, 0.6, inDisc ? 0.9 : 0.35 + 0.3 * t);
      const i = (y * WIDTH + x) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}
