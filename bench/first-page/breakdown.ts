import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { gzipBytes } from './chunks.js';

/**
 * Which package or folder a source file belongs to: a package by its name, Hearth's own code by its
 * workspace and top folder (client features by feature), the bundler's glue as its own line.
 */
export function partOf(source: string | null): string {
  if (!source) return '(bundler glue)';
  const packagePath = source.split('node_modules/').pop()!;
  if (packagePath !== source) {
    const [scope, name] = packagePath.split('/');
    return scope!.startsWith('@') ? `${scope}/${name}` : scope!;
  }
  const ours = /(client|shared)\/src\/(features\/[^/]+|[^/]+)/.exec(source);
  if (!ours) return source;
  return ours[2]!.includes('.') ? `${ours[1]}/src` : `${ours[1]}/src/${ours[2]}`;
}

/**
 * gzip KB of each part across the given chunk files. A chunk's source map says which minified bytes
 * came from which source; each chunk's gzip size is shared out in proportion to those bytes, so the
 * parts add up to what the browser receives (gzip compresses some code better than other, so a
 * part's figure is near, not exact).
 */
export function weighParts(outDir: string, files: string[]): Map<string, number> {
  const parts = new Map<string, number>();
  for (const file of files) {
    const code = readFileSync(join(outDir, file), 'utf8');
    const map = JSON.parse(readFileSync(join(outDir, `${file}.map`), 'utf8')) as RawSourceMap;
    const lines = code.split('\n');
    const segments: { line: number; column: number; part: string }[] = [];
    new SourceMapConsumer(map).eachMapping((m) => segments.push({ line: m.generatedLine, column: m.generatedColumn, part: partOf(m.source) }));
    segments.sort((a, b) => a.line - b.line || a.column - b.column);

    const bytes = new Map<string, number>();
    let mapped = 0;
    segments.forEach((segment, i) => {
      const next = segments[i + 1];
      const end = next?.line === segment.line ? next.column : (lines[segment.line - 1]?.length ?? segment.column);
      bytes.set(segment.part, (bytes.get(segment.part) ?? 0) + end - segment.column);
      mapped += end - segment.column;
    });
    bytes.set('(bundler glue)', (bytes.get('(bundler glue)') ?? 0) + Math.max(0, code.length - mapped));

    const gzipKb = gzipBytes(code) / 1024;
    for (const [part, n] of bytes) parts.set(part, (parts.get(part) ?? 0) + (gzipKb * n) / code.length);
  }
  return parts;
}
