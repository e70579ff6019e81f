/** The session plan: what other features and pages may import from here. */
/** For the live panel: the plan's phases, the one running now with its time, and Start for facilitators. */
export { SessionPlanSection } from './components/SessionPlanSection';
/** For the group page: the facilitator's plan and its editor. */
export { PlanSection } from './components/PlanSection';
