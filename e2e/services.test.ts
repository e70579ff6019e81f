import { describe, expect, it } from 'vitest';
import { programsMissing, REQUIRED_PROGRAMS } from './services.js';

describe('the programs the browser suite calls', () => {
  it('are all installed (`.ci/run` installs them)', () => {
    expect(programsMissing()).toBeNull();
  });

  it('a missing one is named with the package that brings it, not left to a spawn ENOENT', () => {
    const message = programsMissing([...REQUIRED_PROGRAMS, { program: 'hearth-no-such-program', pkg: 'hearth-pkg', why: 'a test' }]);
    expect(message).toBe('missing program: hearth-no-such-program (a test). Install with: apt-get install -y hearth-pkg');
  });
});
