export { SafetyCheckSetting } from './components/SafetyCheckSetting';
export { SafetyDetails } from './components/SafetyDetails';
export { sessionSafetyQuery } from './api/safety-api';
