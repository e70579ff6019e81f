/**
 * Whether someone has signed in on this browser before: a returning visitor is welcomed back, a
 * first-time one is welcomed as new. Only a flag is kept, nothing about who she is.
 */
const KEY = 'hearth.signed-in-before';

export function hasSignedInHere(): boolean {
  try {
    return window.localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function rememberSignedInHere(): void {
  try {
    window.localStorage.setItem(KEY, '1');
  } catch {
    // Storage off (private mode, a policy): she is greeted as new next time, nothing worse.
  }
}
