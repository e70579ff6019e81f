import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { AppError } from '../../lib/errors.js';

/**
 * zxcvbn's score 3 means an estimated 10^8 guesses or more. Online, the per-address rate limit and
 * the per-account backoff allow a few hundred guesses a day at one account, so 10^8 is out of reach.
 * Offline, after a database leak, scrypt (32 MiB per guess, a salt per hash) holds even a well-equipped
 * guesser to thousands of guesses a second, so the weakest accepted password still costs hours to
 * days of hardware for each account, rather than the seconds a fast hash would allow. Score 4 (10^10)
 * would refuse many passphrases people can remember; below 3 are the words, names, dates and common
 * passwords every guesser tries first.
 */
const MIN_SCORE = 3;

// The dictionaries are large: built once, on the first sign-up, not at every start.
let estimator: ZxcvbnFactory | undefined;
const getEstimator = () =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  }));

/** Refuses a guessable password, with the estimator's own advice; `userInputs` are her email, name and the like. */
export function assertStrongPassword(password: string, userInputs: string[]) {
  const result = getEstimator().check(password, [...userInputs, 'hearth']);
  if (result.score >= MIN_SCORE) return;
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
  throw new AppError('WEAK_PASSWORD', `This password is too easy to guess. ${advice || 'Add a few more uncommon words.'}`);
}
