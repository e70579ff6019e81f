/**
 * A moving test picture in I420, so the encoders work as they would on a camera: a drifting
 * gradient with a patch of fixed noise sliding across it. Made once and cycled; a fresh picture
 * per frame would cost the load generator more than the encoding it stands for.
 */
export function movingPicture(width: number, height: number, frames: number): Uint8Array[] {
  const lumaSize = width * height;
  const chromaSize = (width / 2) * (height / 2);
  const noise = Uint8Array.from({ length: lumaSize }, (_, i) => (Math.imul(i + 1, 2654435761) >>> 24) & 0xff);
  const patch = Math.floor(height / 2);
  return Array.from({ length: frames }, (_, f) => {
    const data = new Uint8Array(lumaSize + 2 * chromaSize);
    const shift = Math.round((f * width) / frames);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const inPatch = y >= patch / 2 && y < patch / 2 + patch && (x - shift + width) % width < patch;
        data[y * width + x] = inPatch ? (noise[y * width + x] as number) : (x + y + 4 * f) & 0xff;
      }
    }
    data.fill(128, lumaSize, lumaSize + chromaSize);
    data.fill(96 + ((f * 4) % 64), lumaSize + chromaSize);
    return data;
  });
}
